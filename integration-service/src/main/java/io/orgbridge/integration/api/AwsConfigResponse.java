package io.orgbridge.integration.api;

import java.util.List;

/**
 * The AWS configuration as the API returns it. The secret access key is never returned;
 * {@code discoverySecretKeySet} is true when one is stored.
 */
public record AwsConfigResponse(
        String discoveryMode,
        String discoveryRoleArn,
        String discoveryExternalId,
        String discoveryAccessKey,
        Boolean discoverySecretKeySet,
        String handlePrefix,
        String roleName,
        String externalId,
        List<String> regions,
        String defaultRegion,
        int maxErrorRetryAttempts,
        int minErrorRetryDelay,
        List<String> ignoreErrorCodes) {}
