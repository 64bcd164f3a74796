package io.orgbridge.permission.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;

/** Collects the invalid fields of one request, so that a single 400 response lists them all. */
final class ValidationErrors {

    private final List<ValidationError> errors = new ArrayList<>();

    ValidationErrors add(String location, String message) {
        errors.add(new ValidationError(location, message));
        return this;
    }

    /** Throws a 400 problem naming every collected field, if any. */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        String detail = errors.stream()
                .map(error -> error.location() + ": " + error.message())
                .collect(Collectors.joining("; "));
        throw ProblemException.badRequest(detail, errors);
    }
}
