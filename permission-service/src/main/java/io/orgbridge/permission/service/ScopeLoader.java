package io.orgbridge.permission.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.TenantEntity;
import io.orgbridge.permission.security.Caller;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/**
 * Loads the tenant or org of a request and applies the access rules. A scope that does not exist
 * or that the caller may not see is 404, so handles of other tenants and orgs stay invisible. A
 * change by a caller who may see the scope but is not an owner is 403.
 */
@ApplicationScoped
public class ScopeLoader {

    public Uni<ScopeContext> readable(Caller caller, Scope scope) {
        return scope.isOrg() ? readableOrg(caller, scope.handle()) : readableTenant(caller, scope.handle());
    }

    public Uni<ScopeContext> owned(Caller caller, Scope scope) {
        return readable(caller, scope).invoke(context -> requireOwner(caller, context));
    }

    public Uni<ScopeContext> readableOrg(Caller caller, String orgHandle) {
        return OrgEntity.findByHandle(orgHandle).chain(org -> {
            if (org == null) {
                return Uni.createFrom().failure(orgNotFound(orgHandle));
            }
            return TenantEntity.<TenantEntity>findById(org.tenantId).map(tenant -> {
                if (tenant == null || !caller.canReadOrg(org, tenant)) {
                    throw orgNotFound(orgHandle);
                }
                return new ScopeContext(tenant, org);
            });
        });
    }

    public Uni<ScopeContext> readableTenant(Caller caller, String tenantHandle) {
        return TenantEntity.findByHandle(tenantHandle).map(tenant -> {
            if (tenant == null || !caller.canReadTenant(tenant)) {
                throw ProblemException.notFound("tenant " + tenantHandle + " not found");
            }
            return new ScopeContext(tenant, null);
        });
    }

    private static void requireOwner(Caller caller, ScopeContext context) {
        boolean owner = context.isOrg() ? caller.isOrgOwner(context.org()) : caller.isTenantOwner(context.tenant());
        if (!owner) {
            throw ProblemException.forbidden("only an owner of " + context + " may change it");
        }
    }

    private static ProblemException orgNotFound(String orgHandle) {
        return ProblemException.notFound("org " + orgHandle + " not found");
    }
}
