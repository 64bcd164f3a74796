package io.orgbridge.awssim;

import java.util.Map;

/**
 * An AWS error response: the error code, HTTP status, message and any extra members of the error
 * shape (such as Organizations' {@code Reason}). Each protocol renders it in its own wire format.
 */
final class ServiceError extends RuntimeException {

    private final String code;
    private final int httpStatus;
    private final Map<String, Object> members;

    ServiceError(String code, int httpStatus, String message) {
        this(code, httpStatus, message, Map.of());
    }

    ServiceError(String code, int httpStatus, String message, Map<String, Object> members) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.members = Map.copyOf(members);
    }

    String code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }

    /** Returns the error shape's members other than the message, such as {@code Reason}. */
    Map<String, Object> members() {
        return members;
    }

    @Override
    public String toString() {
        return code + " (HTTP " + httpStatus + "): " + getMessage();
    }
}
