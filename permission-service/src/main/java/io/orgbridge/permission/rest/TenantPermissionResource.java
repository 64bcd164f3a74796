package io.orgbridge.permission.rest;

import jakarta.ws.rs.Path;

import io.orgbridge.permission.service.GrantService;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/** Permissions (grants) on the folders and connections of a tenant. */
@Path("/api/v0/tenant/{scope_handle}")
public class TenantPermissionResource extends PermissionResource {

    public TenantPermissionResource(GrantService grants, Access access) {
        super(grants, access);
    }

    @Override
    protected Scope scope(String scopeHandle) {
        return Scope.tenant(scopeHandle);
    }
}
