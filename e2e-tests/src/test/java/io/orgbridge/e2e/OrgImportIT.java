package io.orgbridge.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.SimulatorConfig;
import io.orgbridge.testsupport.TestServers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the sample organization through all four services, the Kafka broker, PostgreSQL and the
 * AWS simulator, then changes the organization and checks that the suite follows. The steps build
 * on each other, so they run in order against one suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrgImportIT {

    private static final String INTEGRATION = "example-corp";
    private static final String SDLC_UNDER_WORKLOADS = "ou-ex4m-00008104";
    private static final String MANAGEMENT_ACCOUNT = "111111111111";

    private static AwsSimulator simulator;
    private static Suite suite;
    private static OrgImport flow;
    private static String run;

    @BeforeAll
    static void startSuite() {
        Path root = Path.of(System.getProperty("orgbridge.repo.root", ".."));
        Path fixture = root.resolve("deploy/fixtures/example-corp.json");
        simulator =
                AwsSimulator.start(SimulatorConfig.builder().fixture(fixture).build());
        run = UUID.randomUUID().toString().substring(0, 8);
        suite = Suite.start(new Suite.Options(
                root,
                TestServers.kafkaBootstrap(),
                TestServers.postgresHost(),
                Integer.parseInt(TestServers.postgresPort()),
                "_e2e",
                "e2e-" + run + "-",
                simulator.endpoint(),
                root.resolve("e2e-tests/target/suite-logs"),
                Map.of("orgbridge.discovery.page-size", "5")));
        flow = new OrgImport(suite, "examplecorp-" + run);
        flow.createOrg("team");
        flow.createWorkspace("analytics");
        simulator.reset(SampleOrganization.trustingOrg(fixture, flow.orgId()));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    @Order(1)
    void shouldRejectExternalIdsThatBreakTheAwsRule() {
        for (String externalId : List.of("x", "my secret id!")) {
            // given
            Map<String, Object> config = new HashMap<>(flow.sampleConfig("aws_"));
            config.put("external_id", externalId);

            // when
            ApiClient.Reply reply = flow.createIntegration("bad-external-id", config, "none");

            // then
            assertThat(reply.status())
                    .as("status for external id %s", externalId)
                    .isEqualTo(400);
            JsonNode error = reply.body().path("validation_errors").get(0);
            assertThat(error.path("location").asText()).contains("external_id");
            assertThat(error.path("message").asText()).contains("1224");
        }
    }

    @Test
    @Order(2)
    void shouldRejectAnotherOrgUsingTheseExternalIds() {
        // given an org that learned the sample organization's role ARN and external IDs
        OrgImport intruder = new OrgImport(suite, "intruder-" + run);
        intruder.createOrg("team");

        // when
        ApiClient.Reply reply = intruder.createIntegration("stolen", flow.sampleConfig("aws_"), "none");

        // then
        assertThat(reply.status()).as("reply %s", reply.body()).isEqualTo(400);
        assertThat(reply.body().path("validation_errors").toString()).contains(intruder.orgId() + ":");
    }

    @Test
    @Order(3)
    void shouldImportTheSampleOrganization() {
        // when
        flow.createIntegration(INTEGRATION, flow.sampleConfig("aws_"), "all_workspaces")
                .expect(201);
        JsonNode test = flow.testDiscovery(INTEGRATION);
        List<JsonNode> connections = awaitConnections(44);

        // then
        assertThat(test.path("ok").asBoolean()).as("test discovery: %s", test).isTrue();
        Map<String, String> handles = handlesByAccount(connections);
        assertThat(handles)
                .containsEntry("200000012221", "aws_payments_prod_eu")
                .containsEntry("200000044440", "aws_ci_cd_prod")
                .containsEntry("200000036663", "aws_r_d_experiments")
                .containsEntry("200000007777", "aws_identity_center")
                .containsEntry("200000035552", "aws_2024_hackathon")
                .containsEntry("200000022220", "aws_development")
                .containsEntry("200000023331", "aws_development_200000023331")
                .containsEntry("200000033330", "aws_dev_team")
                .containsEntry("200000034441", "aws_dev_team_200000034441")
                .containsEntry("200000031108", "aws_sandbox")
                .containsEntry("200000032219", "aws_sandbox_200000032219")
                .containsEntry("200000037774", "aws_sandbox_200000037774");
        assertThat(handles.values()).allMatch(handle -> handle.matches("^[a-z](?:[a-z0-9]|_(?=[a-z0-9])){0,38}$"));
        assertThat(flow.await(
                        "integration enabled",
                        () -> flow.integration(INTEGRATION),
                        integration -> integration.path("state").asText().equals("enabled")))
                .isNotNull();
    }

    @Test
    @Order(4)
    void shouldMirrorTheOrganizationalUnitTree() {
        // when
        List<List<String>> folderPaths = folderPaths(flow.connectionTree());

        // then
        assertThat(folderPaths).hasSize(23);
        assertThat(folderPaths.stream().filter(path -> path.get(path.size() - 1).equals("Prod")))
                .hasSize(4);
        assertThat(folderPaths)
                .contains(List.of(INTEGRATION, "Workloads", "Business Unit A", "Retail", "EMEA", "France"));
        assertThat(folderPaths)
                .contains(
                        List.of(INTEGRATION, "Security", "Prod"),
                        List.of(INTEGRATION, "Infrastructure", "Prod"),
                        List.of(INTEGRATION, "Workloads", "Prod"),
                        List.of(INTEGRATION, "Deployments", "Prod"));
    }

    @Test
    @Order(5)
    void shouldReportTheManagementAccountRoleAndEnableTheOthers() {
        // when
        Map<String, JsonNode> byAccount = byAccount(flow.connections());

        // then
        JsonNode management = byAccount.get(MANAGEMENT_ACCOUNT);
        assertThat(management).as("management account connection").isNotNull();
        assertThat(management.path("status").asText()).isEqualTo("disabled");
        assertThat(management.path("status_reason").asText()).contains("could not be assumed");
        List<String> notActive =
                List.of("200000037774", "200000039996", "200000041107", "200000042218", "200000047773");
        byAccount.forEach((account, connection) -> {
            if (!account.equals(MANAGEMENT_ACCOUNT) && !notActive.contains(account)) {
                assertThat(connection.path("status").asText())
                        .as("status of %s", account)
                        .isEqualTo("enabled");
            }
        });
        notActive.forEach(
                account -> assertThat(byAccount.get(account).path("status").asText())
                        .as("status of %s", account)
                        .isEqualTo("disabled"));
    }

    @Test
    @Order(6)
    void shouldGiveEveryWorkspaceTheEnabledConnections() {
        // given a workspace created after the import: all-workspaces grants cover it too
        flow.createWorkspace("latecomer");

        // when
        List<JsonNode> analytics = flow.await(
                "analytics connections", () -> flow.workspaceConnections("analytics"), list -> list.size() == 38);
        List<JsonNode> latecomer = flow.await(
                "latecomer connections", () -> flow.workspaceConnections("latecomer"), list -> list.size() == 38);

        // then
        assertThat(handles(analytics)).contains("aws_payments_prod_eu").doesNotContain("aws_sandbox_200000037774");
        assertThat(handles(latecomer)).containsExactlyInAnyOrderElementsOf(handles(analytics));
    }

    @Test
    @Order(7)
    void shouldLoseNothingWhenAFirstPageIsEmpty() {
        // given
        Map<String, String> before = handlesByAccount(flow.connections());
        simulator.faults().emptyFirstPage("ListAccountsForParent");
        simulator.faults().emptyFirstPage("ListOrganizationalUnitsForParent");

        // when
        JsonNode run = refreshAndAwaitRun();

        // then
        simulator.faults().clear();
        assertThat(run.path("state").asText()).as("run %s", run).isEqualTo("succeeded");
        assertThat(run.path("account_count").asInt()).isEqualTo(44);
        assertThat(handlesByAccount(flow.connections())).isEqualTo(before);
    }

    @Test
    @Order(8)
    void shouldChangeNothingWhenTheSecondPageIsDenied() {
        // given
        Map<String, String> before = handlesByAccount(flow.connections());
        simulator.faults().failNthCall("ListAccountsForParent", 2, "AccessDeniedException", SDLC_UNDER_WORKLOADS);

        // when
        JsonNode run = refreshAndAwaitRun();

        // then
        simulator.faults().clear();
        assertThat(run.path("state").asText()).as("run %s", run).isEqualTo("failed");
        assertThat(run.path("failed_call").asText()).isEqualTo("ListAccountsForParent(" + SDLC_UNDER_WORKLOADS + ")");
        assertThat(run.path("error_code").asText()).isEqualTo("AccessDeniedException");
        JsonNode integration =
                flow.await("integration error", () -> flow.integration(INTEGRATION), value -> value.path("state")
                        .asText()
                        .equals("error"));
        assertThat(integration.path("state_reason").asText()).contains("ListAccountsForParent");
        assertThat(handlesByAccount(flow.connections())).isEqualTo(before);
        assertThat(flow.workspaceConnections("analytics")).hasSize(38);
    }

    @Test
    @Order(9)
    void shouldFollowChangesToTheOrganization() {
        // given
        URI endpoint = simulator.endpoint();
        String createdId;
        try (OrganizationsClient organizations = SimulatorAccess.organizations(endpoint);
                AccountClient account = SimulatorAccess.account(endpoint)) {
            organizations.updateOrganizationalUnit(
                    request -> request.organizationalUnitId("ou-ex4m-00014182").name("Playground"));
            organizations.moveAccount(request -> request.accountId("200000016665")
                    .sourceParentId(SDLC_UNDER_WORKLOADS)
                    .destinationParentId("ou-ex4m-00007091"));
            String requestId = organizations
                    .createAccount(
                            request -> request.accountName("Data Science Prod").email("aws+datascience@example.com"))
                    .createAccountStatus()
                    .id();
            createdId = flow.await(
                            "account creation",
                            () -> organizations
                                    .describeCreateAccountStatus(request -> request.createAccountRequestId(requestId))
                                    .createAccountStatus(),
                            status -> status.accountId() != null)
                    .accountId();
            organizations.closeAccount(request -> request.accountId("200000043329"));
            account.putAccountName(request -> request.accountId("200000012221").accountName("Payments Prod Europe"));
        }

        // when
        JsonNode run = refreshAndAwaitRun();
        List<JsonNode> connections = awaitConnections(45);

        // then
        assertThat(run.path("state").asText()).as("run %s", run).isEqualTo("succeeded");
        Map<String, JsonNode> byAccount = byAccount(connections);
        assertThat(byAccount.get(createdId).path("handle").asText()).isEqualTo("aws_data_science_prod");
        assertThat(byAccount.get("200000012221").path("handle").asText()).isEqualTo("aws_payments_prod_europe");
        assertThat(byAccount.get("200000043329").path("status").asText()).isEqualTo("disabled");
        List<List<String>> folderPaths = folderPaths(flow.connectionTree());
        assertThat(folderPaths)
                .contains(List.of(INTEGRATION, "Playground"))
                .doesNotContain(List.of(INTEGRATION, "Sandbox"));
        assertThat(byAccount
                        .get("200000016665")
                        .path("integration_resource_path")
                        .asText())
                .endsWith("Prod");
        List<JsonNode> analytics = flow.await(
                "analytics connections after changes",
                () -> flow.workspaceConnections("analytics"),
                list -> handles(list).contains("aws_data_science_prod")
                        && !handles(list).contains("aws_vendor_integration"));
        assertThat(handles(analytics)).contains("aws_payments_prod_europe").doesNotContain("aws_payments_prod_eu");
    }

    @Test
    @Order(10)
    void shouldDeleteEverythingOnlyWithTheHandleAsConfirmation() {
        // when
        ApiClient.Reply unconfirmed = flow.deleteIntegration(INTEGRATION, "wrong-handle");
        ApiClient.Reply confirmed = flow.deleteIntegration(INTEGRATION, INTEGRATION);

        // then
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(confirmed.status()).isEqualTo(200);
        flow.await("connections removed", flow::connections, List::isEmpty);
        flow.await("workspace connections removed", () -> flow.workspaceConnections("analytics"), List::isEmpty);
        assertThat(folderPaths(flow.connectionTree())).isEmpty();
    }

    private static JsonNode refreshAndAwaitRun() {
        int runsBefore = flow.discoveryRuns(INTEGRATION).path("items").size();
        flow.refresh(INTEGRATION);
        JsonNode runs = flow.await(
                "a finished discovery run",
                () -> flow.discoveryRuns(INTEGRATION),
                list -> list.path("items").size() > runsBefore
                        && List.of("succeeded", "failed")
                                .contains(
                                        list.path("items").get(0).path("state").asText()));
        return runs.path("items").get(0);
    }

    private static List<JsonNode> awaitConnections(int count) {
        return flow.await(count + " connections", flow::connections, list -> list.size() == count);
    }

    private static Map<String, JsonNode> byAccount(List<JsonNode> connections) {
        return connections.stream()
                .collect(Collectors.toMap(connection -> accountId(connection), connection -> connection));
    }

    private static Map<String, String> handlesByAccount(List<JsonNode> connections) {
        return connections.stream()
                .collect(Collectors.toMap(
                        connection -> accountId(connection),
                        connection -> connection.path("handle").asText()));
    }

    private static String accountId(JsonNode connection) {
        return connection
                .path("integration_resource_identifier")
                .asText(connection.path("account_id").asText());
    }

    private static List<String> handles(List<JsonNode> connections) {
        return connections.stream()
                .map(connection -> connection.path("handle").asText())
                .toList();
    }

    /** Paths of folder titles from the top-level folder down, one per folder. */
    private static List<List<String>> folderPaths(JsonNode tree) {
        List<List<String>> paths = new ArrayList<>();
        JsonNode roots = tree.has("items") ? tree.get("items") : tree;
        roots.forEach(node -> collectFolders(node, List.of(), paths));
        return paths;
    }

    private static void collectFolders(JsonNode node, List<String> parent, List<List<String>> paths) {
        if (node.has("handle")) {
            return;
        }
        List<String> path = new ArrayList<>(parent);
        path.add(node.path("title").asText());
        paths.add(path);
        node.path("children").forEach(child -> collectFolders(child, path, paths));
    }
}
