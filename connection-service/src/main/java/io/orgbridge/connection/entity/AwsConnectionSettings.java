package io.orgbridge.connection.entity;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Steampipe AWS plugin settings of one connection, stored as JSON in {@code connection.config}.
 *
 * @param minErrorRetryDelay milliseconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AwsConnectionSettings(
        String roleArn,
        String externalId,
        List<String> regions,
        String defaultRegion,
        int maxErrorRetryAttempts,
        int minErrorRetryDelay,
        List<String> ignoreErrorCodes) {

    public AwsConnectionSettings {
        regions = regions == null ? List.of() : List.copyOf(regions);
        ignoreErrorCodes = ignoreErrorCodes == null ? List.of() : List.copyOf(ignoreErrorCodes);
    }
}
