package io.orgbridge.permission.service;

import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.TenantEntity;

/**
 * The tenant or org a request addresses, loaded and checked for the caller.
 *
 * @param org null when the request addresses a tenant
 */
public record ScopeContext(TenantEntity tenant, OrgEntity org) {

    public boolean isOrg() {
        return org != null;
    }

    /** Returns the org id for an org and null for a tenant, as items of this scope carry it. */
    public String orgId() {
        return org != null ? org.id : null;
    }

    @Override
    public String toString() {
        return isOrg() ? "org " + org.handle : "tenant " + tenant.handle;
    }
}
