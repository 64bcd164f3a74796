package io.orgbridge.permission;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.connectionHandles;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Grants on tenant-level items, and the walls between tenants and between orgs. */
@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class TenantGrantTest {

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
    void shouldReachEveryOrgWhenTenantGranted() {
        // given
        Tenant tenant = Tenant.create();
        String handle = "aws_tenant_" + unique();
        String root = tenant.tree.rootFolder();
        tenant.tree.connection(root, handle);
        TestTree.awaitFolder(tenant.path(), root, tenant.ownerToken());

        // when
        post(tenant.ownerToken(), tenant.folderPermissions(root), Map.of("tenant_handle", tenant.handle))
                .statusCode(201)
                .body("target_type", equalTo("tenant"))
                .body("tenant_handle", equalTo(tenant.handle));

        // then
        assertThat(connectionHandles(tenant.firstOrg, tenant.firstWorkspace)).containsExactly(handle);
        assertThat(connectionHandles(tenant.secondOrg, tenant.secondWorkspace)).containsExactly(handle);

        // when an org and a workspace are added to the tenant later
        String laterOrg = "org-" + unique();
        TestDirectory.createOrg(laterOrg, tenant.handle);
        String laterWorkspace = "ws" + unique();
        TestDirectory.createWorkspace(laterOrg, laterWorkspace);

        // then
        assertThat(connectionHandles(laterOrg, laterWorkspace)).containsExactly(handle);
    }

    @Test
    void shouldReachOnlyChosenOrgOrWorkspace() {
        // given
        Tenant tenant = Tenant.create();
        String root = tenant.tree.rootFolder();
        String orgWide = "aws_orgwide_" + unique();
        String single = "aws_single_" + unique();
        tenant.tree.connection(root, orgWide);
        tenant.tree.connection(root, single);
        String connectionPath = tenant.path() + "/connection/" + single + "/permission";
        await().atMost(TestTree.TIMEOUT)
                .until(() -> TestDirectory.get(tenant.ownerToken(), connectionPath)
                                .extract()
                                .statusCode()
                        == 200);

        // when
        post(
                        tenant.ownerToken(),
                        tenant.path() + "/connection/" + orgWide + "/permission",
                        Map.of("identity_handle", tenant.firstOrg))
                .statusCode(201)
                .body("target_type", equalTo("org"));
        post(
                        tenant.ownerToken(),
                        connectionPath,
                        Map.of("identity_handle", tenant.secondOrg, "workspace_handle", tenant.secondWorkspace))
                .statusCode(201)
                .body("target_type", equalTo("workspace"));

        // then
        assertThat(connectionHandles(tenant.firstOrg, tenant.firstWorkspace)).containsExactly(orgWide);
        assertThat(connectionHandles(tenant.secondOrg, tenant.secondWorkspace)).containsExactly(single);
    }

    @Test
    void shouldRejectHandlesWithNulInTenantGrant() {
        // given
        Tenant tenant = Tenant.create();
        String root = tenant.tree.rootFolder();
        TestTree.awaitFolder(tenant.path(), root, tenant.ownerToken());
        String path = tenant.folderPermissions(root);

        // then: PostgreSQL text cannot hold U+0000, so the handles never reach a query
        post(tenant.ownerToken(), path, Map.of("identity_handle", tenant.firstOrg + "\u0000"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.identity_handle"));
        post(
                        tenant.ownerToken(),
                        path,
                        Map.of(
                                "identity_handle",
                                tenant.firstOrg,
                                "workspace_handle",
                                tenant.firstWorkspace + "\u0000"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.workspace_handle"));
    }

    @Test
    void shouldRejectTenantGrantsThatCrossTenants() {
        // given
        Tenant tenant = Tenant.create();
        String outsider = "org-" + unique();
        TestDirectory.createOrg(outsider);
        String root = tenant.tree.rootFolder();
        TestTree.awaitFolder(tenant.path(), root, tenant.ownerToken());
        String path = tenant.folderPermissions(root);

        // then
        post(tenant.ownerToken(), path, Map.of("identity_handle", outsider))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.identity_handle"));
        post(tenant.ownerToken(), path, Map.of("tenant_handle", "default"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.tenant_handle"));
        post(tenant.ownerToken(), path, Map.of("workspace_handle", tenant.firstWorkspace))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.identity_handle"));
        post(TestTokens.orgOwner(tenant.firstOrg), path, Map.of("tenant_handle", tenant.handle))
                .statusCode(404);
        post(
                        TestTokens.token("u_reader", "tenant:" + tenant.handle + ":member"),
                        path,
                        Map.of("tenant_handle", tenant.handle))
                .statusCode(403);
        post(TestTokens.tenantOwner("tenant-" + unique()), path, Map.of("tenant_handle", tenant.handle))
                .statusCode(404);
    }

    @Test
    void shouldKeepOrgItemsInsideTheirOrg() {
        // given
        Tenant tenant = Tenant.create();
        TestTree orgTree = new TestTree(events, tenant.id, tenant.firstOrgId);
        String root = orgTree.rootFolder();
        String handle = "aws_orgonly_" + unique();
        orgTree.connection(root, handle);
        TestTree.awaitOrgFolder(tenant.firstOrg, root);

        // when
        post(
                        TestTokens.orgOwner(tenant.firstOrg),
                        "/api/v0/org/" + tenant.firstOrg + "/connection_folder/" + root + "/permission",
                        Map.of("identity_handle", tenant.firstOrg))
                .statusCode(201);

        // then
        assertThat(connectionHandles(tenant.firstOrg, tenant.firstWorkspace)).containsExactly(handle);
        assertThat(connectionHandles(tenant.secondOrg, tenant.secondWorkspace)).isEmpty();
        post(
                        TestTokens.orgOwner(tenant.firstOrg),
                        "/api/v0/org/" + tenant.firstOrg + "/connection_folder/" + root + "/permission",
                        Map.of("identity_handle", tenant.secondOrg))
                .statusCode(400);
        post(
                        TestTokens.tenantOwner(tenant.handle),
                        tenant.folderPermissions(root),
                        Map.of("tenant_handle", tenant.handle))
                .statusCode(404);
    }

    /** A custom tenant with two orgs, one workspace each, and a tree of tenant-level items. */
    private record Tenant(
            String handle,
            String id,
            String firstOrg,
            String firstOrgId,
            String firstWorkspace,
            String secondOrg,
            String secondWorkspace,
            TestTree tree) {

        static Tenant create() {
            String handle = "tenant-" + unique();
            String id = TestDirectory.createTenant(handle);
            String firstOrg = "org-" + unique();
            String firstOrgId = TestDirectory.createOrg(firstOrg, handle);
            String secondOrg = "org-" + unique();
            TestDirectory.createOrg(secondOrg, handle);
            String firstWorkspace = "ws" + unique();
            String secondWorkspace = "ws" + unique();
            TestDirectory.createWorkspace(firstOrg, firstWorkspace);
            TestDirectory.createWorkspace(secondOrg, secondWorkspace);
            return new Tenant(
                    handle,
                    id,
                    firstOrg,
                    firstOrgId,
                    firstWorkspace,
                    secondOrg,
                    secondWorkspace,
                    new TestTree(events, id, null));
        }

        String path() {
            return "/api/v0/tenant/" + handle;
        }

        String folderPermissions(String folderId) {
            return path() + "/connection_folder/" + folderId + "/permission";
        }

        String ownerToken() {
            return TestTokens.tenantOwner(handle);
        }
    }
}
