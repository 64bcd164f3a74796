package io.orgbridge.connection.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.orgbridge.events.Topics;
import io.orgbridge.testsupport.TestServers;

/**
 * Gives the service under test its own consumer group whose offsets start at the current end of
 * the input topics. Other services' tests share the broker, so a shared group would split the
 * partitions with their runs and a new group at the earliest offset would replay their history.
 * Committed offsets at the end still deliver every event a test produces after the start.
 */
public class FreshConsumerGroup implements QuarkusTestResourceLifecycleManager {

    private static final List<String> TOPICS = List.of(Topics.INTEGRATION_EVENTS, Topics.DISCOVERY_EVENTS);

    @Override
    public Map<String, String> start() {
        String group = "connection-service-test-" + UUID.randomUUID();
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        try (AdminClient admin = AdminClient.create(properties)) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            Map<String, TopicDescription> topics =
                    admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            topics.values().forEach(topic -> topic.partitions()
                    .forEach(p -> request.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(request)
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> offsets.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "cannot prepare consumer group " + group + " on the test Kafka broker "
                            + TestServers.kafkaBootstrap() + "; start it with deploy/bin/kafka.sh start",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of(
                "mp.messaging.incoming.integration-events.group.id", group,
                "mp.messaging.incoming.discovery-events.group.id", group);
    }

    @Override
    public void stop() {}
}
