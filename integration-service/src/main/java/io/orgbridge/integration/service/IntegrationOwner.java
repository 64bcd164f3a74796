package io.orgbridge.integration.service;

import io.orgbridge.platform.security.Scope;

/**
 * The org or tenant an integration belongs to, as permission-service describes it.
 *
 * @param tenantCustom true for a custom (Enterprise) tenant, false for the shared default tenant
 * @param orgId null for tenant integrations
 * @param plan the org's plan for org integrations, the tenant's plan for tenant integrations
 */
public record IntegrationOwner(
        Scope scope,
        String tenantId,
        String tenantHandle,
        boolean tenantCustom,
        String orgId,
        String orgHandle,
        String plan) {

    public boolean isOrg() {
        return scope.isOrg();
    }

    /** Returns the id of the org or tenant, which Pipes calls the integration's identity. */
    public String identityId() {
        return isOrg() ? orgId : tenantId;
    }

    /**
     * Returns the key of the advisory lock that serializes handle changes among integrations whose
     * handles could clash. A custom tenant's own integrations and those of all its orgs share one
     * namespace, so the key is the tenant; in the default tenant it is the org alone.
     */
    public String handleLockKey() {
        return isOrg() && !tenantCustom ? "integration-handle:org:" + orgId : "integration-handle:tenant:" + tenantId;
    }
}
