package io.orgbridge.integration.service;

import java.util.List;
import java.util.Objects;

/**
 * A validated AWS configuration, with every default applied.
 *
 * @param discoveryMode {@code role} or {@code access_key}
 * @param discoverySecretKey the secret access key in plain text when the request supplied one;
 *     null in role mode and when an update keeps the stored secret
 * @param minErrorRetryDelay milliseconds
 */
public record AwsIntegrationConfig(
        String discoveryMode,
        String discoveryRoleArn,
        String discoveryExternalId,
        String discoveryAccessKey,
        String discoverySecretKey,
        String handlePrefix,
        String roleName,
        String externalId,
        List<String> regions,
        String defaultRegion,
        int maxErrorRetryAttempts,
        int minErrorRetryDelay,
        List<String> ignoreErrorCodes) {

    public static final String MODE_ROLE = "role";
    public static final String MODE_ACCESS_KEY = "access_key";

    public boolean isRoleMode() {
        return MODE_ROLE.equals(discoveryMode);
    }

    /** True when the discovery credentials differ; a changed secret counts when {@code other} supplies one. */
    public boolean discoveryDiffers(AwsIntegrationConfig other) {
        return !Objects.equals(discoveryMode, other.discoveryMode)
                || !Objects.equals(discoveryRoleArn, other.discoveryRoleArn)
                || !Objects.equals(discoveryExternalId, other.discoveryExternalId)
                || !Objects.equals(discoveryAccessKey, other.discoveryAccessKey)
                || other.discoverySecretKey != null;
    }

    /** Leaves out the secret access key. */
    @Override
    public String toString() {
        return "AwsIntegrationConfig[discoveryMode=" + discoveryMode + ", discoveryRoleArn=" + discoveryRoleArn
                + ", discoveryAccessKey=" + discoveryAccessKey + ", roleName=" + roleName + ", regions=" + regions
                + "]";
    }
}
