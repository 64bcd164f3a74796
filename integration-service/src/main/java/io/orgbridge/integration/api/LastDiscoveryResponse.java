package io.orgbridge.integration.api;

import java.time.Instant;

/**
 * Summary of the latest discovery run that discovery-service reported.
 *
 * @param status {@code completed} or {@code failed}
 * @param organizationalUnitCount null for a failed run
 */
public record LastDiscoveryResponse(
        String runId,
        long runSequence,
        String trigger,
        String status,
        Instant startedAt,
        Instant finishedAt,
        String organizationId,
        String rootId,
        Integer organizationalUnitCount,
        Integer accountCount,
        Integer roleCheckFailureCount) {}
