package io.orgbridge.permission.rest;

import jakarta.ws.rs.Path;

import io.orgbridge.permission.service.GrantService;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/** Permissions (grants) on the folders and connections of an org. */
@Path("/api/v0/org/{scope_handle}")
public class OrgPermissionResource extends PermissionResource {

    public OrgPermissionResource(GrantService grants, Access access) {
        super(grants, access);
    }

    @Override
    protected Scope scope(String scopeHandle) {
        return Scope.org(scopeHandle);
    }
}
