package io.orgbridge.platform.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.orgbridge.platform.rest.ProblemException;

/**
 * Checks the caller's memberships for the tenant or org a request addresses. A caller who is not
 * even a member gets 404, so that handles of other tenants and orgs stay invisible; a member who
 * is not an owner gets 403 on writes.
 */
@RequestScoped
public class Access {

    private final SecurityIdentity identity;

    public Access(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Memberships memberships() {
        Set<String> groups = new HashSet<>(identity.getRoles());
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getGroups() != null) {
            groups.addAll(jwt.getGroups());
        }
        return new Memberships(groups);
    }

    /** The caller's subject, recorded as {@code created_by_id} and {@code updated_by_id}. */
    public String callerId() {
        return identity.getPrincipal().getName();
    }

    public void requireMember(Scope scope) {
        Memberships memberships = memberships();
        boolean member =
                scope.isOrg() ? memberships.isOrgMember(scope.handle()) : memberships.isTenantMember(scope.handle());
        if (!member) {
            throw ProblemException.notFound(scope + " not found");
        }
    }

    public void requireOwner(Scope scope) {
        requireMember(scope);
        Memberships memberships = memberships();
        boolean owner =
                scope.isOrg() ? memberships.isOrgOwner(scope.handle()) : memberships.isTenantOwner(scope.handle());
        if (!owner) {
            throw ProblemException.forbidden("only an owner of " + scope + " may change it");
        }
    }

    public void requirePlatformAdmin() {
        if (!memberships().isPlatformAdmin()) {
            throw ProblemException.forbidden("only a platform administrator (group platform:admin) may do this");
        }
    }
}
