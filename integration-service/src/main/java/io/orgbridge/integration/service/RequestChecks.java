package io.orgbridge.integration.service;

import java.util.List;
import java.util.OptionalLong;

import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;

/** Checks of request parts outside {@code config}: handles, type, state, unknown fields, If-Match. */
final class RequestChecks {

    static final List<String> SETTABLE_STATES =
            List.of(IntegrationEntity.STATE_ENABLED, IntegrationEntity.STATE_DISABLED);

    private RequestChecks() {}

    static void rejectUnknownFields(List<String> names, String validFields, List<ValidationError> errors) {
        for (String name : names) {
            errors.add(new ValidationError(
                    "body." + name, "unknown field '" + name + "'; valid fields are " + validFields));
        }
    }

    static void checkHandle(String handle, boolean required, List<ValidationError> errors) {
        if (handle == null) {
            if (required) {
                errors.add(new ValidationError(
                        "body.handle",
                        "handle is required: " + AwsRules.INTEGRATION_HANDLE_RULE + ", such as acme-aws"));
            }
            return;
        }
        AwsRules.checkIntegrationHandle(handle)
                .ifPresent(rule ->
                        errors.add(new ValidationError("body.handle", "handle '" + handle + "' is invalid: " + rule)));
    }

    static void checkType(String type, boolean required, List<ValidationError> errors) {
        if (type == null) {
            if (required) {
                errors.add(new ValidationError("body.type", "type is required; the only supported type is 'aws'"));
            }
            return;
        }
        if (!IntegrationEntity.TYPE_AWS.equals(type)) {
            errors.add(new ValidationError(
                    "body.type", "type '" + type + "' is not supported; the only supported type is 'aws'"));
        }
    }

    static void checkState(String state, List<ValidationError> errors) {
        if (state != null && !SETTABLE_STATES.contains(state)) {
            errors.add(new ValidationError(
                    "body.state",
                    "state '" + state + "' cannot be set; send 'enabled' or 'disabled' (pending and"
                            + " error are set by discovery)"));
        }
    }

    static void throwIfAny(List<ValidationError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.get(0).location() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid; see validation_errors";
            throw ProblemException.badRequest(detail, errors);
        }
    }

    /**
     * Parses an {@code If-Match} header holding a version_id, quoted or not ({@code 3},
     * {@code "3"} or {@code W/"3"}); absent means no precondition.
     */
    static OptionalLong parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    "header.If-Match",
                    "If-Match '" + ifMatch + "' is invalid: send the integration's version_id," + " such as 3");
        }
    }

    /** Raises 412 Precondition Failed when an If-Match version differs from the stored one. */
    static void checkVersion(OptionalLong expected, IntegrationEntity integration) {
        if (expected.isPresent() && expected.getAsLong() != integration.versionId) {
            throw ProblemException.preconditionFailed("integration " + integration.handle + " is at version_id "
                    + integration.versionId + ", not " + expected.getAsLong()
                    + " as If-Match says; fetch it again and reapply the change");
        }
    }
}
