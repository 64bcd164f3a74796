package io.orgbridge.permission.rest;

import io.orgbridge.permission.security.Caller;
import io.orgbridge.platform.security.Access;

/** Builds the {@link Caller} of the current request from its verified token. */
final class Callers {

    private Callers() {}

    static Caller of(Access access) {
        return new Caller(access.callerId(), access.memberships());
    }
}
