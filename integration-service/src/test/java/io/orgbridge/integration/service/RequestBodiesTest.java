package io.orgbridge.integration.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.orgbridge.integration.api.CreateIntegrationRequest;
import io.orgbridge.platform.rest.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestBodiesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"config\": {\"discovery_secret_key\": s3cr3tValue/with+chars}}",
                "{\"config\": {\"discovery_secret_key\": 12s3cr3tValue}}",
                "{\"config\": {\"discovery_secret_key\": \"ok\" s3cr3tValue}}",
                "{\"config\": {\"discovery_secret_key\": 's3cr3tValue'}}"
            })
    void shouldNeverRepeatTextOfInvalidJson(String body) {
        // when
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> RequestBodies.read(body, CreateIntegrationRequest.class, "{}"));

        // then
        assertThat(problem.validationErrors()).hasSize(1);
        assertThat(problem.validationErrors().get(0).location()).isEqualTo("body");
        assertThat(problem.validationErrors().get(0).message())
                .startsWith("the body is not valid JSON: ")
                .contains("(line 1, column ")
                .doesNotContain("s3cr3t")
                .doesNotContain("3cr");
        assertThat(problem.getMessage()).doesNotContain("s3cr3t");
    }

    @Test
    void shouldRejectTrailingText() {
        // when
        ProblemException problem = catchThrowableOfType(
                ProblemException.class,
                () -> RequestBodies.read("{\"handle\": \"a\"} {}", CreateIntegrationRequest.class, "{}"));

        // then
        assertThat(problem.validationErrors().get(0).message()).startsWith("the body is not valid JSON");
    }

    @Test
    void shouldReturnNullForEmptyBody() {
        // when
        CreateIntegrationRequest empty = RequestBodies.read("", CreateIntegrationRequest.class, "{}");
        CreateIntegrationRequest jsonNull = RequestBodies.read("null", CreateIntegrationRequest.class, "{}");

        // then
        assertThat(empty).isNull();
        assertThat(jsonNull).isNull();
    }

    @Test
    void shouldCollectUnknownFields() {
        // when
        CreateIntegrationRequest request =
                RequestBodies.read("{\"handle\": 5, \"colour\": [1]}", CreateIntegrationRequest.class, "{}");

        // then
        assertThat(request.handle.isNumber()).isTrue();
        assertThat(request.unknownFields()).containsExactly("colour");
    }
}
