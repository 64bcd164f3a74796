package io.orgbridge.discovery.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.orgbridge.discovery.SimulatorResource;
import io.orgbridge.testsupport.TestServers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_discovery_test"))
@QuarkusTestResource(SimulatorResource.class)
class OpenApiTest {

    @Test
    void shouldNamePropertiesInSnakeCase() {
        // when
        String document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // then
        assertThat(document).contains("\"run_sequence\"");
        assertThat(document).contains("\"failed_call\"");
        assertThat(document).doesNotContain("\"runSequence\"");
        assertThat(document).doesNotContain("\"failedCall\"");
    }
}
