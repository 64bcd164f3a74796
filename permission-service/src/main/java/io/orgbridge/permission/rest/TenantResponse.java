package io.orgbridge.permission.rest;

import java.time.Instant;

import io.orgbridge.permission.entity.TenantEntity;

/**
 * A tenant as the API returns it.
 *
 * @param plan {@code free} for the default tenant, {@code enterprise} for custom tenants
 * @param custom false only for the shared default tenant
 */
public record TenantResponse(
        String id,
        String handle,
        String displayName,
        String plan,
        boolean custom,
        long versionId,
        Instant createdAt,
        String createdById,
        Instant updatedAt,
        String updatedById) {

    static TenantResponse from(TenantEntity tenant) {
        return new TenantResponse(
                tenant.id,
                tenant.handle,
                tenant.displayName,
                tenant.plan,
                tenant.custom,
                tenant.versionId,
                tenant.createdAt,
                tenant.createdById,
                tenant.updatedAt,
                tenant.updatedById);
    }
}
