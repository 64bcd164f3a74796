package io.orgbridge.connection.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.connection.support.Events;
import io.orgbridge.connection.support.Integrations;
import io.orgbridge.connection.support.ServiceTestResources;
import io.orgbridge.connection.support.Snapshots;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The whole path through the real broker: events in, REST tree and connection-events out. */
@QuarkusTest
@TestProfile(ServiceTestResources.class)
class KafkaEndToEndTest {

    private KafkaConsumer<String, String> connectionEvents;

    @BeforeEach
    void listenToConnectionEvents() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "connection-e2e-" + UUID.randomUUID());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        connectionEvents = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = connectionEvents.partitionsFor(Topics.CONNECTION_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        connectionEvents.assign(partitions);
        connectionEvents.seekToEnd(partitions);
        partitions.forEach(connectionEvents::position);
    }

    @AfterEach
    void close() {
        connectionEvents.close();
    }

    @Test
    void shouldBuildTreeFromEventsOnBroker() throws Exception {
        // given
        String orgId = Ids.newId(Ids.ORG);
        String orgHandle = "e2e-" + orgId.substring(2, 12);
        IntegrationData integration = Integrations.orgIntegration(
                Ids.newId(Ids.INTEGRATION), "example-corp", "t_00000000000000000001", orgId, orgHandle, 1, "aws_");

        // when
        produce(Topics.INTEGRATION_EVENTS, integration.id(), Events.created(integration));
        produce(
                Topics.DISCOVERY_EVENTS,
                integration.id(),
                Events.completed(Snapshots.exampleCorp(integration.id(), 1)));

        // then
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().auth()
                        .oauth2(TestTokens.orgMember(orgHandle))
                        .queryParam("integration_id", integration.id())
                        .queryParam("limit", 100)
                        .get("/api/v0/org/" + orgHandle + "/connection")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .hasSize(Snapshots.ACCOUNT_COUNT));
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get("/api/v0/org/" + orgHandle + "/connection_tree")
                .then()
                .statusCode(200)
                .body("items[0].title", equalTo("example-corp"));

        List<CloudEvent> published = new ArrayList<>();
        int expected = 1 + Snapshots.UNIT_COUNT + Snapshots.ACCOUNT_COUNT;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : connectionEvents.poll(Duration.ofMillis(500))) {
                if (integration.id().equals(record.key())) {
                    published.add(EventCodec.decode(record.value()));
                }
            }
            assertThat(published).hasSize(expected);
        });
        assertThat(published.get(0).type()).isEqualTo(EventTypes.FOLDER_CREATED);
        assertThat(published).allMatch(event -> event.source().equals("/orgbridge/connection-service"));
        assertThat(published).allMatch(event -> orgId.equals(event.orgid()));
        CloudEvent paymentsEu = published.stream()
                .filter(event -> event.type().equals(EventTypes.CONNECTION_CREATED))
                .filter(event ->
                        "200000012221".equals(event.data().path("account_id").asText()))
                .findFirst()
                .orElseThrow();
        ConnectionData data = EventCodec.data(paymentsEu, ConnectionData.class);
        assertThat(data.handle()).isEqualTo("aws_payments_prod_eu");
        assertThat(data.status()).isEqualTo("enabled");
        assertThat(data.config().roleArn()).isEqualTo("arn:aws:iam::200000012221:role/pipes_readonly");
    }

    private static void produce(String topic, String key, String value) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
