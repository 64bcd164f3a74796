package io.orgbridge.discovery.service;

/** A discovery run could not read the whole organization. */
public class WalkFailedException extends RuntimeException {

    private final String failedCall;
    private final String errorCode;

    /**
     * @param failedCall the AWS call, with its argument in brackets when it takes one, such as
     *     {@code ListAccountsForParent(ou-ex4m-00008104)} or {@code DescribeOrganization}; null when
     *     the run failed before calling AWS
     * @param errorCode AWS's error code, such as {@code AccessDeniedException}
     */
    public WalkFailedException(String failedCall, String errorCode, String message) {
        super(message);
        this.failedCall = failedCall;
        this.errorCode = errorCode;
    }

    public String failedCall() {
        return failedCall;
    }

    public String errorCode() {
        return errorCode;
    }
}
