package io.orgbridge.integration.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An org as permission-service returns it.
 *
 * @param plan the org's plan, such as {@code free}, {@code team} or {@code enterprise}
 * @param tenantCustom true when the org belongs to a custom (Enterprise) tenant, false in the
 *     shared default tenant
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrgView(
        String id,
        String handle,
        String plan,
        String tenantId,
        String tenantHandle,
        String tenantPlan,
        boolean tenantCustom) {}
