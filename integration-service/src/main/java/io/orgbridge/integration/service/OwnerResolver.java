package io.orgbridge.integration.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.client.TenantView;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/**
 * Looks up the org or tenant of a request in permission-service, forwarding the caller's bearer
 * token, and turns permission-service's failures into problem responses.
 */
@ApplicationScoped
public class OwnerResolver {

    private final PermissionClient permissions;
    private final SecurityIdentity identity;

    public OwnerResolver(@RestClient PermissionClient permissions, SecurityIdentity identity) {
        this.permissions = permissions;
        this.identity = identity;
    }

    public Uni<IntegrationOwner> resolve(Scope scope) {
        String authorization = "Bearer " + rawToken();
        Uni<IntegrationOwner> owner = scope.isOrg()
                ? permissions.org(scope.handle(), authorization).map(org -> fromOrg(scope, org))
                : permissions.tenant(scope.handle(), authorization).map(tenant -> fromTenant(scope, tenant));
        return owner.onFailure().transform(failure -> lookupFailed(scope, failure));
    }

    private String rawToken() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            return jwt.getRawToken();
        }
        throw new ProblemException(401, "Unauthorized", "a bearer token is required", List.of());
    }

    private static IntegrationOwner fromOrg(Scope scope, OrgView org) {
        return new IntegrationOwner(
                scope, org.tenantId(), org.tenantHandle(), org.tenantCustom(), org.id(), org.handle(), org.plan());
    }

    private static IntegrationOwner fromTenant(Scope scope, TenantView tenant) {
        return new IntegrationOwner(scope, tenant.id(), tenant.handle(), tenant.custom(), null, null, tenant.plan());
    }

    private static Throwable lookupFailed(Scope scope, Throwable failure) {
        if (failure instanceof ProblemException) {
            return failure;
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 404 || status == 403) {
                return ProblemException.notFound(MessageValues.cut(scope.toString()) + " not found");
            }
            Log.errorf("permission-service returned HTTP %d to the lookup of %s", status, scope);
            return new ProblemException(
                    502,
                    "Bad Gateway",
                    "permission-service failed to look up " + scope + " (HTTP " + status + "); retry later",
                    List.of());
        }
        if (failure instanceof ProcessingException) {
            Log.errorf("permission-service is unreachable for the lookup of %s: %s", scope, failure.getMessage());
            return new ProblemException(
                    503,
                    "Service Unavailable",
                    "permission-service is unreachable, so " + scope + " cannot be looked up; retry later",
                    List.of());
        }
        return failure;
    }
}
