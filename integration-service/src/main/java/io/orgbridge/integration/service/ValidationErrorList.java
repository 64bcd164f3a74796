package io.orgbridge.integration.service;

import java.util.ArrayList;

import io.orgbridge.platform.rest.ValidationError;

/**
 * The validation errors of one request. It keeps the first {@value #MAX_KEPT} errors and only
 * counts the rest, so that a body with millions of invalid list entries cannot fill the heap.
 * {@link #size()} counts the kept errors and {@link #total()} counts all of them. Once the list is
 * full, a reader that compares sizes finds no new errors, so callers must decide by
 * {@link RequestChecks#throwIfAny}, which looks at the whole list.
 */
final class ValidationErrorList extends ArrayList<ValidationError> {

    static final int MAX_KEPT = 100;

    private int dropped;

    @Override
    public boolean add(ValidationError error) {
        if (size() >= MAX_KEPT) {
            dropped++;
            return false;
        }
        return super.add(error);
    }

    /** Returns the number of errors added, kept or not. */
    int total() {
        return size() + dropped;
    }
}
