package io.orgbridge.permission;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.delete;
import static io.orgbridge.permission.TestDirectory.get;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class WorkspaceResourceTest {

    @Test
    void shouldCreateWorkspaceWhenOrgOwner() {
        // given
        String org = "org-" + unique();
        String orgId = TestDirectory.createOrg(org);
        String handle = "ws" + unique();

        // when
        post(TestTokens.orgOwner(org), "/api/v0/org/" + org + "/workspace", Map.of("handle", handle))
                // then
                .statusCode(201)
                .body("id", matchesPattern("^w_[0-9a-v]{20}$"))
                .body("handle", equalTo(handle))
                .body("org_id", equalTo(orgId))
                .body("org_handle", equalTo(org))
                .body("tenant_id", equalTo("t_00000000000000000000"))
                .body("search_path", contains("public"))
                .body("version_id", equalTo(1));
    }

    @Test
    void shouldRejectInvalidWorkspaceHandleNamingField() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);

        // when / then
        post(TestTokens.orgOwner(org), "/api/v0/org/" + org + "/workspace", Map.of("handle", "Has-Dash"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.handle"))
                .body("validation_errors[0].message", containsString("Has-Dash"));
    }

    @Test
    void shouldRejectMissingBody() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);

        // when / then
        given().auth()
                .oauth2(TestTokens.orgOwner(org))
                .contentType("application/json")
                .when()
                .post("/api/v0/org/" + org + "/workspace")
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body"));
    }

    @Test
    void shouldRejectDuplicateWorkspaceHandleInOrg() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);
        String handle = "ws" + unique();
        TestDirectory.createWorkspace(org, handle);

        // when / then
        post(TestTokens.orgOwner(org), "/api/v0/org/" + org + "/workspace", Map.of("handle", handle))
                .statusCode(409)
                .body("detail", containsString(handle));
    }

    @Test
    void shouldAllowSameWorkspaceHandleInAnotherOrg() {
        // given
        String first = "org-" + unique();
        String second = "org-" + unique();
        TestDirectory.createOrg(first);
        TestDirectory.createOrg(second);
        String handle = "ws" + unique();
        TestDirectory.createWorkspace(first, handle);

        // when / then
        post(TestTokens.orgOwner(second), "/api/v0/org/" + second + "/workspace", Map.of("handle", handle))
                .statusCode(201);
    }

    @Test
    void shouldForbidWorkspaceCreationWhenMemberOnly() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);

        // when / then
        post(TestTokens.orgMember(org), "/api/v0/org/" + org + "/workspace", Map.of("handle", "ws" + unique()))
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldHideWorkspacesFromNonMembers() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);
        String handle = "ws" + unique();
        TestDirectory.createWorkspace(org, handle);
        String stranger = TestTokens.orgOwner("org-" + unique());

        // when / then
        get(stranger, "/api/v0/org/" + org + "/workspace").statusCode(404);
        get(stranger, "/api/v0/org/" + org + "/workspace/" + handle).statusCode(404);
        post(stranger, "/api/v0/org/" + org + "/workspace", Map.of("handle", "ws" + unique()))
                .statusCode(404);
    }

    @Test
    void shouldListWorkspacesInPages() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);
        TestDirectory.createWorkspace(org, "a" + unique());
        TestDirectory.createWorkspace(org, "b" + unique());
        TestDirectory.createWorkspace(org, "c" + unique());

        // when
        String nextToken = get(TestTokens.orgMember(org), "/api/v0/org/" + org + "/workspace?limit=2")
                .statusCode(200)
                .body("items", hasSize(2))
                .body("next_token", notNullValue())
                .extract()
                .path("next_token");

        // then
        get(TestTokens.orgMember(org), "/api/v0/org/" + org + "/workspace?limit=2&next_token=" + nextToken)
                .statusCode(200)
                .body("items", hasSize(1))
                .body("next_token", nullValue());
    }

    @Test
    void shouldDeleteWorkspaceAndReturnIt() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);
        String handle = "ws" + unique();
        String id = TestDirectory.createWorkspace(org, handle);

        // when
        delete(TestTokens.orgOwner(org), "/api/v0/org/" + org + "/workspace/" + handle)
                // then
                .statusCode(200)
                .body("id", equalTo(id));
        get(TestTokens.orgOwner(org), "/api/v0/org/" + org + "/workspace/" + handle)
                .statusCode(404);
    }

    @Test
    void shouldRejectDeleteWhenIfMatchIsStale() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);
        String handle = "ws" + unique();
        TestDirectory.createWorkspace(org, handle);

        // when / then
        given().auth()
                .oauth2(TestTokens.orgOwner(org))
                .header("If-Match", "\"7\"")
                .when()
                .delete("/api/v0/org/" + org + "/workspace/" + handle)
                .then()
                .statusCode(412);
        get(TestTokens.orgMember(org), "/api/v0/org/" + org + "/workspace/" + handle)
                .statusCode(200);
    }

    @Test
    void shouldForbidDeleteWhenMemberOnly() {
        // given
        String org = "org-" + unique();
        TestDirectory.createOrg(org);
        String handle = "ws" + unique();
        TestDirectory.createWorkspace(org, handle);

        // when / then
        delete(TestTokens.orgMember(org), "/api/v0/org/" + org + "/workspace/" + handle)
                .statusCode(403);
    }
}
