package io.orgbridge.awssim;

/** Raised when a request's SigV4 signature or credentials are rejected. Each protocol maps the reason to its error code. */
final class AuthenticationException extends Exception {

    /** The cause of an authentication failure. */
    enum Reason {
        /** No Authorization header. */
        MISSING_AUTHENTICATION,
        /** The Authorization header or X-Amz-Date is malformed. */
        INCOMPLETE_SIGNATURE,
        /** The access key id, or the session token that must go with it, is unknown. */
        UNKNOWN_CREDENTIALS,
        /** The signature does not match, or the credential scope names another service. */
        SIGNATURE_MISMATCH,
        /** X-Amz-Date is more than 15 minutes away from the server clock. */
        SIGNATURE_EXPIRED,
        /** The temporary credentials have expired. */
        EXPIRED_TOKEN
    }

    private final Reason reason;

    AuthenticationException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
