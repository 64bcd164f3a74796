package io.orgbridge.integration.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Request validation as clients see it: every error at once, as an RFC 9457 problem. */
@QuarkusTest
class IntegrationValidationTest {

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private String orgHandle;

    @BeforeEach
    void registerOrg() {
        orgHandle = TestData.unique("valid");
        new Directory(permissions).org(orgHandle, "team");
    }

    @Test
    void shouldReportEveryInvalidField() {
        // given
        Map<String, Object> config = new LinkedHashMap<>(TestData.roleConfig());
        config.put("discovery_external_id", "x");
        config.put("external_id", "my secret id!");
        config.put("regions", List.of("us-east-1", "us-east-1"));
        config.put("min_error_retry_delay", 0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("handle", "-Bad-");
        body.put("type", "gcp");
        body.put("config", config);
        body.put("permissions", Map.of("mode", "workspaces"));
        body.put("color", "blue");

        // when
        var response = post(body);

        // then
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo("8 fields are invalid; see validation_errors"))
                .body("validation_errors", hasSize(8))
                .body(
                        "validation_errors.location",
                        hasItems(
                                "body.color",
                                "body.handle",
                                "body.type",
                                "body.config.discovery_external_id",
                                "body.config.external_id",
                                "body.config.regions[1]",
                                "body.config.min_error_retry_delay",
                                "body.permissions.workspaces"))
                .body(
                        "validation_errors.message",
                        hasItem("discovery_external_id 'x' is invalid: use 2-1224 characters of letters, digits"
                                + " and _+=,.@:/- (the AWS STS ExternalId format)"))
                .body(
                        "validation_errors.message",
                        hasItem("external_id 'my secret id!' is invalid: use 2-1224 characters of letters, digits"
                                + " and _+=,.@:/- (the AWS STS ExternalId format)"))
                .body("validation_errors.message", hasItem(containsString("handle '-Bad-' is invalid")))
                .body("validation_errors.message", hasItem(containsString("type 'gcp' is not supported")));
    }

    @Test
    void shouldRequireHandleTypeAndConfig() {
        // when
        var response = post(Map.of());

        // then
        response.statusCode(400)
                .body("validation_errors.location", equalTo(List.of("body.handle", "body.type", "body.config")));
    }

    @Test
    void shouldExplainMalformedJson() {
        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body("{\"handle\": ")
                .post(path())
                .then();

        // then
        response.statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRejectUnknownCommand() {
        // given
        String token = TestTokens.orgOwner(orgHandle);
        post(TestData.createBody("acme-aws", TestData.roleConfig())).statusCode(201);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("command", "sync"))
                .post(path() + "/acme-aws/command")
                .then();

        // then
        response.statusCode(400)
                .body("validation_errors[0].location", equalTo("body.command"))
                .body("validation_errors[0].message", equalTo("command 'sync' is invalid; valid commands: refresh"));
    }

    @Test
    void shouldRejectMalformedIfMatch() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig())).statusCode(201);

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .header("If-Match", "latest")
                .body(Map.of("handle", "acme-new"))
                .patch(path() + "/acme-aws")
                .then();

        // then
        response.statusCode(400).body("validation_errors[0].location", equalTo("header.If-Match"));
    }

    @Test
    void shouldRejectUnknownPatchField() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig())).statusCode(201);

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("type", "aws", "config", Map.of("external_id", "x")))
                .patch(path() + "/acme-aws")
                .then();

        // then
        response.statusCode(400)
                .body("validation_errors.location", equalTo(List.of("body.type", "body.config.external_id")));
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path())
                .then();
    }

    private String path() {
        return "/api/v0/org/" + orgHandle + "/integration";
    }
}
