package io.orgbridge.integration.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.platform.rest.ValidationError;

/**
 * Reads the top-level {@code permissions} object: {@code {"mode": "none" | "all_workspaces" |
 * "workspaces", "workspaces": [handles]}}. The list is required for mode {@code workspaces} and
 * must be absent or empty otherwise.
 */
public final class PermissionsReader {

    public static final PermissionSettings DEFAULT = new PermissionSettings(PermissionSettings.NONE, List.of());

    private static final String LOCATION = "body.permissions";
    private static final List<String> MODES =
            List.of(PermissionSettings.NONE, PermissionSettings.ALL_WORKSPACES, PermissionSettings.WORKSPACES);

    private PermissionsReader() {}

    /**
     * Reads permissions; an absent value yields {@code fallback}.
     *
     * @return the settings, or null when {@code errors} received at least one error
     */
    public static PermissionSettings read(JsonNode node, PermissionSettings fallback, List<ValidationError> errors) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return fallback;
        }
        if (!node.isObject()) {
            errors.add(new ValidationError(LOCATION, "permissions must be an object such as {\"mode\": \"none\"}"));
            return null;
        }
        int errorsBefore = errors.size();
        rejectUnknownFields(node, errors);
        String mode = readMode(node.get("mode"), errors);
        List<String> workspaces = readWorkspaces(node.get("workspaces"), mode, errors);
        return errors.size() > errorsBefore ? null : new PermissionSettings(mode, workspaces);
    }

    private static void rejectUnknownFields(JsonNode node, List<ValidationError> errors) {
        node.fieldNames().forEachRemaining(name -> {
            if (!"mode".equals(name) && !"workspaces".equals(name)) {
                errors.add(new ValidationError(
                        LOCATION + "." + MessageValues.cut(name),
                        "unknown field " + MessageValues.quote(name) + "; permissions has mode and workspaces"));
            }
        });
    }

    private static String readMode(JsonNode mode, List<ValidationError> errors) {
        if (mode == null || mode.isNull()) {
            errors.add(new ValidationError(
                    LOCATION + ".mode", "permissions.mode is required: use " + String.join(", ", MODES)));
            return null;
        }
        if (!mode.isTextual() || !MODES.contains(mode.asText())) {
            errors.add(new ValidationError(
                    LOCATION + ".mode",
                    "permissions.mode " + MessageValues.quote(mode.asText()) + " is invalid: use "
                            + String.join(", ", MODES)));
            return null;
        }
        return mode.asText();
    }

    private static List<String> readWorkspaces(JsonNode node, String mode, List<ValidationError> errors) {
        String location = LOCATION + ".workspaces";
        boolean absent = node == null || node.isNull();
        if (!PermissionSettings.WORKSPACES.equals(mode)) {
            if (!absent && (!node.isArray() || !node.isEmpty())) {
                errors.add(new ValidationError(
                        location, "permissions.workspaces is only allowed when mode is 'workspaces'; remove it"));
            }
            return List.of();
        }
        if (absent || !node.isArray() || node.isEmpty()) {
            errors.add(new ValidationError(
                    location,
                    "permissions.workspaces must list at least one workspace handle when mode is 'workspaces'"));
            return List.of();
        }
        Set<String> handles = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            readWorkspace(node.get(i), location + "[" + i + "]", handles, errors);
        }
        return List.copyOf(handles);
    }

    // NOTE: only the handle format is checked here; whether the workspace exists is up to
    // permission-service, which applies the grants.
    private static void readWorkspace(
            JsonNode entry, String location, Set<String> handles, List<ValidationError> errors) {
        String handle = entry.asText();
        Optional<String> reason =
                entry.isTextual() ? AwsRules.checkWorkspaceHandle(handle) : Optional.of("use a string");
        if (reason.isPresent()) {
            errors.add(new ValidationError(
                    location, "workspace handle " + MessageValues.quote(handle) + " is invalid: " + reason.get()));
        } else if (!handles.add(handle)) {
            errors.add(new ValidationError(
                    location, "workspace handle " + MessageValues.quote(handle) + " appears more than once"));
        }
    }
}
