package io.orgbridge.integration.support;

import io.smallrye.mutiny.Uni;

import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.client.TenantView;
import io.orgbridge.platform.id.Ids;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/** Registers orgs and tenants in a mocked {@link PermissionClient}. */
public final class Directory {

    private final PermissionClient client;

    public Directory(PermissionClient client) {
        this.client = client;
    }

    /** A custom tenant on the enterprise plan. */
    public TenantView customTenant(String handle) {
        TenantView tenant = new TenantView(Ids.newId(Ids.TENANT), handle, "enterprise", true);
        when(client.tenant(eq(handle), anyString())).thenReturn(Uni.createFrom().item(tenant));
        return tenant;
    }

    /** The shared default tenant, which has no tenant-level integrations. */
    public TenantView defaultTenant(String handle) {
        TenantView tenant = new TenantView(Ids.newId(Ids.TENANT), handle, "free", false);
        when(client.tenant(eq(handle), anyString())).thenReturn(Uni.createFrom().item(tenant));
        return tenant;
    }

    /** An org of the shared default tenant. */
    public OrgView org(String handle, String plan) {
        return org(handle, plan, new TenantView("t_default00000000000000", "default", "free", false));
    }

    public OrgView org(String handle, String plan, TenantView tenant) {
        OrgView org = new OrgView(
                Ids.newId(Ids.ORG), handle, plan, tenant.id(), tenant.handle(), tenant.plan(), tenant.custom());
        when(client.org(eq(handle), anyString())).thenReturn(Uni.createFrom().item(org));
        return org;
    }
}
