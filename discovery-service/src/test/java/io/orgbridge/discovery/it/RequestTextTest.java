package io.orgbridge.discovery.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.orgbridge.discovery.SimulatorResource;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_discovery_test"))
@QuarkusTestResource(SimulatorResource.class)
class RequestTextTest {

    @Test
    void shouldRejectNulInPathAndQuery() {
        // given: PostgreSQL text cannot hold U+0000, so it must never reach a query
        String runs = "/api/v0/org/nul-probe/integration/example%00corp/discovery_run";

        // then
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.orgMember("nul-probe"))
                .get(runs)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo("path"))
                .body("validation_errors[0].message", containsString("U+0000"));
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.orgMember("nul-probe"))
                .get("/api/v0/org/nul-probe/integration/example-corp/discovery_run?next_token=%00")
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("query.next_token"));
    }
}
