package io.orgbridge.aws;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Reads AWS's own error code and message out of the exceptions the SDK raises. */
public final class AwsErrors {

    private AwsErrors() {}

    /** Strips the {@link CompletionException} and {@link ExecutionException} wrappers of futures. */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Returns the first AWS service error in the cause chain, such as an {@code OrganizationsException}. */
    public static Optional<AwsServiceException> serviceException(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof AwsServiceException service) {
                return Optional.of(service);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns AWS's error code ({@code AccessDenied}, {@code TooManyRequestsException}, ...), or
     * the exception's simple class name when no AWS service returned an error (a timeout or a connection
     * failure, say).
     */
    public static String errorCode(Throwable failure) {
        return serviceException(failure)
                .map(AwsErrors::codeOf)
                .orElseGet(() -> unwrap(failure).getClass().getSimpleName());
    }

    /** Returns AWS's error message, or the exception's message when no AWS service returned an error. */
    public static String message(Throwable failure) {
        return serviceException(failure).map(AwsErrors::messageOf).orElseGet(() -> {
            Throwable cause = unwrap(failure);
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        });
    }

    private static String codeOf(AwsServiceException service) {
        if (service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return service.getClass().getSimpleName();
    }

    private static String messageOf(AwsServiceException service) {
        if (service.awsErrorDetails() != null && service.awsErrorDetails().errorMessage() != null) {
            return service.awsErrorDetails().errorMessage();
        }
        return service.getMessage();
    }
}
