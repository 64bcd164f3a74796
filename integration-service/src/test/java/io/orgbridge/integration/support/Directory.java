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

    /** Returns a custom tenant on the enterprise plan. */
    public TenantView customTenant(String handle) {
        TenantView tenant = new TenantView(Ids.newId(Ids.TENANT), handle, "enterprise", true);
        when(client.tenant(eq(handle), anyString())).thenReturn(Uni.createFrom().item(tenant));
        return tenant;
    }

    /** Returns the shared default tenant, which has no tenant-level integrations. */
    public TenantView defaultTenant(String handle) {
        TenantView tenant = new TenantView(Ids.newId(Ids.TENANT), handle, "free", false);
        when(client.tenant(eq(handle), anyString())).thenReturn(Uni.createFrom().item(tenant));
        return tenant;
    }

    /** Returns an org of the shared default tenant. */
    public OrgView org(String handle, String plan) {
        return org(handle, plan, defaultTenant());
    }

    public OrgView org(String handle, String plan, TenantView tenant) {
        return register(Ids.newId(Ids.ORG), handle, plan, tenant);
    }

    /**
     * Registers the example org on the team plan, whose id {@value TestData#EXAMPLE_ORG_ID} starts the
     * external IDs that the AWS simulator's roles trust. Every test that uses it shares its id, so
     * integrations created in it need unique handles.
     */
    public OrgView exampleOrg(String handle) {
        return register(TestData.EXAMPLE_ORG_ID, handle, "team", defaultTenant());
    }

    private OrgView register(String id, String handle, String plan, TenantView tenant) {
        OrgView org = new OrgView(id, handle, plan, tenant.id(), tenant.handle(), tenant.plan(), tenant.custom());
        when(client.org(eq(handle), anyString())).thenReturn(Uni.createFrom().item(org));
        return org;
    }

    private static TenantView defaultTenant() {
        return new TenantView("t_default00000000000000", "default", "free", false);
    }
}
