package io.orgbridge.integration.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.discovery.DiscoveryFailed;
import io.orgbridge.events.discovery.DiscoveryStarted;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;
import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** State changes from discovery results published on the real broker. */
@QuarkusTest
class DiscoveryEventsConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant STARTED = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant FINISHED = Instant.parse("2026-12-04T10:00:07Z");

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private KafkaProducer<String, String> producer;
    private OrgView org;
    private String token;

    @BeforeEach
    void setUp() {
        org = new Directory(permissions).org(TestData.unique("disc"), "team");
        token = TestTokens.orgOwner(org.handle());
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void shouldEnableWhenDiscoveryCompletes() {
        // given
        String id = create();
        publish(id, EventTypes.DISCOVERY_STARTED, new DiscoveryStarted("run_started", id, 1, 1, "created", STARTED));

        // when
        publish(id, EventTypes.DISCOVERY_COMPLETED, snapshot(id, "run_one", 1, 1));

        // then
        await().atMost(TIMEOUT).untilAsserted(() -> get().body("state", equalTo("enabled")));
        get().body("$", not(hasKey("state_reason")))
                .body("version_id", equalTo(1))
                .body("last_discovery.run_id", equalTo("run_one"))
                .body("last_discovery.run_sequence", equalTo(1))
                .body("last_discovery.trigger", equalTo("created"))
                .body("last_discovery.status", equalTo("completed"))
                .body("last_discovery.started_at", equalTo("2026-12-04T10:00:00Z"))
                .body("last_discovery.finished_at", equalTo("2026-12-04T10:00:07Z"))
                .body("last_discovery.organization_id", equalTo("o-ex4mpl3c0rp"))
                .body("last_discovery.root_id", equalTo("r-ex4m"))
                .body("last_discovery.organizational_unit_count", equalTo(1))
                .body("last_discovery.account_count", equalTo(2))
                .body("last_discovery.role_check_failure_count", equalTo(1));
    }

    @Test
    void shouldSetErrorWhenDiscoveryFails() {
        // given
        String id = create();

        // when
        publish(id, EventTypes.DISCOVERY_FAILED, failed(id, "run_bad", 1, 1));

        // then
        await().atMost(TIMEOUT).untilAsserted(() -> get().body("state", equalTo("error")));
        get().body(
                        "state_reason",
                        equalTo("ListAccountsForParent(ou-ex4m-00008104) failed: AccessDeniedException:"
                                + " You don't have permissions to access this resource."))
                .body("last_discovery.status", equalTo("failed"))
                .body("version_id", equalTo(1));
    }

    @Test
    void shouldIgnoreOlderRun() throws SQLException {
        // given
        String id = create();
        publish(id, EventTypes.DISCOVERY_COMPLETED, snapshot(id, "run_two", 1, 2));
        await().atMost(TIMEOUT).untilAsserted(() -> get().body("state", equalTo("enabled")));

        // when
        String staleEventId = publish(id, EventTypes.DISCOVERY_FAILED, failed(id, "run_one", 1, 1));

        // then
        awaitConsumed(staleEventId);
        get().body("state", equalTo("enabled")).body("last_discovery.run_id", equalTo("run_two"));
    }

    @Test
    void shouldIgnoreRunWithOldCredentials() throws SQLException {
        // given
        String id = create();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("config", Map.of("discovery_external_id", org.id() + ":r0t4t3d1")))
                .patch(path() + "/acme-aws")
                .then()
                .statusCode(200)
                .body("version_id", equalTo(2));

        // when
        String staleEventId = publish(id, EventTypes.DISCOVERY_FAILED, failed(id, "run_old", 1, 1));

        // then
        awaitConsumed(staleEventId);
        get().body("state", equalTo("pending")).body("$", not(hasKey("last_discovery")));
        publish(id, EventTypes.DISCOVERY_COMPLETED, snapshot(id, "run_new", 2, 2));
        await().atMost(TIMEOUT).untilAsserted(() -> get().body("state", equalTo("enabled")));
    }

    @Test
    void shouldKeepDisabledStateWhenRunFails() {
        // given
        String id = create();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("state", "disabled"))
                .patch(path() + "/acme-aws")
                .then()
                .statusCode(200);

        // when
        publish(id, EventTypes.DISCOVERY_FAILED, failed(id, "run_bad", 2, 1));

        // then
        await().atMost(TIMEOUT).untilAsserted(() -> get().body("last_discovery.status", equalTo("failed")));
        get().body("state", equalTo("disabled"));
    }

    private String create() {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(org.id())))
                .post(path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private ValidatableResponse get() {
        return given().auth().oauth2(token).get(path() + "/acme-aws").then().statusCode(200);
    }

    private String path() {
        return "/api/v0/org/" + org.handle() + "/integration";
    }

    private String publish(String integrationId, String type, Object data) {
        CloudEvent event = EventCodec.create(
                "/orgbridge/discovery-service", type, integrationId, org.tenantId(), org.id(), data, Instant.now());
        producer.send(new ProducerRecord<>(Topics.DISCOVERY_EVENTS, integrationId, EventCodec.encode(event)));
        producer.flush();
        return event.id();
    }

    /** Waits until the service recorded the event in its inbox, which it does even when it ignores the event. */
    private static void awaitConsumed(String eventId) throws SQLException {
        String url = "jdbc:postgresql://" + TestServers.postgresHost() + ":" + TestServers.postgresPort()
                + "/orgbridge_integration_test";
        try (Connection connection = DriverManager.getConnection(url, "orgbridge", "orgbridge");
                PreparedStatement query = connection.prepareStatement("select 1 from inbox_event where event_id = ?")) {
            query.setString(1, eventId);
            await().atMost(TIMEOUT).until(() -> {
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            });
        }
    }

    private static OrganizationSnapshot snapshot(String integrationId, String runId, long version, long sequence) {
        var organization = new OrganizationSnapshot.Organization(
                "o-ex4mpl3c0rp",
                "arn:aws:organizations::111111111111:organization/o-ex4mpl3c0rp",
                "aws",
                "111111111111");
        var accounts = List.of(
                account("111111111111", "r-ex4m", new RoleCheck(RoleCheck.FAILED, "AccessDenied")),
                account("200000001111", "ou-ex4m-00003039", new RoleCheck(RoleCheck.OK, null)));
        return new OrganizationSnapshot(
                runId,
                integrationId,
                version,
                sequence,
                "created",
                STARTED,
                FINISHED,
                organization,
                new OrganizationSnapshot.Root("r-ex4m", "Root"),
                List.of(new OrganizationSnapshot.OrganizationalUnit("ou-ex4m-00003039", "Security", "r-ex4m")),
                accounts);
    }

    private static Account account(String id, String parentId, RoleCheck roleCheck) {
        return new Account(
                id,
                "Account " + id,
                "aws+" + id + "@example.com",
                "ACTIVE",
                parentId,
                "arn:aws:organizations::111111111111:account/o-ex4mpl3c0rp/" + id,
                "CREATED",
                STARTED,
                roleCheck);
    }

    private static DiscoveryFailed failed(String integrationId, String runId, long version, long sequence) {
        return new DiscoveryFailed(
                runId,
                integrationId,
                version,
                sequence,
                "created",
                STARTED,
                FINISHED,
                "ListAccountsForParent(ou-ex4m-00008104)",
                "AccessDeniedException",
                "You don't have permissions to access this resource.");
    }
}
