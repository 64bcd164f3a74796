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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Test Discovery against the in-process AWS simulator serving the example organization. Every test
 * works in the example org, whose id starts the external IDs the simulator's roles trust, so
 * integrations get unique handles.
 */
@QuarkusTest
class TestDiscoveryTest {

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private String orgHandle;
    private String token;

    @BeforeEach
    void registerOrg() {
        orgHandle = TestData.unique("probe");
        new Directory(permissions).exampleOrg(orgHandle);
        token = TestTokens.orgOwner(orgHandle);
    }

    @Test
    void shouldPassWithRightRole() {
        // when
        var response = testNew(TestData.roleConfig());

        // then
        response.statusCode(200)
                .body("ok", equalTo(true))
                .body("steps", hasSize(3))
                .body("steps[0].step", equalTo("sts:AssumeRole"))
                .body("steps[0].ok", equalTo(true))
                .body("steps[0].error_code", nullValue())
                .body("steps[1].step", equalTo("organizations:DescribeOrganization"))
                .body("steps[1].message", containsString("o-ex4mpl3c0rp"))
                .body("steps[2].step", equalTo("organizations:ListRoots"))
                .body("steps[2].message", containsString("r-ex4m"));
    }

    @Test
    void shouldDenyWrongExternalId() {
        // given
        var config = TestData.with(TestData.roleConfig(), "discovery_external_id", "o_examplecorp:wr0ng1d0");

        // when
        var response = testNew(config);

        // then
        response.statusCode(200)
                .body("ok", equalTo(false))
                .body("steps", hasSize(1))
                .body("steps[0].step", equalTo("sts:AssumeRole"))
                .body("steps[0].ok", equalTo(false))
                .body("steps[0].error_code", equalTo("AccessDenied"))
                .body("steps[0].message", containsString("not authorized to perform: sts:AssumeRole"));
    }

    @Test
    void shouldPassWithRightAccessKey() {
        // when
        var response = testNew(TestData.accessKeyConfig());

        // then
        response.statusCode(200)
                .body("ok", equalTo(true))
                .body("steps[0].step", equalTo("sts:GetCallerIdentity"))
                .body("steps[0].message", containsString("111111111111"));
    }

    @Test
    void shouldReportWrongSecret() {
        // given
        var config = TestData.with(
                TestData.accessKeyConfig(), "discovery_secret_key", "wrongSecretKeyForDiscovery00000000000001");

        // when
        var response = testNew(config);

        // then
        response.statusCode(200)
                .body("ok", equalTo(false))
                .body("steps[0].step", equalTo("sts:GetCallerIdentity"))
                .body("steps[0].error_code", equalTo("SignatureDoesNotMatch"))
                .body("steps[0].message", not(containsString("wrongSecretKey")));
    }

    @Test
    void shouldDenyListRootsForMemberRole() {
        // given
        var config = TestData.with(
                TestData.roleConfig(), "discovery_role_arn", "arn:aws:iam::200000001111:role/pipes_readonly");
        config = TestData.with(config, "discovery_external_id", TestData.MEMBER_EXTERNAL_ID);

        // when
        var response = testNew(config);

        // then
        response.statusCode(200)
                .body("ok", equalTo(false))
                .body("steps[0].ok", equalTo(true))
                .body("steps[1].step", equalTo("organizations:DescribeOrganization"))
                .body("steps[1].ok", equalTo(true))
                .body("steps[2].step", equalTo("organizations:ListRoots"))
                .body("steps[2].ok", equalTo(false))
                .body("steps[2].error_code", equalTo("AccessDeniedException"));
    }

    @Test
    void shouldUseStoredSecret() {
        // given
        String handle = TestData.unique("keyed-");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody(handle, TestData.accessKeyConfig()))
                .post(path())
                .then()
                .statusCode(201);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path() + "/" + handle + "/test")
                .then()
                .log()
                .ifValidationFails();

        // then
        response.statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void shouldTestUnsavedChanges() {
        // given
        String handle = TestData.unique("acme-");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody(handle, TestData.roleConfig()))
                .post(path())
                .then()
                .statusCode(201);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("config", Map.of("discovery_external_id", "o_examplecorp:wr0ng1d0")))
                .post(path() + "/" + handle + "/test")
                .then();

        // then
        response.statusCode(200).body("ok", equalTo(false)).body("steps[0].error_code", equalTo("AccessDenied"));
        given().auth()
                .oauth2(token)
                .get(path() + "/" + handle)
                .then()
                .body("config.discovery_external_id", equalTo(TestData.DISCOVERY_EXTERNAL_ID));
    }

    @Test
    void shouldRejectInvalidConfig() {
        // when
        var response = testNew(TestData.with(TestData.roleConfig(), "discovery_external_id", "x"));

        // then
        response.statusCode(400).body("validation_errors[0].location", equalTo("body.config.discovery_external_id"));
    }

    @Test
    void shouldRejectOtherOrgsExternalIdWhenTesting() {
        // given
        OrgView other = new Directory(permissions).org(TestData.unique("guess"), "team");

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(other.handle()))
                .contentType(ContentType.JSON)
                .body(Map.of("config", TestData.roleConfig()))
                .post("/api/v0/org/" + other.handle() + "/integration/_/test")
                .then();

        // then
        response.statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.discovery_external_id"))
                .body("validation_errors[0].message", containsString("'" + other.id() + ":'"));
    }

    @Test
    void shouldRequireDiscoveryExternalIdWhenTesting() {
        // when
        var response = testNew(TestData.without(TestData.roleConfig(), "discovery_external_id"));

        // then
        response.statusCode(400)
                .body("validation_errors.location", equalTo(List.of("body.config.discovery_external_id")))
                .body("validation_errors[0].message", containsString("required when discovery_mode is 'role'"));
    }

    @Test
    void shouldForbidTestByMembers() {
        // when
        var response = given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("config", TestData.roleConfig()))
                .post(path() + "/_/test")
                .then()
                .log()
                .ifValidationFails();

        // then
        response.statusCode(403);
    }

    @Test
    void shouldReturnNotFoundForMissing() {
        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path() + "/missing/test")
                .then();

        // then
        response.statusCode(404);
    }

    private ValidatableResponse testNew(Map<String, Object> config) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("type", "aws", "config", config))
                .post(path() + "/_/test")
                .then()
                .log()
                .ifValidationFails();
    }

    private String path() {
        return "/api/v0/org/" + orgHandle + "/integration";
    }
}
