package io.orgbridge.connection.service;

import io.orgbridge.platform.rest.ProblemException;

/** Checks the {@code If-Match} version a client sent against the stored one. */
final class Versions {

    private Versions() {}

    /** @throws ProblemException 412 when a version was sent and differs from the stored one */
    static void check(String item, long stored, Long expected) {
        if (expected != null && expected != stored) {
            throw ProblemException.preconditionFailed(item + " is at version " + stored + ", not " + expected
                    + " as If-Match expects; fetch it again and retry with its current version_id");
        }
    }
}
