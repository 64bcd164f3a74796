package io.orgbridge.events.integration;

import java.util.List;

/**
 * Initial grants on the integration's top-level folder.
 *
 * @param mode {@code none}, {@code all_workspaces} or {@code workspaces}
 * @param workspaces workspace handles when mode is {@code workspaces}
 */
public record PermissionSettings(String mode, List<String> workspaces) {

    public static final String NONE = "none";
    public static final String ALL_WORKSPACES = "all_workspaces";
    public static final String WORKSPACES = "workspaces";
}
