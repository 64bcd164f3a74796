package io.orgbridge.permission;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.directory.WorkspaceConnectionData;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.connectionHandles;
import static io.orgbridge.permission.TestDirectory.delete;
import static io.orgbridge.permission.TestDirectory.get;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.searchPath;
import static io.orgbridge.permission.TestDirectory.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Grants on folders and connections, fed with real connection-events through Kafka. */
@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class GrantInheritanceTest {

    private static final String DEFAULT_TENANT = "t_00000000000000000000";

    private static TreeEvents events;

    @BeforeAll
    static void openProducer() {
        events = new TreeEvents(TestServers.kafkaBootstrap());
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void shouldMakeDescendantConnectionsAvailableWhenFolderGranted() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String prod = tree.folder(root);
        String eu = tree.folder(prod);
        String payments = "aws_pay_" + unique();
        String ledger = "aws_ledger_" + unique();
        String sandbox = "aws_sandbox_" + unique();
        tree.connection(prod, payments);
        tree.connection(eu, ledger);
        tree.connection(root, sandbox);
        TestTree.awaitOrgFolder(org, prod);

        // when
        grantFolder(org, prod, Map.of("identity_handle", org, "workspace_handle", workspace));

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactlyInAnyOrder(payments, ledger));
        assertThat(searchPath(org, workspace))
                .containsExactly(
                        "public",
                        "all_aws",
                        ledger.compareTo(payments) < 0 ? ledger : payments,
                        ledger.compareTo(payments) < 0 ? payments : ledger);
    }

    @Test
    void shouldAddConnectionCreatedLaterUnderGrantedFolder() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String child = tree.folder(root);
        TestTree.awaitOrgFolder(org, child);
        grantFolder(org, root, Map.of("identity_handle", org, "workspace_handle", workspace));

        // when
        String later = "aws_later_" + unique();
        tree.connection(child, later);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(later));
    }

    @Test
    void shouldCoverWorkspaceCreatedLaterWhenOrgGranted() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String first = "ws" + unique();
        TestDirectory.createWorkspace(org, first);
        String root = tree.rootFolder();
        String handle = "aws_shared_" + unique();
        tree.connection(root, handle);
        TestTree.awaitOrgFolder(org, root);
        grantFolder(org, root, Map.of("identity_handle", org));
        await().atMost(TestTree.TIMEOUT)
                .untilAsserted(() -> assertThat(connectionHandles(org, first)).containsExactly(handle));

        // when
        String later = "ws" + unique();
        TestDirectory.createWorkspace(org, later);

        // then
        assertThat(connectionHandles(org, later)).containsExactly(handle);
    }

    @Test
    void shouldNeverIncludeDisabledConnection() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        TestTree.awaitOrgFolder(org, root);
        grantFolder(org, root, Map.of("identity_handle", org));
        String enabledId = tree.connection(root, "aws_on_" + unique());
        String disabled = "aws_off_" + unique();
        String disabledId = Ids.newId(Ids.CONNECTION);

        // when
        tree.connection(TreeEvents.CONNECTION_CREATED, disabledId, root, disabled, ConnectionData.DISABLED, 1);
        String marker = "aws_marker_" + unique();
        tree.connection(root, marker);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .contains(marker));
        assertThat(connectionHandles(org, workspace)).doesNotContain(disabled).hasSize(2);

        // when the enabled one is disabled and the disabled one enabled
        String enabled = connectionHandles(org, workspace).stream()
                .filter(h -> h.startsWith("aws_on_"))
                .findFirst()
                .orElseThrow();
        tree.connection(TreeEvents.CONNECTION_UPDATED, enabledId, root, enabled, ConnectionData.DISABLED, 2);
        tree.connection(TreeEvents.CONNECTION_UPDATED, disabledId, root, disabled, ConnectionData.ENABLED, 2);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactlyInAnyOrder(marker, disabled));
    }

    @Test
    void shouldRemoveConnectionWhenDeletedOrMovedOut() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        String workspaceId = TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String granted = tree.folder(root);
        String deletedHandle = "aws_gone_" + unique();
        String moved = "aws_moved_" + unique();
        String deletedId = tree.connection(granted, deletedHandle);
        String movedId = tree.connection(granted, moved);
        TestTree.awaitOrgFolder(org, granted);
        grantFolder(org, granted, Map.of("identity_handle", org, "workspace_handle", workspace));
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactlyInAnyOrder(deletedHandle, moved));

        try (DirectoryEventsProbe probe = new DirectoryEventsProbe(TestServers.kafkaBootstrap())) {
            // when
            tree.connection(
                    TreeEvents.CONNECTION_DELETED, deletedId, granted, deletedHandle, ConnectionData.ENABLED, 2);
            tree.connection(TreeEvents.CONNECTION_UPDATED, movedId, root, moved, ConnectionData.ENABLED, 2);
            String marker = "aws_marker_" + unique();
            tree.connection(granted, marker);

            // then
            await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                    .containsExactly(marker));
            await().atMost(TestTree.TIMEOUT)
                    .untilAsserted(() -> assertThat(workspaceConnectionEvents(probe, workspaceId))
                            .contains("removed " + deletedHandle, "removed " + moved, "added " + marker));
        }
    }

    @Test
    void shouldRemoveWhenFolderMovedOrDeleted() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String granted = tree.folder(root);
        String wandering = tree.folder(granted);
        String doomed = tree.folder(granted);
        String inWandering = "aws_w_" + unique();
        String inDoomed = "aws_d_" + unique();
        tree.connection(wandering, inWandering);
        tree.connection(doomed, inDoomed);
        TestTree.awaitOrgFolder(org, doomed);
        grantFolder(org, granted, Map.of("identity_handle", org));
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactlyInAnyOrder(inWandering, inDoomed));

        // when
        tree.folder(TreeEvents.FOLDER_UPDATED, wandering, root, false, 2);
        tree.folder(TreeEvents.FOLDER_DELETED, doomed, granted, false, 2);
        String marker = "aws_marker_" + unique();
        tree.connection(granted, marker);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(marker));
    }

    @Test
    void shouldPublishRemovedAndAddedWhenConnectionRenamed() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        String workspaceId = TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String before = "aws_before_" + unique();
        String connectionId = tree.connection(root, before);
        TestTree.awaitOrgFolder(org, root);

        try (DirectoryEventsProbe probe = new DirectoryEventsProbe(TestServers.kafkaBootstrap())) {
            grantFolder(org, root, Map.of("identity_handle", org));
            await().atMost(TestTree.TIMEOUT)
                    .untilAsserted(() -> assertThat(workspaceConnectionEvents(probe, workspaceId))
                            .containsExactly("added " + before));

            // when
            String after = "aws_after_" + unique();
            tree.connection(TreeEvents.CONNECTION_UPDATED, connectionId, root, after, ConnectionData.ENABLED, 2);

            // then
            await().atMost(TestTree.TIMEOUT)
                    .untilAsserted(() -> assertThat(workspaceConnectionEvents(probe, workspaceId))
                            .containsExactly("added " + before, "removed " + before, "added " + after));
            assertThat(connectionHandles(org, workspace)).containsExactly(after);
        }
    }

    @Test
    void shouldIgnoreOlderConnectionEvent() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        TestTree.awaitOrgFolder(org, root);
        grantFolder(org, root, Map.of("identity_handle", org));
        String current = "aws_current_" + unique();
        String connectionId = Ids.newId(Ids.CONNECTION);
        tree.connection(TreeEvents.CONNECTION_UPDATED, connectionId, root, current, ConnectionData.ENABLED, 5);

        // when
        tree.connection(
                TreeEvents.CONNECTION_UPDATED, connectionId, root, "aws_stale_" + unique(), ConnectionData.DISABLED, 4);
        String marker = "aws_marker_" + unique();
        tree.connection(root, marker);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactlyInAnyOrder(current, marker));
    }

    @Test
    void shouldRemoveConnectionsWhenGrantDeleted() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String handle = "aws_granted_" + unique();
        tree.connection(root, handle);
        TestTree.awaitOrgFolder(org, root);
        String grantId = grantFolder(org, root, Map.of("identity_handle", org));
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(handle));

        // when
        delete(TestTokens.orgOwner(org), folderPermissions(org, root) + "/" + grantId)
                .statusCode(200)
                .body("id", equalTo(grantId));

        // then
        assertThat(connectionHandles(org, workspace)).isEmpty();
        get(TestTokens.orgMember(org), folderPermissions(org, root))
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldGrantSingleConnectionByHandle() {
        // given
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = tree.rootFolder();
        String chosen = "aws_chosen_" + unique();
        tree.connection(root, chosen);
        tree.connection(root, "aws_other_" + unique());
        String path = "/api/v0/org/" + org + "/connection/" + chosen + "/permission";
        await().atMost(TestTree.TIMEOUT)
                .until(() -> get(TestTokens.orgOwner(org), path).extract().statusCode() == 200);

        // when
        post(TestTokens.orgOwner(org), path, Map.of("identity_handle", org, "workspace_handle", workspace))
                .statusCode(201)
                .body("resource_type", equalTo("connection"))
                .body("target_type", equalTo("workspace"))
                .body("workspace_handle", equalTo(workspace))
                .body("identity_handle", equalTo(org))
                .body("origin", equalTo("user"));

        // then
        assertThat(connectionHandles(org, workspace)).containsExactly(chosen);
    }

    @Test
    void shouldValidateGrantRequestsAndAccess() {
        // given
        String org = "org-" + unique();
        String otherOrg = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        TestDirectory.createOrg(otherOrg);
        TestDirectory.createWorkspace(otherOrg, "ws" + unique());
        String root = tree.rootFolder();
        TestTree.awaitOrgFolder(org, root);
        String path = folderPermissions(org, root);
        String owner = TestTokens.orgOwner(org);

        // then: nothing crosses orgs
        post(owner, path, Map.of("identity_handle", otherOrg))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.identity_handle"));
        post(owner, path, Map.of("identity_handle", org, "workspace_handle", "nosuchws"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.workspace_handle"));
        post(owner, path, Map.of("tenant_handle", "default"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.tenant_handle"));
        post(owner, path, Map.of())
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.identity_handle"));
        // the folder is invisible from another org, and members cannot write
        post(TestTokens.orgOwner(otherOrg), folderPermissions(otherOrg, root), Map.of("identity_handle", otherOrg))
                .statusCode(404);
        post(TestTokens.orgOwner(otherOrg), path, Map.of("identity_handle", org))
                .statusCode(404);
        post(TestTokens.orgMember(org), path, Map.of("identity_handle", org)).statusCode(403);
        post(owner, "/api/v0/org/" + org + "/connection/aws_nosuch/permission", Map.of("identity_handle", org))
                .statusCode(404);

        // and a second equal grant is a conflict
        post(owner, path, Map.of("identity_handle", org)).statusCode(201);
        post(owner, path, Map.of("identity_handle", org)).statusCode(409);
    }

    private static String grantFolder(String org, String folderId, Map<String, String> body) {
        return post(TestTokens.orgOwner(org), folderPermissions(org, folderId), body)
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String folderPermissions(String org, String folderId) {
        return "/api/v0/org/" + org + "/connection_folder/" + folderId + "/permission";
    }

    /** "added <schema>" and "removed <schema>" for each workspace-connection event of the workspace, in order. */
    static List<String> workspaceConnectionEvents(DirectoryEventsProbe probe, String workspaceId) {
        return probe.events().stream()
                .filter(event -> workspaceId.equals(event.subject()))
                .filter(event -> event.type().startsWith("io.orgbridge.workspace-connection."))
                .map(GrantInheritanceTest::describe)
                .toList();
    }

    private static String describe(CloudEvent event) {
        WorkspaceConnectionData data = EventCodec.data(event, WorkspaceConnectionData.class);
        String change = event.type().equals(EventTypes.WORKSPACE_CONNECTION_ADDED) ? "added" : "removed";
        return change + " " + data.schemaName();
    }
}
