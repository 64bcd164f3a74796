package io.orgbridge.permission.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.permission.service.GrantService;
import io.orgbridge.permission.service.GrantService.ItemRef;
import io.orgbridge.permission.service.PermissionRequest;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Access;

/** The four permission operations, shared by the org and tenant resources. */
@ApplicationScoped
class PermissionEndpoints {

    private final GrantService grants;
    private final Access access;

    PermissionEndpoints(GrantService grants, Access access) {
        this.grants = grants;
        this.access = access;
    }

    Uni<Page<PermissionResponse>> list(ItemRef item, String limit, String nextToken) {
        var page = RequestParameters.page(limit, nextToken);
        return grants.list(Callers.of(access), item, page).map(result -> Pages.map(result, PermissionResponse::from));
    }

    Uni<RestResponse<PermissionResponse>> create(ItemRef item, PermissionRequest body) {
        PermissionRequest request = RequestParameters.requireBody(body);
        return grants.create(Callers.of(access), item, request)
                .map(view -> RestResponse.status(Response.Status.CREATED, PermissionResponse.from(view)));
    }

    Uni<PermissionResponse> get(ItemRef item, String permissionId) {
        return grants.get(Callers.of(access), item, permissionId).map(PermissionResponse::from);
    }

    Uni<PermissionResponse> delete(ItemRef item, String permissionId, String ifMatch) {
        Long expectedVersion = RequestParameters.ifMatch(ifMatch);
        return grants.delete(Callers.of(access), item, permissionId, expectedVersion)
                .map(PermissionResponse::from);
    }
}
