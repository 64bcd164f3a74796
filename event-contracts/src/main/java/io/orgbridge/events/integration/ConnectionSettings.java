package io.orgbridge.events.integration;

import java.util.List;

/**
 * Settings every discovered connection inherits.
 *
 * @param minErrorRetryDelay milliseconds
 */
public record ConnectionSettings(
        String handlePrefix,
        String roleName,
        String externalId,
        List<String> regions,
        String defaultRegion,
        int maxErrorRetryAttempts,
        int minErrorRetryDelay,
        List<String> ignoreErrorCodes) {}
