package io.orgbridge.awssim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one simulator instance. Build it with {@link #builder()}, which requires only the
 * fixture.
 *
 * @param fixture the organization to serve
 * @param fixturePath the file the fixture came from, re-read on reset; null when built from an object
 * @param bindAddress the address to listen on, 127.0.0.1 by default
 * @param port the TCP port, 0 (the default) for a free port chosen by the system
 * @param throttling whether Organizations calls are rate limited as AWS does, on by default
 * @param platformPrincipals long-term keys of the SaaS platform's own AWS principals, {@link PlatformPrincipal#DEFAULT} by default
 * @param clock the clock for session expiry, timestamps and the account delays; the system clock by default
 * @param createAccountDelay how long CreateAccount stays IN_PROGRESS, zero by default
 * @param closeAccountDelay how long a closed account stays PENDING_CLOSURE before it is CLOSED, zero by default
 */
public record SimulatorConfig(
        Fixture fixture,
        Path fixturePath,
        String bindAddress,
        int port,
        boolean throttling,
        List<PlatformPrincipal> platformPrincipals,
        Clock clock,
        Duration createAccountDelay,
        Duration closeAccountDelay) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    public SimulatorConfig {
        Objects.requireNonNull(fixture, "fixture");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        platformPrincipals = List.copyOf(platformPrincipals);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0-65535, got " + port);
        }
        requireNotNegative("createAccountDelay", createAccountDelay);
        requireNotNegative("closeAccountDelay", closeAccountDelay);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns a configuration serving the bundled example organization with all defaults. */
    public static SimulatorConfig exampleCorp() {
        return builder().fixture(FixtureLoader.exampleCorp()).build();
    }

    private static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
    }

    /** Builder of {@link SimulatorConfig}. */
    public static final class Builder {
        private Fixture fixture;
        private Path fixturePath;
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private int port;
        private boolean throttling = true;
        private List<PlatformPrincipal> platformPrincipals = List.of(PlatformPrincipal.DEFAULT);
        private Clock clock = Clock.systemUTC();
        private Duration createAccountDelay = Duration.ZERO;
        private Duration closeAccountDelay = Duration.ZERO;

        private Builder() {}

        /** Loads and validates a fixture file, which a reset re-reads. */
        public Builder fixture(Path path) {
            this.fixture = FixtureLoader.load(path);
            this.fixturePath = path;
            return this;
        }

        public Builder fixture(Fixture fixture) {
            this.fixture = fixture;
            this.fixturePath = null;
            return this;
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder throttling(boolean throttling) {
            this.throttling = throttling;
            return this;
        }

        /** Replaces the default platform principal. */
        public Builder platformPrincipals(List<PlatformPrincipal> platformPrincipals) {
            this.platformPrincipals = new ArrayList<>(platformPrincipals);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder createAccountDelay(Duration createAccountDelay) {
            this.createAccountDelay = createAccountDelay;
            return this;
        }

        public Builder closeAccountDelay(Duration closeAccountDelay) {
            this.closeAccountDelay = closeAccountDelay;
            return this;
        }

        public SimulatorConfig build() {
            if (fixture == null) {
                throw new IllegalStateException("A fixture is required: call fixture(Path) or fixture(Fixture)");
            }
            return new SimulatorConfig(
                    fixture,
                    fixturePath,
                    bindAddress,
                    port,
                    throttling,
                    platformPrincipals,
                    clock,
                    createAccountDelay,
                    closeAccountDelay);
        }
    }
}
