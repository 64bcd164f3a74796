package io.orgbridge.aws;

/**
 * One call of a discovery probe.
 *
 * @param step the call, such as {@code sts:AssumeRole} or {@code organizations:ListRoots}
 * @param errorCode AWS's error code, such as {@code AccessDenied}; null when the call succeeded
 * @param message what the call returned, or AWS's error message
 */
public record ProbeStep(String step, boolean ok, String errorCode, String message) {

    public static final String ASSUME_ROLE = "sts:AssumeRole";
    public static final String GET_CALLER_IDENTITY = "sts:GetCallerIdentity";
    public static final String DESCRIBE_ORGANIZATION = "organizations:DescribeOrganization";
    public static final String LIST_ROOTS = "organizations:ListRoots";

    public static ProbeStep succeeded(String step, String message) {
        return new ProbeStep(step, true, null, message);
    }

    public static ProbeStep failed(String step, Throwable failure) {
        return new ProbeStep(step, false, AwsErrors.errorCode(failure), AwsErrors.message(failure));
    }
}
