package io.orgbridge.events.discovery;

import java.time.Instant;

/** A discovery run began. */
public record DiscoveryStarted(
        String runId,
        String integrationId,
        long integrationVersion,
        long runSequence,
        String trigger,
        Instant startedAt) {}
