package io.orgbridge.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        try (AwsSimulator simulator = AwsSimulator.start(SimulatorConfig.builder()
                        .fixture(root.resolve("deploy/fixtures/example-corp.json"))
                        .port(simulatorPort)
                        .build());
                Suite suite = Suite.start(options(root, simulator.endpoint()))) {
            say("AWS simulator on " + simulator.endpoint() + "; services: "
                    + suite.processes().stream()
                            .map(process -> process.name() + " " + process.baseUri())
                            .toList());
            OrgImport flow = new OrgImport(suite, "examplecorp");
            importOrganization(flow);
            changeOrganization(simulator.endpoint());
            flow.refresh(INTEGRATION);
            awaitAndPrint(flow, "after the changes", list -> byAccountName(list, "Data Science Prod"));
            if (keepRunning) {
                say("Everything keeps running; press Ctrl+C to stop. Logs: " + root.resolve(".run/demo-logs"));
                Thread.currentThread().join();
            }
        }
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

    private static void awaitAndPrint(OrgImport flow, String when, java.util.function.Predicate<List<JsonNode>> done) {
        flow.await("connections " + when, flow::connections, done);
        say("Connection tree " + when + ":\n" + TreePrinter.tree(flow.connectionTree()));
        List<JsonNode> connections = flow.await(
                "workspace connections " + when, () -> flow.workspaceConnections(WORKSPACE), list -> !list.isEmpty());
        say(TreePrinter.workspaceConnections(WORKSPACE, connections));
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
