package io.orgbridge.permission;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.connectionHandles;
import static io.orgbridge.permission.TestDirectory.get;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Grants made from an integration's permissions setting, fed through integration-events and connection-events. */
@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class InitialPermissionsTest {

    private static final String DEFAULT_TENANT = "t_00000000000000000000";
    private static final PermissionSettings ALL = new PermissionSettings(PermissionSettings.ALL_WORKSPACES, List.of());
    private static final PermissionSettings NONE = new PermissionSettings(PermissionSettings.NONE, List.of());

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
    void shouldCreateOrgGrantOnceWhenEventsRedelivered() {
        // given
        String org = "org-" + unique();
        String orgId = TestDirectory.createOrg(org);
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        TestTree tree = new TestTree(events, DEFAULT_TENANT, orgId);
        IntegrationData created = integration(tree, 1, ALL);
        CloudEvent createdEvent = events.sendIntegration(EventTypes.INTEGRATION_CREATED, created);
        String root = Ids.newId(Ids.FOLDER);
        CloudEvent rootEvent = tree.folder(TreeEvents.FOLDER_CREATED, root, null, true, 1);
        String handle = "aws_first_" + unique();
        tree.connection(root, handle);
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(handle));

        // when
        events.resend(Topics.INTEGRATION_EVENTS, tree.integrationId, createdEvent);
        events.resend(Topics.CONNECTION_EVENTS, tree.integrationId, rootEvent);
        events.sendIntegration(EventTypes.INTEGRATION_UPDATED, integration(tree, 2, ALL));
        tree.folder(TreeEvents.FOLDER_UPDATED, root, null, true, 2);
        String marker = "aws_marker_" + unique();
        tree.connection(root, marker);
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .contains(marker));

        // then
        JsonPath grants = folderGrants(org, root);
        assertThat(grants.getList("items.target_type", String.class)).containsExactly("org");
        assertThat(grants.getList("items.target_id", String.class)).containsExactly(orgId);
        assertThat(grants.getList("items.origin", String.class)).containsExactly("integration");
        assertThat(grants.getList("items.integration_id", String.class)).containsExactly(tree.integrationId);
    }

    @Test
    void shouldGrantListedWorkspacesAndSkipUnknownHandles() {
        // given
        String org = "org-" + unique();
        String orgId = TestDirectory.createOrg(org);
        String listed = "ws" + unique();
        String unlisted = "ws" + unique();
        TestDirectory.createWorkspace(org, listed);
        TestDirectory.createWorkspace(org, unlisted);
        TestTree tree = new TestTree(events, DEFAULT_TENANT, orgId);
        String root = Ids.newId(Ids.FOLDER);
        String handle = "aws_listed_" + unique();

        // when: the folder arrives before the integration
        tree.folder(TreeEvents.FOLDER_CREATED, root, null, true, 1);
        tree.connection(root, handle);
        var settings = new PermissionSettings(PermissionSettings.WORKSPACES, List.of(listed, "nosuchws"));
        events.sendIntegration(EventTypes.INTEGRATION_CREATED, integration(tree, 1, settings));

        // then
        await().atMost(TestTree.TIMEOUT)
                .untilAsserted(() -> assertThat(connectionHandles(org, listed)).containsExactly(handle));
        assertThat(connectionHandles(org, unlisted)).isEmpty();
        assertThat(folderGrants(org, root).getList("items.workspace_handle", String.class))
                .containsExactly(listed);
    }

    @Test
    void shouldAdjustOnlyIntegrationGrants() {
        // given
        String org = "org-" + unique();
        String orgId = TestDirectory.createOrg(org);
        String first = "ws" + unique();
        String second = "ws" + unique();
        TestDirectory.createWorkspace(org, first);
        TestDirectory.createWorkspace(org, second);
        TestTree tree = new TestTree(events, DEFAULT_TENANT, orgId);
        events.sendIntegration(EventTypes.INTEGRATION_CREATED, integration(tree, 1, ALL));
        String root = Ids.newId(Ids.FOLDER);
        tree.folder(TreeEvents.FOLDER_CREATED, root, null, true, 1);
        String handle = "aws_shared_" + unique();
        tree.connection(root, handle);
        await().atMost(TestTree.TIMEOUT)
                .untilAsserted(() -> assertThat(connectionHandles(org, second)).containsExactly(handle));
        post(
                        TestTokens.orgOwner(org),
                        "/api/v0/org/" + org + "/connection_folder/" + root + "/permission",
                        Map.of("identity_handle", org, "workspace_handle", second))
                .statusCode(201);

        // when
        var onlyFirst = new PermissionSettings(PermissionSettings.WORKSPACES, List.of(first));
        events.sendIntegration(EventTypes.INTEGRATION_UPDATED, integration(tree, 2, onlyFirst));

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(grantSummaries(org, root))
                .containsExactlyInAnyOrder("workspace " + first + " integration", "workspace " + second + " user"));
        assertThat(connectionHandles(org, first)).containsExactly(handle);
        assertThat(connectionHandles(org, second)).containsExactly(handle);

        // when
        events.sendIntegration(EventTypes.INTEGRATION_UPDATED, integration(tree, 3, NONE));

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(grantSummaries(org, root))
                .containsExactly("workspace " + second + " user"));
        assertThat(connectionHandles(org, first)).isEmpty();
        assertThat(connectionHandles(org, second)).containsExactly(handle);
    }

    @Test
    void shouldRemoveGrantsAndItemsWhenIntegrationDeleted() {
        // given
        String org = "org-" + unique();
        String orgId = TestDirectory.createOrg(org);
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        TestTree tree = new TestTree(events, DEFAULT_TENANT, orgId);
        events.sendIntegration(EventTypes.INTEGRATION_CREATED, integration(tree, 1, ALL));
        String root = Ids.newId(Ids.FOLDER);
        tree.folder(TreeEvents.FOLDER_CREATED, root, null, true, 1);
        String handle = "aws_doomed_" + unique();
        tree.connection(root, handle);
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(handle));

        // when
        events.sendIntegration(EventTypes.INTEGRATION_DELETED, integration(tree, 2, ALL));

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .isEmpty());
        get(TestTokens.orgMember(org), "/api/v0/org/" + org + "/connection_folder/" + root + "/permission")
                .statusCode(404);
    }

    @Test
    void shouldGrantTenantForTenantIntegration() {
        // given
        String tenant = "tenant-" + unique();
        String tenantId = TestDirectory.createTenant(tenant);
        String org = "org-" + unique();
        TestDirectory.createOrg(org, tenant);
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        TestTree tree = new TestTree(events, tenantId, null);

        // when
        events.sendIntegration(
                EventTypes.INTEGRATION_CREATED,
                TreeEvents.integration(tree.integrationId, "tenant", tenantId, null, 1, ALL));
        String root = Ids.newId(Ids.FOLDER);
        tree.folder(TreeEvents.FOLDER_CREATED, root, null, true, 1);
        String handle = "aws_tenantwide_" + unique();
        tree.connection(root, handle);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(handle));
        JsonPath grants = get(
                        TestTokens.tenantOwner(tenant),
                        "/api/v0/tenant/" + tenant + "/connection_folder/" + root + "/permission")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(grants.getList("items.target_type", String.class)).containsExactly("tenant");
        assertThat(grants.getList("items.target_id", String.class)).containsExactly(tenantId);
    }

    private static IntegrationData integration(TestTree tree, long version, PermissionSettings permissions) {
        return TreeEvents.integration(tree.integrationId, "org", tree.tenantId, tree.orgId, version, permissions);
    }

    private static JsonPath folderGrants(String org, String folderId) {
        return get(TestTokens.orgMember(org), "/api/v0/org/" + org + "/connection_folder/" + folderId + "/permission")
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** "<target type> <workspace handle or target id> <origin>" for each grant on the folder. */
    private static List<String> grantSummaries(String org, String folderId) {
        JsonPath grants = folderGrants(org, folderId);
        List<Map<String, Object>> items = grants.getList("items");
        return items.stream()
                .map(item -> item.get("target_type") + " "
                        + (item.get("workspace_handle") != null ? item.get("workspace_handle") : item.get("target_id"))
                        + " " + item.get("origin"))
                .toList();
    }
}
