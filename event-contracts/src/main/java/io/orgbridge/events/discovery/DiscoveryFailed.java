package io.orgbridge.events.discovery;

import java.time.Instant;

/**
 * A discovery run failed; nothing it saw may delete anything.
 *
 * @param failedCall the AWS operation that failed, with its argument, such as
 *     {@code ListAccountsForParent(ou-ex4m-00008104)}
 */
public record DiscoveryFailed(
        String runId,
        String integrationId,
        long integrationVersion,
        long runSequence,
        String trigger,
        Instant startedAt,
        Instant finishedAt,
        String failedCall,
        String errorCode,
        String message) {}
