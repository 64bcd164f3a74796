package io.orgbridge.connection.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;

/**
 * Validates a {@code config} object of a connection update and merges it into the current settings.
 * Fields left out keep their value.
 */
public final class SettingsPatch {

    private static final String LOCATION = "body.config.";
    private static final Set<String> FIELDS = Set.of(
            "role_arn",
            "external_id",
            "regions",
            "default_region",
            "max_error_retry_attempts",
            "min_error_retry_delay",
            "ignore_error_codes");
    private static final Pattern ROLE_ARN =
            Pattern.compile("^arn:aws(-[a-z]+)*:iam::([0-9]{12}):role/[\\w+=,.@/-]{1,576}$");
    private static final Pattern EXTERNAL_ID = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");

    private final JsonNode patch;
    private final String accountId;
    private final List<ValidationError> errors = new ArrayList<>();

    private SettingsPatch(JsonNode patch, String accountId) {
        this.patch = patch;
        this.accountId = accountId;
    }

    /**
     * Returns the current settings with the patch applied.
     *
     * @throws ProblemException 400 listing every invalid field
     */
    public static AwsConnectionSettings apply(AwsConnectionSettings current, JsonNode patch, String accountId) {
        return new SettingsPatch(patch, accountId).merge(current);
    }

    private AwsConnectionSettings merge(AwsConnectionSettings current) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("body.config", "config must be a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!FIELDS.contains(name)) {
                errors.add(new ValidationError(
                        LOCATION + name,
                        name + " is not a setting of an AWS connection; use one of "
                                + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        AwsConnectionSettings merged = new AwsConnectionSettings(
                roleArn(current.roleArn()),
                externalId(current.externalId()),
                regions(current.regions()),
                defaultRegion(current.defaultRegion()),
                wholeNumber(
                        "max_error_retry_attempts",
                        current.maxErrorRetryAttempts(),
                        AwsSettingRules.MIN_ERROR_RETRY_ATTEMPTS,
                        AwsSettingRules.MAX_ERROR_RETRY_ATTEMPTS,
                        "attempts"),
                wholeNumber(
                        "min_error_retry_delay",
                        current.minErrorRetryDelay(),
                        AwsSettingRules.MIN_ERROR_RETRY_DELAY,
                        AwsSettingRules.MAX_ERROR_RETRY_DELAY,
                        "milliseconds"),
                strings("ignore_error_codes", current.ignoreErrorCodes(), AwsSettingRules::checkErrorCode));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(
                    "the connection config is invalid: " + errors.get(0).message(), errors);
        }
        return merged;
    }

    private String roleArn(String current) {
        if (!patch.has("role_arn")) {
            return current;
        }
        String value = patch.get("role_arn").isTextual() ? patch.get("role_arn").asText() : null;
        var matcher = value == null ? null : ROLE_ARN.matcher(value);
        if (matcher == null || !matcher.matches()) {
            error(
                    "role_arn",
                    "role_arn " + patch.get("role_arn") + " is not an IAM role ARN such as arn:aws:iam::" + accountId
                            + ":role/pipes_readonly");
            return current;
        }
        if (!accountId.equals(matcher.group(2))) {
            error(
                    "role_arn",
                    "role_arn " + value + " names account " + matcher.group(2)
                            + "; the role must be in this connection's account " + accountId);
            return current;
        }
        return value;
    }

    private String externalId(String current) {
        if (!patch.has("external_id")) {
            return current;
        }
        JsonNode node = patch.get("external_id");
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !EXTERNAL_ID.matcher(node.asText()).matches()) {
            error("external_id", "external_id must be 2-1224 characters of letters, digits and _+=,.@:/-");
            return current;
        }
        return node.asText();
    }

    private List<String> regions(List<String> current) {
        List<String> regions = strings("regions", current, AwsSettingRules::checkRegion);
        if (patch.has("regions") && regions.isEmpty()) {
            error("regions", "regions must not be empty; use [\"*\"] for every region");
        }
        return regions;
    }

    private String defaultRegion(String current) {
        if (!patch.has("default_region")) {
            return current;
        }
        JsonNode node = patch.get("default_region");
        Optional<String> reason = node.isTextual()
                ? AwsSettingRules.checkDefaultRegion(node.asText())
                : Optional.of("default_region must be a string");
        if (reason.isPresent()) {
            error("default_region", "default_region " + node + " is invalid: " + reason.get());
            return current;
        }
        return node.asText();
    }

    private int wholeNumber(String name, int current, int min, int max, String unit) {
        if (!patch.has(name)) {
            return current;
        }
        JsonNode node = patch.get(name);
        if (!node.isInt() || node.asInt() < min || node.asInt() > max) {
            error(name, name + " must be a whole number of " + unit + " from " + min + " to " + max + ", not " + node);
            return current;
        }
        return node.asInt();
    }

    /** Reads a list of strings, reporting each invalid or repeated entry at its index. */
    private List<String> strings(String name, List<String> current, Function<String, Optional<String>> rule) {
        if (!patch.has(name)) {
            return current;
        }
        JsonNode node = patch.get(name);
        if (!node.isArray()) {
            error(name, name + " must be an array of strings");
            return current;
        }
        int errorsBefore = errors.size();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String field = name + "[" + i + "]";
            Optional<String> reason = item.isTextual() ? rule.apply(item.asText()) : Optional.of("use a string");
            if (reason.isPresent()) {
                error(field, name + " entry " + item + " is invalid: " + reason.get());
            } else if (values.contains(item.asText())) {
                error(field, name + " entry " + item + " appears more than once; list each value once");
            } else {
                values.add(item.asText());
            }
        }
        return errors.size() > errorsBefore ? current : values;
    }

    private void error(String field, String message) {
        errors.add(new ValidationError(LOCATION + field, message));
    }
}
