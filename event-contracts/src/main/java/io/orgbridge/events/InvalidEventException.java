package io.orgbridge.events;

/** An event value that cannot be decoded; retrying it cannot succeed. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
