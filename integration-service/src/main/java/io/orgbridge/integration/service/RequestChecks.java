package io.orgbridge.integration.service;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;

import io.orgbridge.integration.api.IntegrationCommandRequest;
import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;

/** Checks of request parts outside {@code config}: handles, type, state, command, unknown fields, If-Match. */
final class RequestChecks {

    static final List<String> SETTABLE_STATES =
            List.of(IntegrationEntity.STATE_ENABLED, IntegrationEntity.STATE_DISABLED);

    /** Most validation errors one problem response lists; one more entry counts those left out. */
    static final int MAX_LISTED_ERRORS = 20;

    private RequestChecks() {}

    static void rejectUnknownFields(List<String> names, String validFields, List<ValidationError> errors) {
        for (String name : names) {
            errors.add(new ValidationError(
                    "body." + MessageValues.cut(name),
                    "unknown field " + MessageValues.quote(name) + "; valid fields are " + validFields));
        }
    }

    /** Checks a handle; returns it, or null when it is absent or not a string. */
    static String checkHandle(JsonNode node, boolean required, List<ValidationError> errors) {
        if (isAbsent(node)) {
            if (required) {
                errors.add(new ValidationError(
                        "body.handle",
                        "handle is required: " + AwsRules.INTEGRATION_HANDLE_RULE + ", such as acme-aws"));
            }
            return null;
        }
        String handle = text(node, "handle", errors);
        if (handle != null) {
            AwsRules.checkIntegrationHandle(handle)
                    .ifPresent(rule -> errors.add(new ValidationError(
                            "body.handle", "handle " + MessageValues.quote(handle) + " is invalid: " + rule)));
        }
        return handle;
    }

    static void checkType(JsonNode node, boolean required, List<ValidationError> errors) {
        if (isAbsent(node)) {
            if (required) {
                errors.add(new ValidationError("body.type", "type is required; the only supported type is 'aws'"));
            }
            return;
        }
        String type = text(node, "type", errors);
        if (type != null && !IntegrationEntity.TYPE_AWS.equals(type)) {
            errors.add(new ValidationError(
                    "body.type",
                    "type " + MessageValues.quote(type) + " is not supported; the only supported type is 'aws'"));
        }
    }

    /** Checks a requested state; returns it, or null when it is absent or not a string. */
    static String checkState(JsonNode node, List<ValidationError> errors) {
        if (isAbsent(node)) {
            return null;
        }
        String state = text(node, "state", errors);
        if (state != null && !SETTABLE_STATES.contains(state)) {
            errors.add(new ValidationError(
                    "body.state",
                    "state " + MessageValues.quote(state) + " cannot be set; send 'enabled' or 'disabled' (pending"
                            + " and error are set by discovery)"));
        }
        return state;
    }

    /** Checks the command of a command request; the only command is refresh. */
    static void checkCommand(JsonNode node, List<ValidationError> errors) {
        if (isAbsent(node)) {
            errors.add(new ValidationError(
                    "body.command", "command is missing; send {\"command\": \"refresh\"} (valid commands: refresh)"));
            return;
        }
        String command = text(node, "command", errors);
        if (command != null && !IntegrationCommandRequest.REFRESH.equals(command)) {
            errors.add(new ValidationError(
                    "body.command",
                    "command " + MessageValues.quote(command) + " is invalid; valid commands: refresh"));
        }
    }

    /**
     * Raises 400 with every error, listing at most {@value #MAX_LISTED_ERRORS} and counting the
     * rest in one more entry.
     */
    static void throwIfAny(List<ValidationError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        int total = errors instanceof ValidationErrorList list ? list.total() : errors.size();
        if (total == 1) {
            ValidationError only = errors.get(0);
            throw ProblemException.badRequest(only.location() + ": " + only.message(), errors);
        }
        if (total <= MAX_LISTED_ERRORS) {
            throw ProblemException.badRequest(total + " fields are invalid; see validation_errors", errors);
        }
        List<ValidationError> listed = new ArrayList<>(errors.subList(0, MAX_LISTED_ERRORS));
        listed.add(new ValidationError(
                "body",
                (total - MAX_LISTED_ERRORS) + " more errors are not listed; fix the errors above and send the"
                        + " request again to see the rest"));
        throw ProblemException.badRequest(
                total + " fields are invalid; validation_errors lists the first " + MAX_LISTED_ERRORS, listed);
    }

    /**
     * Parses an {@code If-Match} header holding a version_id, quoted or not ({@code 3},
     * {@code "3"} or {@code W/"3"}). Absent means no precondition, and {@code *} matches any
     * version of an existing integration (RFC 9110, section 13.1.1).
     */
    static OptionalLong parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
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
                    "If-Match " + MessageValues.quote(ifMatch) + " is invalid: send the integration's version_id,"
                            + " such as 3, or * for any version");
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

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Returns a string field, or null after adding an error when the value has another JSON type. */
    private static String text(JsonNode node, String name, List<ValidationError> errors) {
        if (node.isTextual()) {
            return node.asText();
        }
        errors.add(
                new ValidationError("body." + name, name + " must be a string, not " + MessageValues.describe(node)));
        return null;
    }
}
