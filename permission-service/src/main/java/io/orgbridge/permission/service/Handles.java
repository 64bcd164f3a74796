package io.orgbridge.permission.service;

import java.util.regex.Pattern;

/** Handle formats of the directory. */
public final class Handles {

    /** Tenant and org handles: 2-39 characters of a-z, 0-9 and '-', starting and ending with a letter or digit. */
    public static final Pattern TENANT_OR_ORG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,37}[a-z0-9]$");

    /** Workspace handles: 1-23 characters of a-z and 0-9. */
    public static final Pattern WORKSPACE = Pattern.compile("^[a-z0-9]{1,23}$");

    public static final String TENANT_OR_ORG_RULE =
            "use 2-39 characters of a-z, 0-9 and '-', starting and ending with a letter or digit";

    public static final String WORKSPACE_RULE = "use 1-23 characters of a-z and 0-9";

    /** Maximum length of a display name, in Unicode code points. */
    public static final int DISPLAY_NAME_MAX = 255;

    private Handles() {}

    public static boolean isTenantOrOrgHandle(String value) {
        return value != null && TENANT_OR_ORG.matcher(value).matches();
    }

    public static boolean isWorkspaceHandle(String value) {
        return value != null && WORKSPACE.matcher(value).matches();
    }

    /** Adds the errors of a tenant or org request's {@code handle} and {@code display_name} to {@code errors}. */
    static void validateTenantOrOrg(ValidationErrors errors, String handle, String displayName) {
        if (handle == null || handle.isEmpty()) {
            errors.add("body.handle", "handle is required; " + TENANT_OR_ORG_RULE);
        } else if (!isTenantOrOrgHandle(handle)) {
            errors.add("body.handle", "handle " + handle + " is invalid; " + TENANT_OR_ORG_RULE);
        }
        if (displayName != null) {
            validateDisplayName(errors, displayName);
        }
    }

    /**
     * Adds the error of a display name: a control character (Unicode category Cc, U+0000 and line
     * breaks included), an unpaired UTF-16 surrogate, or more than {@value #DISPLAY_NAME_MAX}
     * characters counted in code points.
     */
    private static void validateDisplayName(ValidationErrors errors, String displayName) {
        int[] codePoints = displayName.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int type = Character.getType(codePoints[i]);
            if (type == Character.CONTROL) {
                errors.add(
                        "body.display_name",
                        String.format(
                                "display_name contains the control character U+%04X at position %d; a display name"
                                        + " is one line of text without control characters",
                                codePoints[i], i + 1));
                return;
            }
            if (type == Character.SURROGATE) {
                errors.add(
                        "body.display_name",
                        "display_name contains an unpaired UTF-16 surrogate at position " + (i + 1)
                                + "; send valid Unicode text");
                return;
            }
        }
        if (codePoints.length > DISPLAY_NAME_MAX) {
            errors.add("body.display_name", "display_name is longer than " + DISPLAY_NAME_MAX + " characters");
        }
    }
}
