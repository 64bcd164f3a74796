package io.orgbridge.aws;

/**
 * Outcome of assuming a member account's connection role.
 *
 * @param errorCode AWS's error code, such as {@code AccessDenied}; null when the role was assumed
 * @param message AWS's error message; null when the role was assumed
 */
public record RoleCheckResult(String roleArn, boolean ok, String errorCode, String message) {

    public static RoleCheckResult assumed(String roleArn) {
        return new RoleCheckResult(roleArn, true, null, null);
    }

    public static RoleCheckResult failed(String roleArn, Throwable failure) {
        return new RoleCheckResult(roleArn, false, AwsErrors.errorCode(failure), AwsErrors.message(failure));
    }
}
