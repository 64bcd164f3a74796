package io.orgbridge.events.connection;

import java.util.List;

/**
 * A connection as published on {@code connection-events}.
 *
 * @param handleMode {@code dynamic} (generated) or {@code static} (set by a user)
 * @param status {@code enabled} or {@code disabled}
 * @param ouPath OU names from the root down, joined by {@code /}
 */
public record ConnectionData(
        String id,
        String tenantId,
        String orgId,
        String integrationId,
        String parentId,
        String handle,
        String handleMode,
        String plugin,
        String status,
        String statusReason,
        String accountId,
        String accountName,
        String accountState,
        String ouPath,
        AwsConnectionConfig config,
        long versionId) {

    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";

    /**
     * Steampipe AWS plugin settings of one connection.
     *
     * @param minErrorRetryDelay milliseconds
     */
    public record AwsConnectionConfig(
            String roleArn,
            String externalId,
            List<String> regions,
            String defaultRegion,
            int maxErrorRetryAttempts,
            int minErrorRetryDelay,
            List<String> ignoreErrorCodes) {}
}
