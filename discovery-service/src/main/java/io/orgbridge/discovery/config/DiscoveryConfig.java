package io.orgbridge.discovery.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of discovery runs ({@code orgbridge.discovery.*}). */
@ConfigMapping(prefix = "orgbridge.discovery")
public interface DiscoveryConfig {

    /** How often the poller claims queued runs and due schedules; default 2 s. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Time between the end of a run and the next periodic full read of the integration; default 15 min. */
    @WithDefault("PT15M")
    Duration scheduleInterval();

    /** Runs that one service instance executes at once; default 4. */
    @WithDefault("4")
    int maxConcurrentRuns();

    /**
     * How long a running run stays claimed without a renewal; default 2 min. The instance that runs
     * it renews the lease on every poll, so only a crashed instance lets it expire, and the poller
     * then fails the run and schedules a new one.
     */
    @WithDefault("PT2M")
    Duration leaseTimeout();

    /** Parents (root or OUs) whose children one run lists at once; default 4. */
    @WithDefault("4")
    int parentConcurrency();

    /** Member role checks (sts:AssumeRole) one run makes at once; default 4. */
    @WithDefault("4")
    int roleCheckConcurrency();

    /** MaxResults of each Organizations list call, 1 to 20; default 20. */
    @WithDefault("20")
    int pageSize();

    /**
     * Share of AWS's per-account Organizations rate limits that this service uses, above 0 and at
     * most 1; default 0.8. AWS counts the calls of every tool of the account together, and network
     * jitter bunches calls that were sent evenly, so running at the full rate draws throttling.
     */
    @WithDefault("0.8")
    double rateShare();

    /** Topic of discovery.started, discovery.completed and discovery.failed; default discovery-events. */
    @WithDefault("discovery-events")
    String eventsTopic();
}
