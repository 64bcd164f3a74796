package io.orgbridge.integration.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.client.TenantView;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Tenant integrations and the handle rules across a custom tenant and its orgs. */
@QuarkusTest
class TenantIntegrationResourceTest {

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private Directory directory;
    private TenantView tenant;
    private OrgView org;
    private String owner;

    @BeforeEach
    void registerTenantAndOrg() {
        directory = new Directory(permissions);
        tenant = directory.customTenant(TestData.unique("corp"));
        org = directory.org(TestData.unique("corpteam"), "team", tenant);
        owner = TestTokens.token(
                "u_corpowner", "tenant:" + tenant.handle() + ":owner", "org:" + org.handle() + ":owner");
    }

    @Test
    void shouldManageIntegrationWhenTenantOwner() {
        // when
        create(tenantPath(), "corp-aws")
                .statusCode(201)
                .body("tenant_id", equalTo(tenant.id()))
                .body("org_id", nullValue())
                .body("identity_id", equalTo(tenant.id()));

        // then
        given().auth()
                .oauth2(TestTokens.tenantOwner(tenant.handle()))
                .get(tenantPath() + "/corp-aws")
                .then()
                .statusCode(200)
                .body("handle", equalTo("corp-aws"));
        given().auth()
                .oauth2(owner)
                .get(tenantPath())
                .then()
                .statusCode(200)
                .body("items.handle", equalTo(List.of("corp-aws")));
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .header("If-Match", "1")
                .body(Map.of("config", Map.of("default_region", "eu-west-1")))
                .patch(tenantPath() + "/corp-aws")
                .then()
                .statusCode(200)
                .body("config.default_region", equalTo("eu-west-1"));
        given().auth()
                .oauth2(owner)
                .delete(tenantPath() + "/corp-aws?confirm=corp-aws")
                .then()
                .statusCode(200)
                .body("version_id", equalTo(3));
    }

    @Test
    void shouldRequireCustomTenantWhenCreating() {
        // given
        TenantView shared = directory.defaultTenant(TestData.unique("shared"));

        // when
        var response = given().auth()
                .oauth2(TestTokens.tenantOwner(shared.handle()))
                .contentType(ContentType.JSON)
                .body(TestData.createBody("corp-aws", TestData.roleConfig(shared.id())))
                .post("/api/v0/tenant/" + shared.handle() + "/integration")
                .then();

        // then
        response.statusCode(402).body("detail", containsString("not a custom tenant"));
    }

    @Test
    void shouldRejectOrgHandleWhenTenantUsesIt() {
        // given
        create(tenantPath(), "shared-aws").statusCode(201);

        // when
        var response = create(orgPath(), "shared-aws");

        // then
        response.statusCode(409)
                .body("detail", containsString("an integration of tenant " + tenant.handle()))
                .body("detail", containsString("in a custom tenant"));
    }

    @Test
    void shouldRejectTenantHandleWhenOrgUsesIt() {
        // given
        create(orgPath(), "team-aws").statusCode(201);

        // when
        var response = create(tenantPath(), "team-aws");

        // then
        response.statusCode(409)
                .body("detail", containsString("an integration of org " + org.handle()))
                .body("detail", containsString("all its orgs"));
    }

    @Test
    void shouldRejectDuplicateHandleInOrg() {
        // given
        create(orgPath(), "team-aws").statusCode(201);

        // when
        var response = create(orgPath(), "team-aws");

        // then
        response.statusCode(409).body("detail", containsString("another integration of org " + org.handle()));
    }

    @Test
    void shouldAllowSameHandleInDefaultTenantOrgs() {
        // given
        String first = TestData.unique("first");
        String second = TestData.unique("second");
        OrgView firstOrg = directory.org(first, "team");
        OrgView secondOrg = directory.org(second, "team");
        String both = TestTokens.token("u_both", "org:" + first + ":owner", "org:" + second + ":owner");

        // when
        var firstResponse = create(both, "/api/v0/org/" + first + "/integration", "aws", firstOrg.id());
        var secondResponse = create(both, "/api/v0/org/" + second + "/integration", "aws", secondOrg.id());

        // then
        firstResponse.statusCode(201);
        secondResponse.statusCode(201);
    }

    @Test
    void shouldAllowSameHandleInSiblingOrgs() {
        // given
        OrgView sibling = directory.org(TestData.unique("sibling"), "team", tenant);
        String both =
                TestTokens.token("u_both", "org:" + org.handle() + ":owner", "org:" + sibling.handle() + ":owner");

        // when
        var firstResponse = create(both, orgPath(), "aws", org.id());
        var secondResponse = create(both, "/api/v0/org/" + sibling.handle() + "/integration", "aws", sibling.id());

        // then
        firstResponse.statusCode(201);
        secondResponse.statusCode(201);
    }

    @Test
    void shouldRejectRenameWhenHandleClashes() {
        // given
        create(tenantPath(), "tenant-aws").statusCode(201);
        create(orgPath(), "org-aws").statusCode(201);

        // when
        var response = given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("handle", "tenant-aws"))
                .patch(orgPath() + "/org-aws")
                .then();

        // then
        response.statusCode(409).body("detail", containsString("tenant-aws"));
        given().auth().oauth2(owner).get(orgPath() + "/org-aws").then().statusCode(200);
    }

    @Test
    void shouldCreateOneWhenCreatesRace() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            attempts.add(() -> create(tenantPath(), "race-aws").extract().statusCode());
            attempts.add(() -> create(orgPath(), "race-aws").extract().statusCode());
        }

        // when
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void shouldListOnlyTenantIntegrations() {
        // given
        create(tenantPath(), "tenant-aws").statusCode(201);
        create(orgPath(), "org-aws").statusCode(201);

        // when
        var response = given().auth().oauth2(owner).get(tenantPath()).then();

        // then
        response.statusCode(200).body("items.handle", equalTo(List.of("tenant-aws")));
    }

    private String tenantPath() {
        return "/api/v0/tenant/" + tenant.handle() + "/integration";
    }

    private String orgPath() {
        return "/api/v0/org/" + org.handle() + "/integration";
    }

    /** Creates an integration in the tenant or in its org, with external IDs of that owner. */
    private ValidatableResponse create(String path, String handle) {
        String ownerId = path.equals(tenantPath()) ? tenant.id() : org.id();
        return create(owner, path, handle, ownerId);
    }

    private static ValidatableResponse create(String token, String path, String handle, String ownerId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody(handle, TestData.roleConfig(ownerId)))
                .post(path)
                .then();
    }
}
