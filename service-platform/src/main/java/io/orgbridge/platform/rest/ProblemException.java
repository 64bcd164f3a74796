package io.orgbridge.platform.rest;

import java.util.List;

/** An error that the REST layer turns into a problem details response with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<ValidationError> validationErrors;

    public ProblemException(int status, String title, String detail, List<ValidationError> validationErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.validationErrors = List.copyOf(validationErrors);
    }

    public static ProblemException badRequest(String detail, List<ValidationError> errors) {
        return new ProblemException(400, "Bad Request", detail, errors);
    }

    public static ProblemException invalidField(String location, String message) {
        return badRequest(location + ": " + message, List.of(new ValidationError(location, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException paymentRequired(String detail) {
        return new ProblemException(402, "Payment Required", detail, List.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition Failed", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<ValidationError> validationErrors() {
        return validationErrors;
    }
}
