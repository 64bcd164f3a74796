package io.orgbridge.awssim;

import java.time.Clock;
import java.util.Optional;

/**
 * The state shared by the protocol handlers: the loaded fixture and organization tree, the
 * credentials, faults and throttling. A reset swaps in a fresh tree, and issued sessions survive it.
 */
final class Simulation {

    private final SimulatorConfig config;
    private final CredentialStore credentials;
    private final Faults faults = new Faults();
    private final Throttler throttler;
    private volatile Fixture fixture;
    private volatile OrganizationState organization;

    Simulation(SimulatorConfig config) {
        this.config = config;
        this.credentials = new CredentialStore(config.clock());
        this.throttler = new Throttler(config.throttling());
        load(config.fixture());
    }

    /** Replaces the organization with a fresh copy of the fixture and clears faults, call counts and buckets. */
    synchronized void reset(Fixture replacement) {
        load(replacement);
        faults.clear();
        faults.resetCallCounts();
        throttler.reset();
    }

    /** Resets to the configured fixture, re-reading its file when it came from one. */
    void reset() {
        Fixture replacement =
                config.fixturePath() == null ? config.fixture() : FixtureLoader.load(config.fixturePath());
        reset(replacement);
    }

    OrganizationState organization() {
        return organization;
    }

    /** Returns the fixture role of that name in the account, if the account has one. */
    Optional<Fixture.RoleSpec> role(String accountId, String roleName) {
        return fixture.iam().roles().stream()
                .filter(role -> role.roleName().equals(roleName) && role.existsIn(accountId))
                .findFirst();
    }

    String partition() {
        return fixture.organization().partition();
    }

    CredentialStore credentials() {
        return credentials;
    }

    Faults faults() {
        return faults;
    }

    Throttler throttler() {
        return throttler;
    }

    Clock clock() {
        return config.clock();
    }

    private void load(Fixture replacement) {
        credentials.useLongTermKeys(replacement, config.platformPrincipals());
        organization = new OrganizationState(
                replacement, config.clock(), config.createAccountDelay(), config.closeAccountDelay());
        fixture = replacement;
    }
}
