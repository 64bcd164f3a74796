package io.orgbridge.permission.security;

import java.util.Set;
import java.util.TreeSet;

import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.TenantEntity;
import io.orgbridge.platform.security.Memberships;

/**
 * The caller of a request and the memberships of its token, with the visibility rules of the
 * directory. Members of an org, members of its custom tenant and platform administrators may read
 * the org. Changes need an owner of the scope.
 */
public record Caller(String id, Memberships memberships) {

    public boolean isPlatformAdmin() {
        return memberships.isPlatformAdmin();
    }

    public boolean canReadTenant(TenantEntity tenant) {
        return isPlatformAdmin() || memberships.isTenantMember(tenant.handle);
    }

    public boolean isTenantOwner(TenantEntity tenant) {
        return memberships.isTenantOwner(tenant.handle);
    }

    public boolean canReadOrg(OrgEntity org, TenantEntity tenant) {
        return isPlatformAdmin()
                || memberships.isOrgMember(org.handle)
                || (tenant.custom && memberships.isTenantMember(tenant.handle));
    }

    public boolean isOrgOwner(OrgEntity org) {
        return memberships.isOrgOwner(org.handle);
    }

    /** Platform administrators create orgs anywhere; an owner of a custom tenant creates them in it. */
    public boolean canCreateOrgIn(TenantEntity tenant) {
        return isPlatformAdmin() || (tenant.custom && isTenantOwner(tenant));
    }

    /** Handles of the tenants named in the caller's {@code tenant:<handle>:owner|member} groups. */
    public Set<String> tenantHandles() {
        return handlesOf("tenant:");
    }

    /** Handles of the orgs named in the caller's {@code org:<handle>:owner|member} groups. */
    public Set<String> orgHandles() {
        return handlesOf("org:");
    }

    private Set<String> handlesOf(String prefix) {
        Set<String> handles = new TreeSet<>();
        for (String group : memberships.groups()) {
            if (!group.startsWith(prefix)) {
                continue;
            }
            String rest = group.substring(prefix.length());
            int colon = rest.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            String role = rest.substring(colon + 1);
            if (role.equals("owner") || role.equals("member")) {
                handles.add(rest.substring(0, colon));
            }
        }
        return handles;
    }
}
