package io.orgbridge.integration.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A tenant as permission-service returns it.
 *
 * @param custom true for a custom (Enterprise) tenant, false for the shared default tenant
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TenantView(String id, String handle, String plan, boolean custom) {}
