package io.orgbridge.permission.rest;

import java.time.Instant;

import io.orgbridge.permission.service.OrgView;

/**
 * An org as the API returns it, with the facts of its tenant that callers need to apply plan rules.
 *
 * @param plan {@code free}, {@code team} or {@code enterprise}
 * @param tenantCustom false when the org lives in the shared default tenant
 */
public record OrgResponse(
        String id,
        String handle,
        String displayName,
        String plan,
        String tenantId,
        String tenantHandle,
        String tenantPlan,
        boolean tenantCustom,
        long versionId,
        Instant createdAt,
        String createdById,
        Instant updatedAt,
        String updatedById) {

    static OrgResponse from(OrgView view) {
        var org = view.org();
        var tenant = view.tenant();
        return new OrgResponse(
                org.id,
                org.handle,
                org.displayName,
                org.plan,
                tenant.id,
                tenant.handle,
                tenant.plan,
                tenant.custom,
                org.versionId,
                org.createdAt,
                org.createdById,
                org.updatedAt,
                org.updatedById);
    }
}
