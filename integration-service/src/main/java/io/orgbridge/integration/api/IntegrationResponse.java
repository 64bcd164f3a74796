package io.orgbridge.integration.api;

import java.time.Instant;

import io.orgbridge.events.integration.PermissionSettings;

/**
 * An integration as the API returns it.
 *
 * @param identityId the org id of an org integration, the tenant id of a tenant integration
 * @param orgId null for tenant integrations
 * @param lastDiscovery null until discovery-service reports a finished run
 */
public record IntegrationResponse(
        String id,
        String handle,
        String type,
        String tenantId,
        String orgId,
        String identityId,
        AwsConfigResponse config,
        PermissionSettings permissions,
        String state,
        String stateReason,
        LastDiscoveryResponse lastDiscovery,
        long versionId,
        Instant createdAt,
        String createdById,
        Instant updatedAt,
        String updatedById,
        Instant deletedAt,
        String deletedById) {}
