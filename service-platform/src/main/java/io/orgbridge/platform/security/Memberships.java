package io.orgbridge.platform.security;

import java.util.Set;

/**
 * Memberships read from a token's {@code groups} claim: {@code tenant:<handle>:owner|member},
 * {@code org:<handle>:owner|member} and {@code platform:admin}. An owner is also a member.
 */
public record Memberships(Set<String> groups) {

    public static final String PLATFORM_ADMIN = "platform:admin";

    public Memberships {
        groups = Set.copyOf(groups);
    }

    public boolean isPlatformAdmin() {
        return groups.contains(PLATFORM_ADMIN);
    }

    public boolean isTenantOwner(String tenantHandle) {
        return groups.contains("tenant:" + tenantHandle + ":owner");
    }

    public boolean isTenantMember(String tenantHandle) {
        return isTenantOwner(tenantHandle) || groups.contains("tenant:" + tenantHandle + ":member");
    }

    public boolean isOrgOwner(String orgHandle) {
        return groups.contains("org:" + orgHandle + ":owner");
    }

    public boolean isOrgMember(String orgHandle) {
        return isOrgOwner(orgHandle) || groups.contains("org:" + orgHandle + ":member");
    }
}
