package io.orgbridge.connection.service;

import io.orgbridge.events.InvalidEventException;

/** A snapshot whose tree is inconsistent; applying it could delete what still exists, so it is skipped. */
public class InvalidSnapshotException extends InvalidEventException {

    public InvalidSnapshotException(String message) {
        super(message, null);
    }
}
