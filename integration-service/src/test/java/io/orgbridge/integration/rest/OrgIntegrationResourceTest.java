package io.orgbridge.integration.rest;

import java.util.List;
import java.util.Map;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OrgIntegrationResourceTest {

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private Directory directory;
    private String orgHandle;
    private OrgView org;

    @BeforeEach
    void registerOrg() {
        directory = new Directory(permissions);
        orgHandle = TestData.unique("acme");
        org = directory.org(orgHandle, "team");
    }

    @Test
    void shouldManageIntegrationWhenOrgOwner() {
        // given
        String token = TestTokens.orgOwner(orgHandle);

        // when
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(org.id())))
                .post(path())
                .then()
                .statusCode(201)
                .body("id", startsWith("i_"))
                .body("handle", equalTo("acme-aws"))
                .body("type", equalTo("aws"))
                .body("org_id", equalTo(org.id()))
                .body("tenant_id", equalTo(org.tenantId()))
                .body("identity_id", equalTo(org.id()))
                .body("state", equalTo("pending"))
                .body("version_id", equalTo(1))
                .body("created_by_id", equalTo("u_" + orgHandle + "owner"))
                .body("created_at", notNullValue())
                .body("config.discovery_mode", equalTo("role"))
                .body("config.discovery_role_arn", equalTo(TestData.DISCOVERY_ROLE_ARN))
                .body("config.discovery_external_id", equalTo(TestData.discoveryExternalId(org.id())))
                .body("config.regions", equalTo(List.of("*")))
                .body("config.default_region", equalTo("us-east-1"))
                .body("config.max_error_retry_attempts", equalTo(9))
                .body("config.min_error_retry_delay", equalTo(25))
                .body("config.ignore_error_codes", hasSize(0))
                .body("permissions.mode", equalTo("none"));

        // then
        given().auth()
                .oauth2(token)
                .get(path() + "/acme-aws")
                .then()
                .statusCode(200)
                .body("handle", equalTo("acme-aws"));
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(path())
                .then()
                .statusCode(200)
                .body("items.handle", equalTo(List.of("acme-aws")))
                .body("$", not(hasKey("next_token")));
        given().auth()
                .oauth2(token)
                .delete(path() + "/acme-aws?confirm=acme-aws")
                .then()
                .statusCode(200)
                .body("handle", equalTo("acme-aws"))
                .body("deleted_at", notNullValue())
                .body("deleted_by_id", equalTo("u_" + orgHandle + "owner"))
                .body("version_id", equalTo(2));
        given().auth().oauth2(token).get(path() + "/acme-aws").then().statusCode(404);
    }

    @Test
    void shouldPageThroughIntegrations() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        for (String handle : List.of("aws-c", "aws-a", "aws-b")) {
            create(token, handle, TestData.roleConfig(org.id()));
        }

        // when
        String nextToken = given().auth()
                .oauth2(token)
                .get(path() + "?limit=2")
                .then()
                .statusCode(200)
                .body("items.handle", equalTo(List.of("aws-a", "aws-b")))
                .extract()
                .path("next_token");

        // then
        given().auth()
                .oauth2(token)
                .queryParam("limit", 2)
                .queryParam("next_token", nextToken)
                .get(path())
                .then()
                .statusCode(200)
                .body("items.handle", equalTo(List.of("aws-c")))
                .body("$", not(hasKey("next_token")));
        given().auth()
                .oauth2(token)
                .get(path() + "?limit=0")
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("query.limit"));
        given().auth()
                .oauth2(token)
                .get(path() + "?limit=ten")
                .then()
                .statusCode(400)
                .body("validation_errors[0].message", containsString("'ten'"));
    }

    @Test
    void shouldNeverReturnSecret() {
        // given
        String token = TestTokens.orgOwner(orgHandle);

        // when
        String created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("keyed", TestData.accessKeyConfig(org.id())))
                .post(path())
                .then()
                .statusCode(201)
                .body("config.discovery_access_key", equalTo(TestData.ACCESS_KEY_ID))
                .body("config.discovery_secret_key_set", equalTo(true))
                .body("config", not(hasKey("discovery_secret_key")))
                .extract()
                .asString();
        String fetched = given().auth()
                .oauth2(token)
                .get(path() + "/keyed")
                .then()
                .extract()
                .asString();
        String listed =
                given().auth().oauth2(token).get(path()).then().extract().asString();

        // then
        assertThat(created).doesNotContain(TestData.SECRET_ACCESS_KEY);
        assertThat(fetched).doesNotContain(TestData.SECRET_ACCESS_KEY);
        assertThat(listed).doesNotContain(TestData.SECRET_ACCESS_KEY);
    }

    @Test
    void shouldUpdateWhenVersionMatches() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));

        // when
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "handle", "acme-main",
                        "config", Map.of("regions", List.of("us-*", "eu-west-1"), "handle_prefix", "main_"),
                        "permissions", Map.of("mode", "all_workspaces")))
                .patch(path() + "/acme-aws")
                .then()
                .statusCode(200)
                .body("handle", equalTo("acme-main"))
                .body("version_id", equalTo(2))
                .body("config.regions", equalTo(List.of("us-*", "eu-west-1")))
                .body("config.handle_prefix", equalTo("main_"))
                .body("config.discovery_role_arn", equalTo(TestData.DISCOVERY_ROLE_ARN))
                .body("permissions.mode", equalTo("all_workspaces"))
                .body("updated_by_id", equalTo("u_" + orgHandle + "owner"));

        // then
        given().auth().oauth2(token).get(path() + "/acme-aws").then().statusCode(404);
        given().auth().oauth2(token).get(path() + "/acme-main").then().statusCode(200);
    }

    @Test
    void shouldRejectStaleIfMatch() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));
        patch(token, "acme-aws", Map.of("config", Map.of("handle_prefix", "one_")))
                .statusCode(200);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "1")
                .body(Map.of("config", Map.of("handle_prefix", "two_")))
                .patch(path() + "/acme-aws")
                .then();

        // then
        response.statusCode(412).contentType("application/problem+json").body("detail", containsString("version_id 2"));
        given().auth().oauth2(token).get(path() + "/acme-aws").then().body("config.handle_prefix", equalTo("one_"));
        given().auth()
                .oauth2(token)
                .header("If-Match", "1")
                .delete(path() + "/acme-aws?confirm=acme-aws")
                .then()
                .statusCode(412);
    }

    @Test
    void shouldAcceptStarIfMatch() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));
        patch(token, "acme-aws", Map.of("config", Map.of("handle_prefix", "one_")))
                .statusCode(200);

        // when
        var patched = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("config", Map.of("handle_prefix", "two_")))
                .patch(path() + "/acme-aws")
                .then();
        var deleted = given().auth()
                .oauth2(token)
                .header("If-Match", "*")
                .delete(path() + "/acme-aws?confirm=acme-aws")
                .then();

        // then
        patched.statusCode(200).body("config.handle_prefix", equalTo("two_")).body("version_id", equalTo(3));
        deleted.statusCode(200).body("version_id", equalTo(4));
    }

    @Test
    void shouldKeepVersionWhenUnchanged() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));

        // when
        var response = patch(token, "acme-aws", Map.of("config", Map.of("role_name", TestData.MEMBER_ROLE_NAME)));

        // then
        response.statusCode(200).body("version_id", equalTo(1));
    }

    @Test
    void shouldDropOldCredentialsWhenModeChanges() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.accessKeyConfig(org.id()));

        // when
        var response = patch(
                token,
                "acme-aws",
                Map.of(
                        "config",
                        Map.of(
                                "discovery_mode",
                                "role",
                                "discovery_role_arn",
                                TestData.DISCOVERY_ROLE_ARN,
                                "discovery_external_id",
                                TestData.discoveryExternalId(org.id()))));

        // then
        response.statusCode(200)
                .body("config.discovery_mode", equalTo("role"))
                .body("config", not(hasKey("discovery_access_key")))
                .body("config", not(hasKey("discovery_secret_key_set")))
                .body("state", equalTo("pending"));
    }

    @Test
    void shouldRequireSecretForNewKey() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.accessKeyConfig(org.id()));

        // when
        var response =
                patch(token, "acme-aws", Map.of("config", Map.of("discovery_access_key", "AKIAEXAMPLEOTHERKEY1")));

        // then
        response.statusCode(400).body("validation_errors.location", hasItems("body.config.discovery_secret_key"));
        patch(token, "acme-aws", Map.of("config", Map.of("handle_prefix", "keep_")))
                .statusCode(200)
                .body("config.discovery_secret_key_set", equalTo(true));
    }

    @Test
    void shouldDisableAndEnable() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));

        // when
        patch(token, "acme-aws", Map.of("state", "disabled")).statusCode(200).body("state", equalTo("disabled"));

        // then
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("command", "refresh"))
                .post(path() + "/acme-aws/command")
                .then()
                .statusCode(409)
                .body("detail", containsString("disabled"));
        patch(token, "acme-aws", Map.of("state", "enabled")).statusCode(200).body("state", equalTo("pending"));
        patch(token, "acme-aws", Map.of("state", "error"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.state"));
    }

    @Test
    void shouldRequireDeleteConfirmation() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));

        // when
        var missing = given().auth().oauth2(token).delete(path() + "/acme-aws").then();
        var wrong = given().auth()
                .oauth2(token)
                .delete(path() + "/acme-aws?confirm=acme")
                .then();

        // then
        missing.statusCode(400)
                .body("validation_errors[0].location", equalTo("query.confirm"))
                .body("validation_errors[0].message", containsString("?confirm=acme-aws"));
        wrong.statusCode(400).body("validation_errors[0].message", containsString("'acme' does not match"));
        given().auth().oauth2(token).get(path() + "/acme-aws").then().statusCode(200);
    }

    @Test
    void shouldReuseHandleAfterDelete() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        create(token, "acme-aws", TestData.roleConfig(org.id()));
        given().auth()
                .oauth2(token)
                .delete(path() + "/acme-aws?confirm=acme-aws")
                .then()
                .statusCode(200);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(org.id())))
                .post(path())
                .then();

        // then
        response.statusCode(201).body("version_id", equalTo(1));
    }

    @Test
    void shouldRejectMissingToken() {
        // when
        var response = given().get(path()).then();

        // then
        response.statusCode(401);
    }

    @Test
    void shouldHideOtherOrgs() {
        // given
        String otherOrg = TestData.unique("other");
        directory.org(otherOrg, "team");
        create(TestTokens.orgOwner(orgHandle), "acme-aws", TestData.roleConfig(org.id()));
        String outsider = TestTokens.orgOwner(otherOrg);

        // when
        var list = given().auth().oauth2(outsider).get(path()).then();
        var get = given().auth().oauth2(outsider).get(path() + "/acme-aws").then();

        // then
        list.statusCode(404).contentType("application/problem+json");
        get.statusCode(404);
    }

    @Test
    void shouldForbidWritesByMembers() {
        // given
        String member = TestTokens.orgMember(orgHandle);
        create(TestTokens.orgOwner(orgHandle), "acme-aws", TestData.roleConfig(org.id()));

        // when
        var createResponse = given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("member-aws", TestData.roleConfig(org.id())))
                .post(path())
                .then();
        var patchResponse = given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(Map.of("handle", "renamed"))
                .patch(path() + "/acme-aws")
                .then();
        var deleteResponse = given().auth()
                .oauth2(member)
                .delete(path() + "/acme-aws?confirm=acme-aws")
                .then();

        // then
        createResponse.statusCode(403);
        patchResponse.statusCode(403);
        deleteResponse.statusCode(403);
        given().auth().oauth2(member).get(path() + "/acme-aws").then().statusCode(200);
    }

    @Test
    void shouldRequirePaidPlan() {
        // given
        String freeOrg = TestData.unique("free");
        OrgView free = directory.org(freeOrg, "free");

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(freeOrg))
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(free.id())))
                .post("/api/v0/org/" + freeOrg + "/integration")
                .then();

        // then
        response.statusCode(402)
                .body("detail", containsString("'free' plan"))
                .body("detail", containsString("team or enterprise"));
    }

    @Test
    void shouldAcceptEnterprisePlan() {
        // given
        String enterpriseOrg = TestData.unique("ent");
        OrgView enterprise = directory.org(enterpriseOrg, "enterprise");

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(enterpriseOrg))
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(enterprise.id())))
                .post("/api/v0/org/" + enterpriseOrg + "/integration")
                .then();

        // then
        response.statusCode(201).body("state_reason", nullValue());
    }

    private String path() {
        return "/api/v0/org/" + orgHandle + "/integration";
    }

    private void create(String token, String handle, Map<String, Object> config) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody(handle, config))
                .post(path())
                .then()
                .statusCode(201);
    }

    private ValidatableResponse patch(String token, String handle, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .patch(path() + "/" + handle)
                .then();
    }
}
