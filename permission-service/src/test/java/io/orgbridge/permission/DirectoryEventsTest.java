package io.orgbridge.permission;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.directory.GrantData;
import io.orgbridge.events.directory.OrgData;
import io.orgbridge.events.directory.TenantData;
import io.orgbridge.events.directory.WorkspaceData;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.delete;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The directory-events the service publishes through its outbox, read back from Kafka. */
@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class DirectoryEventsTest {

    private static final String DEFAULT_TENANT = "t_00000000000000000000";

    @Test
    void shouldPublishDirectoryEventsInOrderOfChanges() {
        try (DirectoryEventsProbe probe = new DirectoryEventsProbe(TestServers.kafkaBootstrap());
                TreeEvents events = new TreeEvents(TestServers.kafkaBootstrap())) {
            // given
            String tenant = "tenant-" + unique();
            String tenantId = TestDirectory.createTenant(tenant);
            String org = "org-" + unique();
            String orgId = TestDirectory.createOrg(org);
            String workspace = "ws" + unique();
            String workspaceId = TestDirectory.createWorkspace(org, workspace);
            TestTree tree = new TestTree(events, DEFAULT_TENANT, orgId);
            String root = tree.rootFolder();
            String handle = "aws_evt_" + unique();
            String connectionId = tree.connection(root, handle);
            TestTree.awaitOrgFolder(org, root);
            String grantId = post(
                            TestTokens.orgOwner(org),
                            "/api/v0/org/" + org + "/connection_folder/" + root + "/permission",
                            Map.of("identity_handle", org, "workspace_handle", workspace))
                    .statusCode(201)
                    .extract()
                    .path("id");

            // when
            delete(TestTokens.orgOwner(org), "/api/v0/org/" + org + "/workspace/" + workspace)
                    .statusCode(200);

            // then
            // Events of one org share its key, so they arrive in order; the tenant's event has its own key.
            Set<String> ours = Set.of(orgId, workspaceId, grantId);
            await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(types(probe, ours))
                    .containsExactly(
                            EventTypes.ORG_CREATED,
                            EventTypes.WORKSPACE_CREATED,
                            EventTypes.GRANT_CREATED,
                            EventTypes.WORKSPACE_CONNECTION_ADDED,
                            EventTypes.WORKSPACE_CONNECTION_REMOVED,
                            EventTypes.GRANT_DELETED,
                            EventTypes.WORKSPACE_DELETED));
            await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(types(probe, Set.of(tenantId)))
                    .containsExactly(EventTypes.TENANT_CREATED));
            assertThat(ofSubjects(probe, Set.of(tenantId))).singleElement().satisfies(event -> assertThat(
                            EventCodec.data(event, TenantData.class))
                    .isEqualTo(new TenantData(tenantId, tenant, "enterprise")));
            List<CloudEvent> published = ofSubjects(probe, ours);
            CloudEvent orgCreated = published.get(0);
            assertThat(orgCreated.source()).isEqualTo("/orgbridge/permission-service");
            assertThat(orgCreated.tenantid()).isEqualTo(DEFAULT_TENANT);
            assertThat(EventCodec.data(orgCreated, OrgData.class))
                    .isEqualTo(new OrgData(orgId, org, DEFAULT_TENANT, "team"));
            assertThat(EventCodec.data(published.get(1), WorkspaceData.class))
                    .isEqualTo(new WorkspaceData(workspaceId, workspace, orgId, DEFAULT_TENANT));
            assertThat(EventCodec.data(published.get(2), GrantData.class))
                    .isEqualTo(new GrantData(grantId, "folder", root, "workspace", workspaceId, DEFAULT_TENANT, orgId));
            assertThat(published.get(3).data().get("connection_id").asText()).isEqualTo(connectionId);
            assertThat(published.get(3).data().get("schema_name").asText()).isEqualTo(handle);
        }
    }

    private static List<CloudEvent> ofSubjects(DirectoryEventsProbe probe, Set<String> subjects) {
        return probe.events().stream()
                .filter(event -> subjects.contains(event.subject()))
                .toList();
    }

    private static List<String> types(DirectoryEventsProbe probe, Set<String> subjects) {
        return ofSubjects(probe, subjects).stream().map(CloudEvent::type).toList();
    }
}
