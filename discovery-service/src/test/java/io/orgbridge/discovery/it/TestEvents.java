package io.orgbridge.discovery.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.orgbridge.discovery.SimulatorResource;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.testsupport.TestServers;

/** Writes integration events and reads discovery events of the test JVM's own topics. */
final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<CloudEvent> seen = new ArrayList<>();

    TestEvents() {
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new StringSerializer());

        Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "discovery-test-reader-" + UUID.randomUUID());
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // The reader starts from the beginning of its private topic every time; it has no offsets to keep.
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(SimulatorResource.discoveryTopic()));
    }

    /** Sends an integration event keyed by the integration id, as integration-service does. */
    void send(String integrationId, CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(
                            SimulatorResource.integrationTopic(), integrationId, EventCodec.encode(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("sending the test event failed", e);
        }
    }

    /** Waits for the first discovery event of the integration that matches {@code type}. */
    CloudEvent await(String integrationId, String type, Duration timeout) {
        return await(event -> integrationId.equals(event.subject()) && type.equals(event.type()), timeout);
    }

    /** Returns every discovery event of the integration read so far, in topic order. */
    List<CloudEvent> seen(String integrationId) {
        poll(Duration.ofMillis(200));
        return seen.stream()
                .filter(event -> integrationId.equals(event.subject()))
                .toList();
    }

    private CloudEvent await(Predicate<CloudEvent> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (CloudEvent event : seen) {
                if (match.test(event)) {
                    return event;
                }
            }
            poll(Duration.ofMillis(500));
        }
        throw new AssertionError("no matching discovery event within " + timeout + "; seen: "
                + seen.stream()
                        .map(event -> event.type() + "/" + event.subject())
                        .toList());
    }

    private void poll(Duration duration) {
        for (ConsumerRecord<String, String> record : consumer.poll(duration)) {
            seen.add(EventCodec.decode(record.value()));
        }
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
