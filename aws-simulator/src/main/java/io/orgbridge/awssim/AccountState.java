package io.orgbridge.awssim;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code State} of an account in AWS Organizations. */
public enum AccountState {
    PENDING_ACTIVATION,
    ACTIVE,
    SUSPENDED,
    PENDING_CLOSURE,
    CLOSED;

    static Set<String> names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.toSet());
    }
}
