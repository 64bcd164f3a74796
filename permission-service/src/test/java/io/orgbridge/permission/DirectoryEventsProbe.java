package io.orgbridge.permission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.Topics;

/**
 * Reads directory-events published after it was opened: it takes every partition and starts at
 * its end, so events of earlier runs and other tests are not seen.
 */
final class DirectoryEventsProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<CloudEvent> received = new ArrayList<>();

    DirectoryEventsProbe(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "permission-test-probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions =
                consumer.partitionsFor(Topics.DIRECTORY_EVENTS, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // position() resolves the lazy seek now, before the test acts.
        partitions.forEach(consumer::position);
    }

    /** Polls once more and returns everything received so far. */
    List<CloudEvent> events() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            received.add(EventCodec.decode(record.value()));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
