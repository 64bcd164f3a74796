package io.orgbridge.integration.service;

import io.orgbridge.integration.entity.IntegrationEntity;

/** Explains which handle rule a new handle breaks, naming the scope of the integration that already uses it. */
final class HandleConflicts {

    private HandleConflicts() {}

    static String describe(IntegrationOwner owner, String handle, IntegrationEntity existing) {
        String taken = "integration handle '" + handle + "' is already used by ";
        if (!owner.isOrg()) {
            if (existing.isOrgLevel()) {
                return taken + "an integration of org " + existing.orgHandle + "; a tenant integration's handle must"
                        + " be unique across tenant " + owner.tenantHandle()
                        + " and all its orgs; choose another handle";
            }
            return taken + "another integration of tenant " + owner.tenantHandle() + "; choose another handle";
        }
        if (!existing.isOrgLevel()) {
            return taken + "an integration of tenant " + existing.tenantHandle + "; in a custom tenant an org"
                    + " integration's handle must also differ from the tenant's own integrations; choose another handle";
        }
        return taken + "another integration of org " + owner.orgHandle() + "; choose another handle";
    }
}
