package io.orgbridge.awssim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The validated parameters of an STS AssumeRole call. Parsing applies the constraints of the STS
 * API model and reports every violation in one {@code ValidationError}, as STS does.
 */
record AssumeRoleRequest(
        String roleArn, String accountId, String roleName, String sessionName, String externalId, Duration duration) {

    static final Duration DEFAULT_DURATION = Duration.ofHours(1);
    static final int MIN_DURATION_SECONDS = 900;
    /**
     * NOTE: the fixture format has no per-role maximum session duration, so every role accepts up to
     * 43200 seconds here. A real role allows one hour unless its MaxSessionDuration is raised.
     */
    static final int MAX_DURATION_SECONDS = 43_200;

    /** AWS caps a session obtained by role chaining at one hour. */
    static final int MAX_CHAINED_DURATION_SECONDS = 3_600;

    private static final Pattern ROLE_ARN = Pattern.compile("arn:([a-z-]+):iam::(\\d{12}):role/([\\w+=,.@/-]+)");

    static AssumeRoleRequest parse(JsonNode input, String partition, boolean chained) {
        List<String> errors = new ArrayList<>();
        String roleArn = text(input, "RoleArn");
        String sessionName = text(input, "RoleSessionName");
        String externalId = text(input, "ExternalId");
        String durationText = text(input, "DurationSeconds");

        Matcher arn = roleArn == null ? null : ROLE_ARN.matcher(roleArn);
        if (roleArn == null) {
            errors.add(violation(null, "roleArn", "Member must not be null"));
        } else if (roleArn.length() < 20) {
            errors.add(violation(roleArn, "roleArn", "Member must have length greater than or equal to 20"));
        } else if (!arn.matches()) {
            errors.add(violation(roleArn, "roleArn", "Member must be an IAM role ARN"));
        } else if (!arn.group(1).equals(partition)) {
            errors.add(violation(roleArn, "roleArn", "Member must be an ARN in partition '" + partition + "'"));
        }
        validateSessionName(sessionName, errors);
        validateExternalId(externalId, errors);
        Duration duration = parseDuration(durationText, chained, errors);

        if (!errors.isEmpty()) {
            String count = errors.size() == 1 ? "1 validation error" : errors.size() + " validation errors";
            throw new ServiceError("ValidationError", 400, count + " detected: " + String.join("; ", errors));
        }
        return new AssumeRoleRequest(roleArn, arn.group(2), arn.group(3), sessionName, externalId, duration);
    }

    private static void validateSessionName(String sessionName, List<String> errors) {
        if (sessionName == null) {
            errors.add(violation(null, "roleSessionName", "Member must not be null"));
        } else if (sessionName.length() < 2 || sessionName.length() > 64) {
            String bound = sessionName.length() < 2 ? "greater than or equal to 2" : "less than or equal to 64";
            errors.add(violation(sessionName, "roleSessionName", "Member must have length " + bound));
        } else if (!Validation.ROLE_SESSION_NAME.matcher(sessionName).matches()) {
            errors.add(violation(
                    sessionName,
                    "roleSessionName",
                    "Member must satisfy regular expression pattern: " + Validation.ROLE_SESSION_NAME.pattern()));
        }
    }

    private static void validateExternalId(String externalId, List<String> errors) {
        if (externalId == null) {
            return;
        }
        if (externalId.length() < 2 || externalId.length() > 1224) {
            String bound = externalId.length() < 2 ? "greater than or equal to 2" : "less than or equal to 1224";
            errors.add(violation(externalId, "externalId", "Member must have length " + bound));
        } else if (!Validation.EXTERNAL_ID.matcher(externalId).matches()) {
            errors.add(violation(
                    externalId,
                    "externalId",
                    "Member must satisfy regular expression pattern: " + Validation.EXTERNAL_ID.pattern()));
        }
    }

    private static Duration parseDuration(String text, boolean chained, List<String> errors) {
        if (text == null) {
            return DEFAULT_DURATION;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(violation(text, "durationSeconds", "Member must be an integer"));
            return DEFAULT_DURATION;
        }
        if (seconds < MIN_DURATION_SECONDS) {
            errors.add(violation(
                    text,
                    "durationSeconds",
                    "Member must have value greater than or equal to " + MIN_DURATION_SECONDS));
        } else if (seconds > MAX_DURATION_SECONDS) {
            errors.add(violation(
                    text, "durationSeconds", "Member must have value less than or equal to " + MAX_DURATION_SECONDS));
        } else if (chained && seconds > MAX_CHAINED_DURATION_SECONDS) {
            errors.add("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role"
                    + " chaining.");
        }
        return Duration.ofSeconds(seconds);
    }

    private static String violation(String value, String member, String constraint) {
        String quoted = value == null ? "null" : "'" + value + "'";
        return "Value " + quoted + " at '" + member + "' failed to satisfy constraint: " + constraint;
    }

    private static String text(JsonNode input, String member) {
        JsonNode value = input.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}
