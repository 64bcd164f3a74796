package io.orgbridge.permission.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.permission.service.GrantService;
import io.orgbridge.permission.service.GrantService.ItemRef;
import io.orgbridge.permission.service.PermissionRequest;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/**
 * Permissions (grants) on the folders and connections of an org or a tenant. Each subclass maps
 * one scope kind to its path with a {@code {scope_handle}} parameter.
 *
 * <p>NOTE: one class on {@code /api/v0/{scope_kind: org|tenant}/{scope_handle}} does not route in
 * Quarkus REST 3.33.2: in a class-level path, a plain parameter that follows a regex parameter and ends
 * the path matches only one character, so requests under it get 404.
 */
public abstract class PermissionResource {

    private final GrantService grants;
    private final Access access;

    protected PermissionResource(GrantService grants, Access access) {
        this.grants = grants;
        this.access = access;
    }

    /** Returns the org or tenant named by the {@code scope_handle} path parameter. */
    protected abstract Scope scope(String scopeHandle);

    @GET
    @Path("/connection_folder/{folder_id}/permission")
    public Uni<Page<PermissionResponse>> listOnFolder(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("folder_id") String folderId,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return list(ItemRef.folder(scope(scopeHandle), folderId), limit, nextToken);
    }

    @POST
    @Path("/connection_folder/{folder_id}/permission")
    public Uni<RestResponse<PermissionResponse>> createOnFolder(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("folder_id") String folderId,
            PermissionRequest body) {
        return create(ItemRef.folder(scope(scopeHandle), folderId), body);
    }

    @GET
    @Path("/connection_folder/{folder_id}/permission/{permission_id}")
    public Uni<PermissionResponse> getOnFolder(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("folder_id") String folderId,
            @PathParam("permission_id") String permissionId) {
        return get(ItemRef.folder(scope(scopeHandle), folderId), permissionId);
    }

    @DELETE
    @Path("/connection_folder/{folder_id}/permission/{permission_id}")
    public Uni<PermissionResponse> deleteOnFolder(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("folder_id") String folderId,
            @PathParam("permission_id") String permissionId,
            @HeaderParam("If-Match") String ifMatch) {
        return delete(ItemRef.folder(scope(scopeHandle), folderId), permissionId, ifMatch);
    }

    @GET
    @Path("/connection/{connection_handle}/permission")
    public Uni<Page<PermissionResponse>> listOnConnection(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("connection_handle") String connectionHandle,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return list(ItemRef.connection(scope(scopeHandle), connectionHandle), limit, nextToken);
    }

    @POST
    @Path("/connection/{connection_handle}/permission")
    public Uni<RestResponse<PermissionResponse>> createOnConnection(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("connection_handle") String connectionHandle,
            PermissionRequest body) {
        return create(ItemRef.connection(scope(scopeHandle), connectionHandle), body);
    }

    @GET
    @Path("/connection/{connection_handle}/permission/{permission_id}")
    public Uni<PermissionResponse> getOnConnection(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("connection_handle") String connectionHandle,
            @PathParam("permission_id") String permissionId) {
        return get(ItemRef.connection(scope(scopeHandle), connectionHandle), permissionId);
    }

    @DELETE
    @Path("/connection/{connection_handle}/permission/{permission_id}")
    public Uni<PermissionResponse> deleteOnConnection(
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("connection_handle") String connectionHandle,
            @PathParam("permission_id") String permissionId,
            @HeaderParam("If-Match") String ifMatch) {
        return delete(ItemRef.connection(scope(scopeHandle), connectionHandle), permissionId, ifMatch);
    }

    private Uni<Page<PermissionResponse>> list(ItemRef item, String limit, String nextToken) {
        var page = RequestParameters.page(limit, nextToken);
        return grants.list(Callers.of(access), item, page).map(result -> Pages.map(result, PermissionResponse::from));
    }

    private Uni<RestResponse<PermissionResponse>> create(ItemRef item, PermissionRequest body) {
        PermissionRequest request = RequestParameters.requireBody(body);
        return grants.create(Callers.of(access), item, request)
                .map(view -> RestResponse.status(Response.Status.CREATED, PermissionResponse.from(view)));
    }

    private Uni<PermissionResponse> get(ItemRef item, String permissionId) {
        return grants.get(Callers.of(access), item, permissionId).map(PermissionResponse::from);
    }

    private Uni<PermissionResponse> delete(ItemRef item, String permissionId, String ifMatch) {
        Long expectedVersion = RequestParameters.ifMatch(ifMatch);
        return grants.delete(Callers.of(access), item, permissionId, expectedVersion)
                .map(PermissionResponse::from);
    }
}
