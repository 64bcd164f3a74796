package io.orgbridge.awssim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads and validates members of an Organizations JSON request, raising InvalidInputException as AWS does. */
final class OrganizationsInput {

    private OrganizationsInput() {}

    static String optionalText(JsonNode input, String member) {
        JsonNode value = input.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String requiredText(JsonNode input, String member) {
        String value = optionalText(input, member);
        if (value == null) {
            throw OrganizationsErrors.inputRequired(member);
        }
        return value;
    }

    /** Returns a required id member that must match {@code pattern}. */
    static String requiredId(JsonNode input, String member, Pattern pattern) {
        String value = requiredText(input, member);
        if (!pattern.matcher(value).matches()) {
            throw OrganizationsErrors.invalidPattern(member, value);
        }
        return value;
    }

    /** Returns a name of {@code min}-{@code max} characters, or null when optional and absent. */
    static String name(JsonNode input, String member, int min, int max, boolean required) {
        String value = required ? requiredText(input, member) : optionalText(input, member);
        if (value == null) {
            return null;
        }
        if (value.length() < min) {
            throw OrganizationsErrors.invalidInput(
                    "MIN_LENGTH_EXCEEDED", "You provided a value for " + member + " that is shorter than " + min + ".");
        }
        if (value.length() > max) {
            throw OrganizationsErrors.invalidInput(
                    "MAX_LENGTH_EXCEEDED",
                    "You provided a value for " + member + " that is longer than " + max + " characters.");
        }
        return value;
    }

    /** Reads a list of {@code {"Key", "Value"}} tags, rejecting invalid and duplicate keys. */
    static Map<String, String> tags(JsonNode input, boolean required) {
        JsonNode tags = input.get("Tags");
        if (tags == null || tags.isNull()) {
            if (required) {
                throw OrganizationsErrors.inputRequired("Tags");
            }
            return Map.of();
        }
        if (!tags.isArray()) {
            throw OrganizationsErrors.invalidInput(
                    "INVALID_LIST_MEMBER", "Tags must be a list of Key and Value pairs.");
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        for (JsonNode tag : tags) {
            String key = optionalText(tag, "Key");
            String value = optionalText(tag, "Value");
            if (!Validation.isTagKey(key) || !Validation.isTagValue(value)) {
                throw OrganizationsErrors.invalidInput(
                        "INVALID_PATTERN", "You provided an invalid tag: Key '" + key + "', Value '" + value + "'.");
            }
            if (parsed.put(key, value) != null) {
                throw OrganizationsErrors.invalidInput(
                        "DUPLICATE_TAG_KEY", "Tag keys must be unique among the tags of a request: '" + key + "'.");
            }
        }
        return parsed;
    }

    static List<String> tagKeys(JsonNode input) {
        JsonNode keys = input.get("TagKeys");
        if (keys == null || keys.isNull()) {
            throw OrganizationsErrors.inputRequired("TagKeys");
        }
        if (!keys.isArray()) {
            throw OrganizationsErrors.invalidInput("INVALID_LIST_MEMBER", "TagKeys must be a list of tag keys.");
        }
        List<String> parsed = new ArrayList<>();
        for (JsonNode key : keys) {
            if (!Validation.isTagKey(key.asText())) {
                throw OrganizationsErrors.invalidInput(
                        "INVALID_PATTERN", "You provided an invalid tag key: '" + key.asText() + "'.");
            }
            parsed.add(key.asText());
        }
        return parsed;
    }
}
