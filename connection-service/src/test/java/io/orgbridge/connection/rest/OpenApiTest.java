package io.orgbridge.connection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import io.orgbridge.connection.support.ServiceTestResources;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(ServiceTestResources.class)
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
        assertThat(document).contains("\"handle_mode\"");
        assertThat(document).contains("\"integration_root\"");
        assertThat(document).doesNotContain("\"handleMode\"");
        assertThat(document).doesNotContain("\"integrationRoot\"");
    }
}
