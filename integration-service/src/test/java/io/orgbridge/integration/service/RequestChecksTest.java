package io.orgbridge.integration.service;

import java.util.List;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestChecksTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void shouldListTwentyErrorsAndCountRest() {
        // given
        List<ValidationError> errors = new ValidationErrorList();
        for (int i = 0; i < 10_000; i++) {
            errors.add(new ValidationError("body.config.regions[" + i + "]", "regions entry 'x' is invalid"));
        }

        // when
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RequestChecks.throwIfAny(errors));

        // then
        assertThat(errors).hasSize(ValidationErrorList.MAX_KEPT);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.getMessage()).isEqualTo("10000 fields are invalid; validation_errors lists the first 20");
        assertThat(problem.validationErrors()).hasSize(21);
        assertThat(problem.validationErrors().get(19).location()).isEqualTo("body.config.regions[19]");
        assertThat(problem.validationErrors().get(20).location()).isEqualTo("body");
        assertThat(problem.validationErrors().get(20).message()).startsWith("9980 more errors are not listed");
    }

    @Test
    void shouldListAllErrorsUpToTwenty() {
        // given
        List<ValidationError> errors = new ValidationErrorList();
        for (int i = 0; i < 20; i++) {
            errors.add(new ValidationError("body.config.regions[" + i + "]", "regions entry 'x' is invalid"));
        }

        // when
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RequestChecks.throwIfAny(errors));

        // then
        assertThat(problem.getMessage()).isEqualTo("20 fields are invalid; see validation_errors");
        assertThat(problem.validationErrors()).hasSize(20);
    }

    @Test
    void shouldAcceptStarIfMatch() {
        // when
        OptionalLong star = RequestChecks.parseIfMatch("*");
        OptionalLong padded = RequestChecks.parseIfMatch(" * ");

        // then
        assertThat(star).isEmpty();
        assertThat(padded).isEmpty();
    }

    @Test
    void shouldCutLongIfMatchInMessage() {
        // given
        String ifMatch = "v".repeat(10_000);

        // when
        ProblemException problem =
                catchThrowableOfType(ProblemException.class, () -> RequestChecks.parseIfMatch(ifMatch));

        // then
        assertThat(problem.validationErrors().get(0).message()).hasSizeLessThan(200);
    }

    @Test
    void shouldRejectNonStringHandle() {
        // given
        List<ValidationError> errors = new ValidationErrorList();

        // when
        String number = RequestChecks.checkHandle(JSON.numberNode(123), true, errors);
        String bool = RequestChecks.checkHandle(JSON.booleanNode(true), true, errors);

        // then
        assertThat(number).isNull();
        assertThat(bool).isNull();
        assertThat(errors)
                .extracting(ValidationError::message)
                .containsExactly(
                        "handle must be a string, not a number (123)", "handle must be a string, not a boolean (true)");
    }

    @Test
    void shouldReportMissingCommand() {
        // given
        List<ValidationError> errors = new ValidationErrorList();

        // when
        RequestChecks.checkCommand(null, errors);

        // then
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.command");
        assertThat(errors.get(0).message()).startsWith("command is missing");
    }
}
