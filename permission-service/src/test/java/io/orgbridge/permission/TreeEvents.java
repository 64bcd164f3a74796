package io.orgbridge.permission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.connection.FolderData;
import io.orgbridge.events.integration.ConnectionSettings;
import io.orgbridge.events.integration.DiscoverySettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.PermissionSettings;

/**
 * Publishes connection-service and integration-service events to the real Kafka broker, as
 * CloudEvents keyed by integration id, so one integration's events stay in one partition.
 */
final class TreeEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String connectionTopic = topicOf(Topics.CONNECTION_EVENTS);
    private final String integrationTopic = topicOf(Topics.INTEGRATION_EVENTS);

    TreeEvents(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
    }

    static FolderData folder(
            String id,
            String tenantId,
            String orgId,
            String integrationId,
            String parentId,
            boolean root,
            long version) {
        return new FolderData(id, tenantId, orgId, integrationId, parentId, "Folder " + id, null, root, version);
    }

    static ConnectionData connection(
            String id,
            String tenantId,
            String orgId,
            String integrationId,
            String parentId,
            String handle,
            String status,
            long version) {
        return new ConnectionData(
                id,
                tenantId,
                orgId,
                integrationId,
                parentId,
                handle,
                "dynamic",
                "aws",
                status,
                null,
                "123456789012",
                "Account " + handle,
                "ACTIVE",
                "Root",
                null,
                version);
    }

    static IntegrationData integration(
            String id, String scope, String tenantId, String orgId, long version, PermissionSettings permissions) {
        return new IntegrationData(
                id,
                "aws-" + id.substring(2, 10),
                "aws",
                scope,
                tenantId,
                null,
                orgId,
                null,
                version,
                "pending",
                new DiscoverySettings("role", "arn:aws:iam::111111111111:role/pipes_discovery", "x:y", null, null),
                new ConnectionSettings("aws_", "pipes_readonly", "x:z", List.of("*"), "us-east-1", 9, 25, List.of()),
                permissions);
    }

    /** Returns the Kafka topic the service reads for a channel; the test profile renames the topics. */
    static String topicOf(String channel) {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
    }

    CloudEvent sendFolder(String type, FolderData data) {
        return send(
                Topics.CONNECTION_EVENTS, data.integrationId(), type, data.id(), data.tenantId(), data.orgId(), data);
    }

    CloudEvent sendConnection(String type, ConnectionData data) {
        return send(
                Topics.CONNECTION_EVENTS, data.integrationId(), type, data.id(), data.tenantId(), data.orgId(), data);
    }

    CloudEvent sendIntegration(String type, IntegrationData data) {
        return send(Topics.INTEGRATION_EVENTS, data.id(), type, data.id(), data.tenantId(), data.orgId(), data);
    }

    /** Sends an already built event again to a channel's topic, as a redelivery would. */
    void resend(String channel, String key, CloudEvent event) {
        sendRecord(topicFor(channel), key, EventCodec.encode(event));
    }

    private String topicFor(String channel) {
        return channel.equals(Topics.INTEGRATION_EVENTS) ? integrationTopic : connectionTopic;
    }

    private CloudEvent send(
            String channel, String key, String type, String subject, String tenantId, String orgId, Object data) {
        String source = channel.equals(Topics.INTEGRATION_EVENTS)
                ? "/orgbridge/integration-service"
                : "/orgbridge/connection-service";
        CloudEvent event = EventCodec.create(source, type, subject, tenantId, orgId, data, Instant.now());
        sendRecord(topicFor(channel), key, EventCodec.encode(event));
        return event;
    }

    private void sendRecord(String topic, String key, String value) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            // The same header the outbox relay sets: structured-mode CloudEvents.
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("sending to " + topic + " failed", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    static final String FOLDER_CREATED = EventTypes.FOLDER_CREATED;
    static final String FOLDER_UPDATED = EventTypes.FOLDER_UPDATED;
    static final String FOLDER_DELETED = EventTypes.FOLDER_DELETED;
    static final String CONNECTION_CREATED = EventTypes.CONNECTION_CREATED;
    static final String CONNECTION_UPDATED = EventTypes.CONNECTION_UPDATED;
    static final String CONNECTION_DELETED = EventTypes.CONNECTION_DELETED;
}
