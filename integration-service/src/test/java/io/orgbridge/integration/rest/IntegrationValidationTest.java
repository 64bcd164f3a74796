package io.orgbridge.integration.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Request validation as clients see it: every error at once, as an RFC 9457 problem. */
@QuarkusTest
class IntegrationValidationTest {

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private String orgHandle;
    private OrgView org;

    @BeforeEach
    void registerOrg() {
        orgHandle = TestData.unique("valid");
        org = new Directory(permissions).org(orgHandle, "team");
    }

    @Test
    void shouldReportEveryInvalidField() {
        // given
        Map<String, Object> config = new LinkedHashMap<>(TestData.roleConfig(org.id()));
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
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

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
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

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
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

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

    @Test
    void shouldRejectNonStringHandle() {
        // when
        var number = post(TestData.with(TestData.createBody("x", TestData.roleConfig(org.id())), "handle", 123));
        var bool = post(TestData.with(TestData.createBody("x", TestData.roleConfig(org.id())), "handle", true));

        // then
        number.statusCode(400)
                .body("validation_errors.location", equalTo(List.of("body.handle")))
                .body("validation_errors[0].message", equalTo("handle must be a string, not a number (123)"));
        bool.statusCode(400)
                .body("validation_errors[0].message", equalTo("handle must be a string, not a boolean (true)"));
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .get(path())
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldRejectNonStringHandleInPatch() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

        // when
        var response = patch("acme-aws", Map.of("handle", 123, "state", false));

        // then
        response.statusCode(400)
                .body("validation_errors.location", equalTo(List.of("body.handle", "body.state")))
                .body("validation_errors[1].message", equalTo("state must be a string, not a boolean (false)"));
    }

    @Test
    void shouldNeverEchoNumericSecret() {
        // given
        var config = TestData.with(TestData.accessKeyConfig(org.id()), "discovery_secret_key", 918273645546372819L);

        // when
        String body = post(TestData.createBody("keyed", config))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.discovery_secret_key"))
                .extract()
                .asString();

        // then
        assertThat(body).doesNotContain("918273645546372819").doesNotContain("9182");
    }

    @Test
    void shouldNeverEchoUnquotedSecret() {
        // given
        String secret = "wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY1";
        String json =
                "{\"handle\": \"keyed\", \"type\": \"aws\", \"config\": {\"discovery_secret_key\": " + secret + "}}";

        // when
        String body = given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(json)
                .post(path())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo("body"))
                .body("validation_errors[0].message", containsString("not valid JSON"))
                .extract()
                .asString();

        // then
        assertThat(body).doesNotContain("wJalr");
    }

    @Test
    void shouldCutHugeValueInMessage() {
        // given
        String handle = "a".repeat(2_000_000);

        // when
        String body = post(TestData.createBody(handle, TestData.roleConfig(org.id())))
                .statusCode(400)
                .body("validation_errors[0].message", startsWith("handle '" + "a".repeat(64) + "...' is invalid"))
                .extract()
                .asString();

        // then
        assertThat(body).hasSizeLessThan(2_000);
    }

    @Test
    void shouldCapValidationErrors() {
        // given
        List<String> regions = Collections.nCopies(10_000, "NOT-A-REGION");
        var config = TestData.with(TestData.roleConfig(org.id()), "regions", regions);

        // when
        String body = post(TestData.createBody("acme-aws", config))
                .statusCode(400)
                .body("detail", equalTo("10000 fields are invalid; validation_errors lists the first 20"))
                .body("validation_errors", hasSize(21))
                .body("validation_errors[19].location", equalTo("body.config.regions[19]"))
                .body("validation_errors[20].location", equalTo("body"))
                .body("validation_errors[20].message", startsWith("9980 more errors are not listed"))
                .extract()
                .asString();

        // then
        assertThat(body).hasSizeLessThan(10_000);
    }

    @Test
    void shouldBoundRetrySettings() {
        // given
        var config = TestData.with(TestData.roleConfig(org.id()), "max_error_retry_attempts", Integer.MAX_VALUE);
        config = TestData.with(config, "min_error_retry_delay", Integer.MAX_VALUE);

        // when
        var response = post(TestData.createBody("acme-aws", config));

        // then
        response.statusCode(400)
                .body(
                        "validation_errors.message",
                        equalTo(List.of(
                                "max_error_retry_attempts 2147483647 is invalid: use at most 100 attempts",
                                "min_error_retry_delay 2147483647 is invalid: use at most 60000 milliseconds")));
    }

    @Test
    void shouldRejectBodyThatIsNotObject() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);
        String token = TestTokens.orgOwner(orgHandle);

        // when
        var createList = send(token, "[]").post(path()).then();
        var createString = send(token, "\"str\"").post(path()).then();
        var patchList = send(token, "[]").patch(path() + "/acme-aws").then();
        var commandString =
                send(token, "\"refresh\"").post(path() + "/acme-aws/command").then();
        var testList = send(token, "[1]").post(path() + "/_/test").then();

        // then
        createList
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo("body"))
                .body("validation_errors[0].message", startsWith("the body must be a JSON object such as {\"handle\""))
                .body("validation_errors[0].message", endsWith("not a list"));
        createString.statusCode(400).body("validation_errors[0].message", endsWith("not a string ('str')"));
        patchList.statusCode(400).body("validation_errors[0].location", equalTo("body"));
        commandString
                .statusCode(400)
                .body("validation_errors[0].message", containsString("{\"command\": \"refresh\"}"));
        testList.statusCode(400).body("validation_errors[0].location", equalTo("body"));
    }

    @Test
    void shouldRejectCommandThatIsNotString() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

        // when
        var response = command(Map.of("command", List.of("refresh")));

        // then
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo("body.command"))
                .body("validation_errors[0].message", equalTo("command must be a string, not a list"));
    }

    @Test
    void shouldReportMissingCommand() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

        // when
        var response = command(Map.of());

        // then
        response.statusCode(400)
                .body("validation_errors[0].location", equalTo("body.command"))
                .body("validation_errors[0].message", startsWith("command is missing"));
    }

    @Test
    void shouldRejectUnknownCommandField() {
        // given
        post(TestData.createBody("acme-aws", TestData.roleConfig(org.id()))).statusCode(201);

        // when
        var response = command(Map.of("command", "refresh", "x", 1));

        // then
        response.statusCode(400)
                .body("validation_errors.location", equalTo(List.of("body.x")))
                .body("validation_errors[0].message", equalTo("unknown field 'x'; valid fields are command"));
    }

    private ValidatableResponse command(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path() + "/acme-aws/command")
                .then();
    }

    private ValidatableResponse patch(String handle, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(body)
                .patch(path() + "/" + handle)
                .then();
    }

    private static RequestSpecification send(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json);
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
