package io.orgbridge.awssim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An error that a fault makes an operation return. Each protocol renders it with its own code. */
enum InjectedError {
    ACCESS_DENIED("AccessDeniedException"),
    TOO_MANY_REQUESTS("TooManyRequestsException"),
    SERVICE_EXCEPTION("ServiceException"),
    CONCURRENT_MODIFICATION("ConcurrentModificationException");

    private final String code;

    InjectedError(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Accepts the Organizations error codes and STS's AccessDenied and Throttling. */
    static InjectedError fromCode(String code) {
        if ("AccessDenied".equals(code)) {
            return ACCESS_DENIED;
        }
        if ("Throttling".equals(code)) {
            return TOO_MANY_REQUESTS;
        }
        for (InjectedError error : values()) {
            if (error.code.equals(code)) {
                return error;
            }
        }
        String expected = Arrays.stream(values()).map(InjectedError::code).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(String.format(
                Locale.ROOT, "Unsupported error code '%s' for a fault; expected one of: %s", code, expected));
    }
}
