package io.orgbridge.discovery.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.discovery.SimulatorResource;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.discovery.DiscoveryFailed;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_discovery_test"))
@QuarkusTestResource(SimulatorResource.class)
class RunSchedulingTest {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private static TestEvents events;

    @BeforeAll
    static void openTopics() {
        events = new TestEvents();
    }

    @AfterAll
    static void closeTopics() {
        events.close();
    }

    @BeforeEach
    void resetSimulator() {
        SimulatorResource.simulator().reset();
    }

    @Test
    void shouldCoalesceTriggersWhileRunIsRunning() {
        // given a slow run
        SimulatorResource.simulator().faults().latency("ListAccountsForParent", Duration.ofMillis(300));
        IntegrationData integration = TestIntegrations.orgIntegration();
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));
        events.await(integration.id(), EventTypes.DISCOVERY_STARTED, RUN_TIMEOUT);

        // when three refreshes arrive while it runs
        for (int i = 0; i < 3; i++) {
            events.send(integration.id(), TestIntegrations.refresh(integration));
        }

        // then they make one more run, which starts after the first one ended
        await().atMost(RUN_TIMEOUT.multipliedBy(2)).untilAsserted(() -> runsOf(integration)
                .body("items.size()", equalTo(2))
                .body("items[0].trigger", equalTo("refresh"))
                .body("items[0].state", equalTo("succeeded"))
                .body("items[1].state", equalTo("succeeded")));
        String first = runsOf(integration).extract().path("items[1].finished_at");
        String second = runsOf(integration).extract().path("items[0].started_at");
        assertThat(java.time.Instant.parse(second)).isAfterOrEqualTo(java.time.Instant.parse(first));
    }

    @Test
    void shouldRunScheduledReadWhenDue() throws SQLException {
        // given
        IntegrationData integration = TestIntegrations.orgIntegration();
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));
        events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);

        // when the periodic read falls due
        execute("update integration_replica set next_scheduled_at = now() where id = ?", integration.id());

        // then
        await().atMost(RUN_TIMEOUT).untilAsserted(() -> runsOf(integration)
                .body("items.size()", equalTo(2))
                .body("items[0].trigger", equalTo("schedule"))
                .body("items[0].run_sequence", equalTo(2))
                .body("items[0].state", equalTo("succeeded")));
        await().atMost(RUN_TIMEOUT).untilAsserted(() -> assertThat(events.seen(integration.id()).stream()
                        .filter(event -> EventTypes.DISCOVERY_COMPLETED.equals(event.type()))
                        .map(event -> EventCodec.data(event, OrganizationSnapshot.class)
                                .trigger()))
                .containsExactly("created", "schedule"));
    }

    @Test
    void shouldFailRunWhoseLeaseExpired() throws SQLException {
        // given a run left running by an instance that stopped
        IntegrationData integration = TestIntegrations.orgIntegration();
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));
        events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);
        String orphan = "run_orphan" + integration.id().substring(2, 12);
        execute(
                "update integration_replica set last_run_sequence = 2, next_scheduled_at = now() + interval '1 day'"
                        + " where id = ?",
                integration.id());
        execute(
                "insert into discovery_run (id, integration_id, integration_version, run_sequence, trigger, state,"
                        + " created_at, started_at, lease_expires_at) values (?, ?, 1, 2, 'refresh', 'running',"
                        + " now() - interval '10 minutes', now() - interval '10 minutes', now() - interval '1 minute')",
                orphan,
                integration.id());

        // when the poller finds the expired lease
        CloudEvent failed = events.await(integration.id(), EventTypes.DISCOVERY_FAILED, RUN_TIMEOUT);

        // then the run fails and a new run reads the organization
        DiscoveryFailed data = EventCodec.data(failed, DiscoveryFailed.class);
        assertThat(data.runId()).isEqualTo(orphan);
        assertThat(data.errorCode()).isEqualTo("RunInterrupted");
        await().atMost(RUN_TIMEOUT).untilAsserted(() -> runsOf(integration)
                .body("items.size()", equalTo(3))
                .body("items[0].run_sequence", equalTo(3))
                .body("items[0].trigger", equalTo("schedule"))
                .body("items[0].state", equalTo("succeeded"))
                .body("items[1].id", equalTo(orphan))
                .body("items[1].state", equalTo("failed")));
    }

    private static io.restassured.response.ValidatableResponse runsOf(IntegrationData integration) {
        return given().auth()
                .oauth2(TestTokens.orgMember(integration.orgHandle()))
                .get("/api/v0/org/" + integration.orgHandle() + "/integration/" + integration.handle()
                        + "/discovery_run")
                .then()
                .statusCode(200);
    }

    private static void execute(String sql, String... parameters) throws SQLException {
        String url = "jdbc:postgresql://" + TestServers.postgresHost() + ":" + TestServers.postgresPort()
                + "/orgbridge_discovery_test";
        try (Connection connection = DriverManager.getConnection(url, "orgbridge", "orgbridge");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
