package io.orgbridge.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.SimulatorConfig;
import io.orgbridge.testsupport.TestServers;

/**
 * Runs the suite against the sample organization and prints what it imported, then changes the
 * organization through the AWS simulator and prints the result again. Started by
 * {@code deploy/bin/demo.sh}; {@code --keep-running} leaves everything up until Ctrl+C.
 */
public final class DemoMain {

    private static final String INTEGRATION = "example-corp";
    private static final String WORKSPACE = "analytics";

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        boolean keepRunning = List.of(args).contains("--keep-running");
        Path root = Path.of(System.getProperty("orgbridge.repo.root", ".")).toAbsolutePath();
        int simulatorPort = Integer.parseInt(System.getProperty("orgbridge.demo.simulator-port", "9599"));
        Path fixture = root.resolve("deploy/fixtures/example-corp.json");
        AwsSimulator simulator = AwsSimulator.start(
                SimulatorConfig.builder().fixture(fixture).port(simulatorPort).build());
        Suite suite;
        try {
            suite = Suite.start(options(root, simulator.endpoint()));
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        // A SIGTERM or Ctrl+C must not leave the service processes running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.close();
            simulator.close();
        }));
        say("AWS simulator on " + simulator.endpoint() + "; services: "
                + suite.processes().stream()
                        .map(process -> process.name() + " " + process.baseUri())
                        .toList());

        OrgImport flow = new OrgImport(suite, "examplecorp");
        flow.createOrg("team");
        simulator.reset(SampleOrganization.trustingOrg(fixture, flow.orgId()));
        importOrganization(flow);
        changeOrganization(simulator.endpoint());
        flow.refresh(INTEGRATION);
        awaitAndPrint(flow, "after the changes", list -> byAccountName(list, "Data Science Prod"));
        if (keepRunning) {
            printAccess(flow, root);
            Thread.currentThread().join();
        }
        System.exit(0);
    }

    private static Suite.Options options(Path root, URI awsEndpoint) {
        return new Suite.Options(
                root,
                TestServers.kafkaBootstrap(),
                TestServers.postgresHost(),
                Integer.parseInt(TestServers.postgresPort()),
                "_demo",
                "demo-" + Instant.now().getEpochSecond() + "-",
                awsEndpoint,
                root.resolve(".run/demo-logs"),
                Map.of());
    }

    private static void importOrganization(OrgImport flow) {
        flow.createWorkspace(WORKSPACE);
        say("Created org " + flow.orgHandle() + " (plan team) and workspace " + WORKSPACE);
        flow.createIntegration(INTEGRATION, flow.sampleConfig("aws_"), "all_workspaces")
                .expect(201);
        say("Created integration " + INTEGRATION + " with permission on all workspaces");
        JsonNode test = flow.testDiscovery(INTEGRATION);
        say("Test Discovery: " + test);
        awaitAndPrint(flow, "after the first import", list -> list.size() == 44);
    }

    private static void changeOrganization(URI endpoint) {
        try (OrganizationsClient organizations = SimulatorAccess.organizations(endpoint)) {
            organizations.updateOrganizationalUnit(
                    request -> request.organizationalUnitId("ou-ex4m-00014182").name("Playground"));
            say("Renamed OU Sandbox (ou-ex4m-00014182) to Playground");
            organizations.moveAccount(request -> request.accountId("200000016665")
                    .sourceParentId("ou-ex4m-00008104")
                    .destinationParentId("ou-ex4m-00007091"));
            say("Moved account Payments Dev (200000016665) from Workloads/SDLC to Workloads/Prod");
            organizations.createAccount(
                    request -> request.accountName("Data Science Prod").email("aws+datascience@example.com"));
            say("Created account Data Science Prod");
            organizations.closeAccount(request -> request.accountId("200000043329"));
            say("Closed account Vendor Integration (200000043329)");
        }
    }

    private static void awaitAndPrint(OrgImport flow, String when, Predicate<List<JsonNode>> done) {
        List<JsonNode> all = flow.await("connections " + when, flow::connections, done);
        say("Connection tree " + when + ":\n" + TreePrinter.tree(flow.connectionTree()));
        Set<String> enabled = all.stream()
                .filter(connection -> "enabled".equals(connection.path("status").asText()))
                .map(connection -> connection.path("handle").asText())
                .collect(Collectors.toSet());
        // The workspace follows a moment later, once permission-service has read the connection events.
        List<JsonNode> connections = flow.await(
                "workspace connections " + when, () -> flow.workspaceConnections(WORKSPACE), list -> handles(list)
                        .equals(enabled));
        say(TreePrinter.workspaceConnections(WORKSPACE, connections));
    }

    private static Set<String> handles(List<JsonNode> connections) {
        return connections.stream()
                .map(connection -> connection.path("handle").asText())
                .collect(Collectors.toSet());
    }

    private static void printAccess(OrgImport flow, Path root) {
        say("Everything keeps running; press Ctrl+C to stop. Service logs: " + root.resolve(".run/demo-logs"));
        say("A bearer token of an owner of org " + flow.orgHandle() + ", valid for one hour:");
        say("  export TOKEN=" + flow.ownerToken());
        say("  curl -H \"Authorization: Bearer $TOKEN\" <connection-service>/api/v0/org/" + flow.orgHandle()
                + "/connection_tree");
    }

    private static boolean byAccountName(List<JsonNode> connections, String name) {
        return connections.stream()
                .anyMatch(connection ->
                        name.equals(connection.path("integration_resource_name").asText()));
    }

    @SuppressWarnings("java:S106") // The demo's output is its purpose.
    private static void say(String message) {
        System.out.println(message);
        System.out.flush();
    }
}
