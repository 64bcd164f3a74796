package io.orgbridge.discovery.it;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.discovery.SimulatorResource;
import io.orgbridge.discovery.service.ExampleOrganization;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.discovery.DiscoveryFailed;
import io.orgbridge.events.discovery.DiscoveryStarted;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;
import io.orgbridge.events.integration.DiscoverySettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.platform.crypto.SecretBox;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.discovery.service.ExampleOrganization.MANAGEMENT_ACCOUNT;
import static io.orgbridge.discovery.service.ExampleOrganization.WORKLOADS_SDLC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_discovery_test"))
@QuarkusTestResource(SimulatorResource.class)
class DiscoveryFlowTest {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final String TRANSPORT_KEY = "b3JnYnJpZGdlLWRldi10cmFuc3BvcnQta2V5LTAwMDE=";

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
        simulator().reset();
    }

    @Test
    void shouldPublishSnapshotOnCreate() {
        // given
        IntegrationData integration = TestIntegrations.orgIntegration();

        // when
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));

        // then
        CloudEvent completed = events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);
        assertThat(completed.tenantid()).isEqualTo(integration.tenantId());
        assertThat(completed.orgid()).isEqualTo(integration.orgId());
        OrganizationSnapshot snapshot = EventCodec.data(completed, OrganizationSnapshot.class);
        assertThat(snapshot.integrationId()).isEqualTo(integration.id());
        assertThat(snapshot.runSequence()).isEqualTo(1);
        assertThat(snapshot.trigger()).isEqualTo("created");
        assertThat(snapshot.integrationVersion()).isEqualTo(1);
        assertThat(snapshot.organization().id()).isEqualTo("o-ex4mpl3c0rp");
        assertThat(snapshot.organization().partition()).isEqualTo("aws");
        assertThat(snapshot.organization().managementAccountId()).isEqualTo(MANAGEMENT_ACCOUNT);
        assertThat(snapshot.root().id()).isEqualTo(ExampleOrganization.ROOT_ID);
        assertThat(snapshot.organizationalUnits()).hasSize(22);
        assertThat(snapshot.accounts()).hasSize(44);
        assertThat(unitParents(snapshot)).isEqualTo(ExampleOrganization.unitParents());
        assertThat(accountParents(snapshot)).isEqualTo(ExampleOrganization.accountParents());
        assertDeepestChain(snapshot);
        assertRoleChecks(snapshot);

        CloudEvent started = events.await(integration.id(), EventTypes.DISCOVERY_STARTED, RUN_TIMEOUT);
        DiscoveryStarted startedData = EventCodec.data(started, DiscoveryStarted.class);
        assertThat(startedData.runId()).isEqualTo(snapshot.runId());
        assertThat(events.seen(integration.id()).indexOf(started))
                .isLessThan(events.seen(integration.id()).indexOf(completed));

        runsOf(integration)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(snapshot.runId()))
                .body("items[0].state", equalTo("succeeded"))
                .body("items[0].trigger", equalTo("created"))
                .body("items[0].run_sequence", equalTo(1))
                .body("items[0].ou_count", equalTo(22))
                .body("items[0].account_count", equalTo(44))
                .body("items[0].integration_handle", equalTo(integration.handle()));
    }

    @Test
    void shouldLoseNothingWhenFirstPagesAreEmpty() {
        // given
        simulator().faults().emptyFirstPage("ListAccountsForParent");
        simulator().faults().emptyFirstPage("ListOrganizationalUnitsForParent");
        IntegrationData integration = TestIntegrations.orgIntegration();

        // when
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));

        // then
        CloudEvent completed = events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);
        OrganizationSnapshot snapshot = EventCodec.data(completed, OrganizationSnapshot.class);
        assertThat(unitParents(snapshot)).isEqualTo(ExampleOrganization.unitParents());
        assertThat(accountParents(snapshot)).isEqualTo(ExampleOrganization.accountParents());
    }

    @Test
    void shouldFailRunWhenSecondPageIsDenied() {
        // given the seven accounts of Workloads/SDLC span two pages of five
        simulator().faults().failNthCall("ListAccountsForParent", 2, "AccessDeniedException", WORKLOADS_SDLC);
        IntegrationData integration = TestIntegrations.orgIntegration();

        // when
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));

        // then
        CloudEvent failed = events.await(integration.id(), EventTypes.DISCOVERY_FAILED, RUN_TIMEOUT);
        DiscoveryFailed data = EventCodec.data(failed, DiscoveryFailed.class);
        assertThat(data.failedCall()).isEqualTo("ListAccountsForParent(" + WORKLOADS_SDLC + ")");
        assertThat(data.errorCode()).isEqualTo("AccessDeniedException");
        assertThat(data.message()).isNotBlank();
        assertThat(data.runSequence()).isEqualTo(1);
        assertThat(failed.tenantid()).isEqualTo(integration.tenantId());
        assertThat(events.seen(integration.id()))
                .extracting(CloudEvent::type)
                .doesNotContain(EventTypes.DISCOVERY_COMPLETED);
        runsOf(integration)
                .body("items[0].state", equalTo("failed"))
                .body("items[0].failed_call", equalTo("ListAccountsForParent(" + WORKLOADS_SDLC + ")"))
                .body("items[0].error_code", equalTo("AccessDeniedException"));
    }

    @Test
    void shouldSucceedWhenOrganizationsThrottles() {
        // given a burst of TooManyRequestsException on both listings
        for (int i = 0; i < 3; i++) {
            simulator().faults().failNthCall("ListAccountsForParent", 1, "TooManyRequestsException");
            simulator().faults().failNthCall("ListOrganizationalUnitsForParent", 1, "TooManyRequestsException");
        }
        simulator().faults().failNthCall("DescribeOrganization", 1, "TooManyRequestsException");
        IntegrationData integration = TestIntegrations.orgIntegration();

        // when
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));

        // then
        CloudEvent completed = events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);
        OrganizationSnapshot snapshot = EventCodec.data(completed, OrganizationSnapshot.class);
        assertThat(accountParents(snapshot)).isEqualTo(ExampleOrganization.accountParents());
        assertThat(simulator().faults().callCount("DescribeOrganization")).isEqualTo(2);
    }

    @Test
    void shouldIgnoreRedeliveredEvent() {
        // given
        IntegrationData integration = TestIntegrations.orgIntegration();
        CloudEvent created = TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration);
        events.send(integration.id(), created);
        events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);

        // when the same event arrives again, then an update that changes no discovery setting,
        // then a refresh, all in the integration's partition order
        events.send(integration.id(), created);
        IntegrationData enabled = TestIntegrations.withState(integration, 2, "enabled");
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_UPDATED, enabled));
        events.send(integration.id(), TestIntegrations.refresh(enabled));

        // then only the refresh added a run
        await().atMost(RUN_TIMEOUT).untilAsserted(() -> runsOf(integration)
                .body("items.size()", equalTo(2))
                .body("items[0].trigger", equalTo("refresh"))
                .body("items[0].run_sequence", equalTo(2))
                .body("items[0].state", equalTo("succeeded"))
                .body("items[1].trigger", equalTo("created"))
                .body("items[1].run_sequence", equalTo(1)));
    }

    @Test
    void shouldRunAgainWhenCredentialsChange() {
        // given
        IntegrationData integration = TestIntegrations.orgIntegration();
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));
        events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);

        // when
        IntegrationData wrongExternalId = TestIntegrations.withDiscovery(
                integration, 2, TestIntegrations.roleDiscovery("o_examplecorp:wrong000"));
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_UPDATED, wrongExternalId));

        // then
        CloudEvent failed = events.await(integration.id(), EventTypes.DISCOVERY_FAILED, RUN_TIMEOUT);
        DiscoveryFailed data = EventCodec.data(failed, DiscoveryFailed.class);
        assertThat(data.failedCall()).isEqualTo("AssumeRole(" + ExampleOrganization.DISCOVERY_ROLE_ARN + ")");
        assertThat(data.errorCode()).isEqualTo("AccessDenied");
        assertThat(data.trigger()).isEqualTo("updated");
        assertThat(data.integrationVersion()).isEqualTo(2);
        assertThat(data.runSequence()).isEqualTo(2);
    }

    @Test
    void shouldReadWithSealedAccessKey() {
        // given
        IntegrationData template = TestIntegrations.orgIntegration();
        String sealed = SecretBox.fromBase64Key("test", TRANSPORT_KEY)
                .seal(ExampleOrganization.DISCOVERY_SECRET_ACCESS_KEY, template.id());
        IntegrationData integration = TestIntegrations.withDiscovery(
                template,
                1,
                new DiscoverySettings(
                        DiscoverySettings.MODE_ACCESS_KEY,
                        null,
                        null,
                        ExampleOrganization.DISCOVERY_ACCESS_KEY_ID,
                        sealed));

        // when
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));

        // then
        CloudEvent completed = events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);
        OrganizationSnapshot snapshot = EventCodec.data(completed, OrganizationSnapshot.class);
        assertThat(snapshot.accounts()).hasSize(44);
    }

    @Test
    void shouldFailWhenSecretDoesNotOpen() {
        // given a secret sealed for another integration id
        IntegrationData template = TestIntegrations.orgIntegration();
        String sealed = SecretBox.fromBase64Key("test", TRANSPORT_KEY)
                .seal(ExampleOrganization.DISCOVERY_SECRET_ACCESS_KEY, "i_someotherintegration00");
        IntegrationData integration = TestIntegrations.withDiscovery(
                template,
                1,
                new DiscoverySettings(
                        DiscoverySettings.MODE_ACCESS_KEY,
                        null,
                        null,
                        ExampleOrganization.DISCOVERY_ACCESS_KEY_ID,
                        sealed));

        // when
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));

        // then
        CloudEvent failed = events.await(integration.id(), EventTypes.DISCOVERY_FAILED, RUN_TIMEOUT);
        DiscoveryFailed data = EventCodec.data(failed, DiscoveryFailed.class);
        assertThat(data.errorCode()).isEqualTo("InvalidDiscoveryCredentials");
        assertThat(data.message()).contains("orgbridge.secrets.transport-key");
        assertThat(data.failedCall()).isNull();
    }

    @Test
    void shouldRemoveRunsOnDelete() {
        // given
        IntegrationData integration = TestIntegrations.orgIntegration();
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));
        events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);

        // when
        IntegrationData deleted = TestIntegrations.withState(integration, 2, "enabled");
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_DELETED, deleted));

        // then
        await().atMost(RUN_TIMEOUT).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.orgMember(integration.orgHandle()))
                .get(runsPath(integration))
                .then()
                .statusCode(404));
    }

    @Test
    void shouldServeRunsToMembersOnly() {
        // given
        IntegrationData integration = TestIntegrations.tenantIntegration();
        events.send(integration.id(), TestIntegrations.event(EventTypes.INTEGRATION_CREATED, integration));
        CloudEvent completed = events.await(integration.id(), EventTypes.DISCOVERY_COMPLETED, RUN_TIMEOUT);
        String runId = EventCodec.data(completed, OrganizationSnapshot.class).runId();
        String tenantPath = "/api/v0/tenant/" + integration.tenantHandle() + "/integration/" + integration.handle()
                + "/discovery_run";
        String member = TestTokens.token("u_reader", "tenant:" + integration.tenantHandle() + ":member");

        // when / then
        given().auth()
                .oauth2(member)
                .get(tenantPath + "/" + runId)
                .then()
                .statusCode(200)
                .body("id", equalTo(runId))
                .body("state", equalTo("succeeded"))
                .body("integration_id", equalTo(integration.id()));
        given().auth()
                .oauth2(member)
                .get(tenantPath + "/run_00000000000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("u_stranger", "tenant:someone-else:member"))
                .get(tenantPath)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.orgMember("acme-" + integration.handle()))
                .get("/api/v0/org/acme-" + integration.handle() + "/integration/" + integration.handle()
                        + "/discovery_run")
                .then()
                .statusCode(404);
        given().get(tenantPath).then().statusCode(401);
        given().auth()
                .oauth2(member)
                .queryParam("limit", 0)
                .get(tenantPath)
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("query.limit"));
    }

    private static AwsSimulator simulator() {
        return SimulatorResource.simulator();
    }

    private static String runsPath(IntegrationData integration) {
        return "/api/v0/org/" + integration.orgHandle() + "/integration/" + integration.handle() + "/discovery_run";
    }

    private static ValidatableResponse runsOf(IntegrationData integration) {
        return given().auth()
                .oauth2(TestTokens.orgMember(integration.orgHandle()))
                .get(runsPath(integration))
                .then()
                .statusCode(200);
    }

    private static void assertDeepestChain(OrganizationSnapshot snapshot) {
        Map<String, String> parents = unitParents(snapshot);
        String[] chain = ExampleOrganization.DEEPEST_CHAIN;
        assertThat(parents.get(chain[0])).isEqualTo(snapshot.root().id());
        for (int level = 1; level < chain.length; level++) {
            assertThat(parents.get(chain[level]))
                    .as("parent of %s", chain[level])
                    .isEqualTo(chain[level - 1]);
        }
    }

    private static void assertRoleChecks(OrganizationSnapshot snapshot) {
        Map<String, String> states = ExampleOrganization.accountStates();
        for (Account account : snapshot.accounts()) {
            RoleCheck check = account.roleCheck();
            if (account.id().equals(MANAGEMENT_ACCOUNT)) {
                assertThat(check.status()).isEqualTo(RoleCheck.FAILED);
                assertThat(check.reason()).contains("AccessDenied").contains("pipes_readonly");
            } else if ("ACTIVE".equals(states.get(account.id()))) {
                assertThat(check.status()).as("role check of %s", account.id()).isEqualTo(RoleCheck.OK);
            } else {
                assertThat(check.status()).as("role check of %s", account.id()).isEqualTo(RoleCheck.SKIPPED);
            }
        }
        List<String> skipped = snapshot.accounts().stream()
                .filter(account -> RoleCheck.SKIPPED.equals(account.roleCheck().status()))
                .map(Account::id)
                .toList();
        assertThat(skipped).hasSize(5);
    }

    private static Map<String, String> unitParents(OrganizationSnapshot snapshot) {
        Map<String, String> parents = new LinkedHashMap<>();
        snapshot.organizationalUnits().forEach(unit -> parents.put(unit.id(), unit.parentId()));
        return parents;
    }

    private static Map<String, String> accountParents(OrganizationSnapshot snapshot) {
        Map<String, String> parents = new LinkedHashMap<>();
        snapshot.accounts().forEach(account -> parents.put(account.id(), account.parentId()));
        return parents;
    }
}
