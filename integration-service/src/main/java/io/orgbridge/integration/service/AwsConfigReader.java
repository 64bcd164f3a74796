package io.orgbridge.integration.service;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.orgbridge.platform.rest.ValidationError;

/**
 * Reads the {@code config} object of create, update and test requests into an
 * {@link AwsIntegrationConfig}. Every invalid field adds one {@link ValidationError} located at
 * {@code body.config.<field>}, so a client sees all problems at once. External IDs follow the
 * owner's {@link ExternalIdRule}.
 */
public final class AwsConfigReader {

    public static final String DISCOVERY_MODE = "discovery_mode";
    public static final String DISCOVERY_ROLE_ARN = "discovery_role_arn";
    public static final String DISCOVERY_EXTERNAL_ID = "discovery_external_id";
    public static final String DISCOVERY_ACCESS_KEY = "discovery_access_key";
    public static final String DISCOVERY_SECRET_KEY = "discovery_secret_key";
    public static final String HANDLE_PREFIX = "handle_prefix";
    public static final String ROLE_NAME = "role_name";
    public static final String EXTERNAL_ID = "external_id";
    public static final String REGIONS = "regions";
    public static final String DEFAULT_REGION = "default_region";
    public static final String MAX_ERROR_RETRY_ATTEMPTS = "max_error_retry_attempts";
    public static final String MIN_ERROR_RETRY_DELAY = "min_error_retry_delay";
    public static final String IGNORE_ERROR_CODES = "ignore_error_codes";

    /** Returned by the API; a client that sends a fetched config back may include it, and it is ignored. */
    public static final String DISCOVERY_SECRET_KEY_SET = "discovery_secret_key_set";

    public static final List<String> FIELDS = List.of(
            DISCOVERY_MODE,
            DISCOVERY_ROLE_ARN,
            DISCOVERY_EXTERNAL_ID,
            DISCOVERY_ACCESS_KEY,
            DISCOVERY_SECRET_KEY,
            HANDLE_PREFIX,
            ROLE_NAME,
            EXTERNAL_ID,
            REGIONS,
            DEFAULT_REGION,
            MAX_ERROR_RETRY_ATTEMPTS,
            MIN_ERROR_RETRY_DELAY,
            IGNORE_ERROR_CODES);

    public static final List<String> DEFAULT_REGIONS = List.of("*");
    public static final int DEFAULT_MAX_ERROR_RETRY_ATTEMPTS = 9;
    public static final int DEFAULT_MIN_ERROR_RETRY_DELAY = 25;
    public static final int MAX_ERROR_RETRY_ATTEMPTS_LIMIT = 100;

    /** Upper bound of {@code min_error_retry_delay}: one minute, in milliseconds. */
    public static final int MIN_ERROR_RETRY_DELAY_LIMIT = 60_000;

    private static final String LOCATION = "body.config";
    private static final List<String> ROLE_FIELDS = List.of(DISCOVERY_ROLE_ARN, DISCOVERY_EXTERNAL_ID);
    private static final List<String> ACCESS_KEY_FIELDS = List.of(DISCOVERY_ACCESS_KEY, DISCOVERY_SECRET_KEY);

    private final Map<String, JsonNode> fields;
    private final boolean secretStored;
    private final ExternalIdRule externalIds;
    private final List<ValidationError> errors;
    private final Set<String> invalid = new HashSet<>();

    private AwsConfigReader(
            Map<String, JsonNode> fields,
            boolean secretStored,
            ExternalIdRule externalIds,
            List<ValidationError> errors) {
        this.fields = fields;
        this.secretStored = secretStored;
        this.externalIds = externalIds;
        this.errors = errors;
    }

    /**
     * Reads a complete configuration, for a new integration or a test of one.
     *
     * @param externalIds the owner's rule, which also decides whether a missing external ID is generated
     * @return the configuration, or null when {@code errors} received at least one error
     */
    public static AwsIntegrationConfig readNew(
            JsonNode config, ExternalIdRule externalIds, List<ValidationError> errors) {
        if (config == null || config.isNull() || config.isMissingNode()) {
            errors.add(new ValidationError(
                    LOCATION,
                    "config is required: an object with discovery_mode, the discovery credentials and role_name"));
            return null;
        }
        if (!config.isObject()) {
            errors.add(new ValidationError(
                    LOCATION, "config must be a JSON object, not " + MessageValues.describe(config)));
            return null;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        config.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        return new AwsConfigReader(fields, false, externalIds, errors).read();
    }

    /**
     * Applies an update to the current configuration. Absent fields keep their value, and a JSON
     * null resets an optional field to its default. Switching {@code discovery_mode} drops the
     * credentials of the other mode. The stored secret stays in use while the mode and the access
     * key id stay the same.
     *
     * @param secretStored whether a secret access key is stored for {@code current}
     * @param externalIds the owner's rule; the stored external IDs must follow it too
     * @return the new configuration, or null when {@code errors} received at least one error
     */
    public static AwsIntegrationConfig readUpdate(
            AwsIntegrationConfig current,
            boolean secretStored,
            JsonNode patch,
            ExternalIdRule externalIds,
            List<ValidationError> errors) {
        if (patch == null || patch.isNull() || patch.isMissingNode()) {
            return current;
        }
        if (!patch.isObject()) {
            errors.add(new ValidationError(
                    LOCATION, "config must be a JSON object, not " + MessageValues.describe(patch)));
            return null;
        }
        Map<String, JsonNode> fields = fieldsOf(current);
        JsonNode newMode = patch.get(DISCOVERY_MODE);
        if (newMode != null && newMode.isTextual() && !newMode.asText().equals(current.discoveryMode())) {
            (current.isRoleMode() ? ROLE_FIELDS : ACCESS_KEY_FIELDS).forEach(fields::remove);
        }
        patch.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                fields.remove(entry.getKey());
            } else {
                fields.put(entry.getKey(), entry.getValue());
            }
        });
        boolean sameKey = current.discoveryAccessKey() != null
                && fields.containsKey(DISCOVERY_ACCESS_KEY)
                && current.discoveryAccessKey()
                        .equals(fields.get(DISCOVERY_ACCESS_KEY).asText());
        return new AwsConfigReader(fields, secretStored && sameKey, externalIds, errors).read();
    }

    private static Map<String, JsonNode> fieldsOf(AwsIntegrationConfig config) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put(DISCOVERY_MODE, json.textNode(config.discoveryMode()));
        putText(fields, DISCOVERY_ROLE_ARN, config.discoveryRoleArn());
        putText(fields, DISCOVERY_EXTERNAL_ID, config.discoveryExternalId());
        putText(fields, DISCOVERY_ACCESS_KEY, config.discoveryAccessKey());
        putText(fields, HANDLE_PREFIX, config.handlePrefix());
        putText(fields, ROLE_NAME, config.roleName());
        putText(fields, EXTERNAL_ID, config.externalId());
        fields.put(REGIONS, textArray(config.regions()));
        putText(fields, DEFAULT_REGION, config.defaultRegion());
        fields.put(MAX_ERROR_RETRY_ATTEMPTS, json.numberNode(config.maxErrorRetryAttempts()));
        fields.put(MIN_ERROR_RETRY_DELAY, json.numberNode(config.minErrorRetryDelay()));
        fields.put(IGNORE_ERROR_CODES, textArray(config.ignoreErrorCodes()));
        return fields;
    }

    private static void putText(Map<String, JsonNode> fields, String name, String value) {
        if (value != null) {
            fields.put(name, JsonNodeFactory.instance.textNode(value));
        }
    }

    private static JsonNode textArray(List<String> values) {
        var array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private AwsIntegrationConfig read() {
        int errorsBefore = errors.size();
        rejectUnknownFields();

        String mode = readMode();
        String roleArn =
                readDiscoveryField(mode, AwsIntegrationConfig.MODE_ROLE, DISCOVERY_ROLE_ARN, AwsRules::checkRoleArn);
        String discoveryExternalId = readDiscoveryExternalId(mode);
        String accessKey = readDiscoveryField(
                mode, AwsIntegrationConfig.MODE_ACCESS_KEY, DISCOVERY_ACCESS_KEY, AwsRules::checkAccessKeyId);
        String secretKey = readSecretKey(mode);

        String handlePrefix =
                optionalText(HANDLE_PREFIX, AwsRules::checkHandlePrefix).orElse("");
        String roleName =
                requiredText(ROLE_NAME, AwsRules::checkRoleName, "the role each member account's connection assumes");
        String externalId = readExternalId(
                EXTERNAL_ID,
                text(EXTERNAL_ID),
                true,
                "external_id is required: the external ID of the member account roles");
        List<String> regions = readList(REGIONS, AwsRules::checkRegion, false).orElse(DEFAULT_REGIONS);
        String defaultRegion = readDefaultRegion(roleArn);
        int maxAttempts = readBounded(
                MAX_ERROR_RETRY_ATTEMPTS, MAX_ERROR_RETRY_ATTEMPTS_LIMIT, DEFAULT_MAX_ERROR_RETRY_ATTEMPTS, "attempts");
        int minDelay = readBounded(
                MIN_ERROR_RETRY_DELAY, MIN_ERROR_RETRY_DELAY_LIMIT, DEFAULT_MIN_ERROR_RETRY_DELAY, "milliseconds");
        List<String> ignoreErrorCodes =
                readList(IGNORE_ERROR_CODES, AwsRules::checkErrorCode, true).orElse(List.of());

        if (errors.size() > errorsBefore) {
            return null;
        }
        return new AwsIntegrationConfig(
                mode,
                roleArn,
                discoveryExternalId,
                accessKey,
                secretKey,
                handlePrefix,
                roleName,
                externalId,
                regions,
                defaultRegion,
                maxAttempts,
                minDelay,
                ignoreErrorCodes);
    }

    private void rejectUnknownFields() {
        for (String name : fields.keySet()) {
            if (FIELDS.contains(name) || DISCOVERY_SECRET_KEY_SET.equals(name)) {
                continue;
            }
            if ("permissions".equals(name)) {
                error(name, "permissions is a top-level field of the request body, next to config; move it there");
            } else {
                error(
                        MessageValues.cut(name),
                        "unknown field " + MessageValues.quote(name) + "; valid config fields are "
                                + String.join(", ", FIELDS));
            }
        }
    }

    private String readMode() {
        Optional<String> mode = text(DISCOVERY_MODE);
        if (mode.isEmpty()) {
            if (!invalid.contains(DISCOVERY_MODE)) {
                error(DISCOVERY_MODE, "discovery_mode is required: use 'role' (recommended) or 'access_key'");
            }
            return null;
        }
        String value = mode.get();
        if (!AwsIntegrationConfig.MODE_ROLE.equals(value) && !AwsIntegrationConfig.MODE_ACCESS_KEY.equals(value)) {
            error(
                    DISCOVERY_MODE,
                    "discovery_mode " + MessageValues.quote(value) + " is invalid: use 'role' or 'access_key'");
            return null;
        }
        return value;
    }

    /**
     * Reads a credential of one discovery mode: required and checked in that mode, rejected in the
     * other, and only format-checked while the mode itself is invalid.
     */
    private String readDiscoveryField(
            String mode, String fieldMode, String name, Function<String, Optional<String>> rule) {
        Optional<String> value = text(name);
        if (!allowedInMode(mode, fieldMode, name, value)) {
            return null;
        }
        if (value.isEmpty()) {
            if (mode != null && !invalid.contains(name)) {
                error(name, name + " is required when discovery_mode is '" + fieldMode + "'");
            }
            return null;
        }
        rule.apply(value.get())
                .ifPresent(reason ->
                        error(name, name + " " + MessageValues.quote(value.get()) + " is invalid: " + reason));
        return value.get();
    }

    /** Reports a credential of the other discovery mode; true when the field belongs to {@code mode}. */
    private boolean allowedInMode(String mode, String fieldMode, String name, Optional<String> value) {
        if (mode == null || fieldMode.equals(mode)) {
            return true;
        }
        if (value.isPresent() || invalid.contains(name)) {
            error(
                    name,
                    name + " is not allowed when discovery_mode is '" + mode + "'; remove it or set"
                            + " discovery_mode to '" + fieldMode + "'");
        }
        return false;
    }

    private String readDiscoveryExternalId(String mode) {
        Optional<String> value = text(DISCOVERY_EXTERNAL_ID);
        if (!allowedInMode(mode, AwsIntegrationConfig.MODE_ROLE, DISCOVERY_EXTERNAL_ID, value)) {
            return null;
        }
        return readExternalId(
                DISCOVERY_EXTERNAL_ID,
                value,
                mode != null,
                "discovery_external_id is required when discovery_mode is 'role'");
    }

    /**
     * Checks an external ID against the owner's rule. A missing one is generated or, when the rule
     * generates none, an error; {@code expected} false skips both, for a field whose mode is unknown.
     */
    private String readExternalId(String name, Optional<String> value, boolean expected, String requiredMessage) {
        if (value.isPresent()) {
            externalIds.check(name, value.get()).ifPresent(message -> error(name, message));
            return value.get();
        }
        if (!expected || invalid.contains(name)) {
            return null;
        }
        if (externalIds.generatesMissing()) {
            return externalIds.generate();
        }
        error(name, requiredMessage);
        return null;
    }

    private String readSecretKey(String mode) {
        Optional<String> value = text(DISCOVERY_SECRET_KEY);
        if (mode != null && !AwsIntegrationConfig.MODE_ACCESS_KEY.equals(mode)) {
            if (value.isPresent() || invalid.contains(DISCOVERY_SECRET_KEY)) {
                error(
                        DISCOVERY_SECRET_KEY,
                        "discovery_secret_key is not allowed when discovery_mode is '" + mode
                                + "'; remove it or set discovery_mode to 'access_key'");
            }
            return null;
        }
        if (value.isEmpty()) {
            if (mode != null && !secretStored && !invalid.contains(DISCOVERY_SECRET_KEY)) {
                error(
                        DISCOVERY_SECRET_KEY,
                        "discovery_secret_key is required when discovery_mode is 'access_key'"
                                + " and with every new discovery_access_key");
            }
            return null;
        }
        AwsRules.checkSecretAccessKey(value.get())
                .ifPresent(reason -> error(DISCOVERY_SECRET_KEY, "discovery_secret_key is invalid: " + reason));
        return value.get();
    }

    private String readDefaultRegion(String roleArn) {
        String partition =
                roleArn == null ? "aws" : AwsRules.partitionOf(roleArn).orElse("aws");
        Optional<String> value = text(DEFAULT_REGION);
        if (value.isEmpty()) {
            return AwsRules.defaultRegionOf(partition);
        }
        String region = value.get();
        Optional<String> reason = AwsRules.checkDefaultRegion(region);
        if (reason.isPresent()) {
            error(DEFAULT_REGION, "default_region " + MessageValues.quote(region) + " is invalid: " + reason.get());
        } else if (roleArn != null && !AwsRules.partitionOfRegion(region).equals(partition)) {
            error(
                    DEFAULT_REGION,
                    "default_region " + MessageValues.quote(region) + " is not in partition " + partition
                            + " of discovery_role_arn; use a region of that partition, such as "
                            + AwsRules.defaultRegionOf(partition));
        }
        return region;
    }

    private String requiredText(String name, Function<String, Optional<String>> rule, String meaning) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            if (!invalid.contains(name)) {
                error(name, name + " is required: " + meaning);
            }
            return null;
        }
        rule.apply(value.get())
                .ifPresent(reason ->
                        error(name, name + " " + MessageValues.quote(value.get()) + " is invalid: " + reason));
        return value.get();
    }

    private Optional<String> optionalText(String name, Function<String, Optional<String>> rule) {
        Optional<String> value = text(name);
        value.flatMap(rule)
                .ifPresent(reason ->
                        error(name, name + " " + MessageValues.quote(value.get()) + " is invalid: " + reason));
        return value;
    }

    /** Reads a whole number from 1 to {@code maximum}; an absent value yields {@code defaultValue}. */
    private int readBounded(String name, int maximum, int defaultValue, String unit) {
        JsonNode node = fields.get(name);
        if (node == null) {
            return defaultValue;
        }
        if (!node.isIntegralNumber()) {
            error(
                    name,
                    name + " must be a whole number of " + unit + " from 1 to " + maximum + ", not "
                            + MessageValues.describe(node));
            return defaultValue;
        }
        String invalidValue = name + " " + MessageValues.cut(node.asText()) + " is invalid: ";
        if (node.bigIntegerValue().compareTo(BigInteger.ONE) < 0) {
            error(name, invalidValue + "use at least 1 " + unit);
            return defaultValue;
        }
        if (node.bigIntegerValue().compareTo(BigInteger.valueOf(maximum)) > 0) {
            error(name, invalidValue + "use at most " + maximum + " " + unit);
            return defaultValue;
        }
        return node.intValue();
    }

    /** Reads a list of strings, reporting each bad or repeated entry at its index. */
    private Optional<List<String>> readList(String name, Function<String, Optional<String>> rule, boolean mayBeEmpty) {
        JsonNode node = fields.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            error(name, name + " must be a list of strings, not " + MessageValues.describe(node));
            return Optional.empty();
        }
        if (node.isEmpty() && !mayBeEmpty) {
            error(name, name + " must not be empty; use [\"*\"] for all regions");
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            readListEntry(name, i, node.get(i), rule, values);
        }
        return Optional.of(List.copyOf(values));
    }

    private void readListEntry(
            String name, int index, JsonNode entry, Function<String, Optional<String>> rule, Set<String> values) {
        String location = name + "[" + index + "]";
        if (!entry.isTextual()) {
            error(location, name + " entries must be strings, not " + MessageValues.describe(entry));
            return;
        }
        String value = entry.asText();
        if (value.isEmpty()) {
            error(location, name + " entries must not be empty");
            return;
        }
        Optional<String> reason = rule.apply(value);
        if (reason.isPresent()) {
            error(location, name + " entry " + MessageValues.quote(value) + " is invalid: " + reason.get());
        } else if (!values.add(value)) {
            error(
                    location,
                    name + " entry " + MessageValues.quote(value) + " appears more than once; list each value once");
        }
    }

    /**
     * Returns the field as text; a value of another JSON type is an error and counts as absent. The
     * message repeats no part of a secret access key, whatever its type.
     */
    private Optional<String> text(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            invalid.add(name);
            String described =
                    DISCOVERY_SECRET_KEY.equals(name) ? MessageValues.describeType(node) : MessageValues.describe(node);
            error(name, name + " must be a string, not " + described);
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private void error(String field, String message) {
        errors.add(new ValidationError(LOCATION + "." + field, message));
    }
}
