package io.orgbridge.permission.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.permission.service.GrantService.ItemRef;
import io.orgbridge.permission.service.PermissionRequest;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Scope;

/** Permissions (grants) on the folders and connections of an org. */
@Path("/api/v0/org/{org_handle}")
public class OrgPermissionResource {

    private final PermissionEndpoints endpoints;

    public OrgPermissionResource(PermissionEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Path("/connection_folder/{folder_id}/permission")
    public Uni<Page<PermissionResponse>> listOnFolder(
            @PathParam("org_handle") String orgHandle,
            @PathParam("folder_id") String folderId,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return endpoints.list(ItemRef.folder(Scope.org(orgHandle), folderId), limit, nextToken);
    }

    @POST
    @Path("/connection_folder/{folder_id}/permission")
    public Uni<RestResponse<PermissionResponse>> createOnFolder(
            @PathParam("org_handle") String orgHandle,
            @PathParam("folder_id") String folderId,
            PermissionRequest body) {
        return endpoints.create(ItemRef.folder(Scope.org(orgHandle), folderId), body);
    }

    @GET
    @Path("/connection_folder/{folder_id}/permission/{permission_id}")
    public Uni<PermissionResponse> getOnFolder(
            @PathParam("org_handle") String orgHandle,
            @PathParam("folder_id") String folderId,
            @PathParam("permission_id") String permissionId) {
        return endpoints.get(ItemRef.folder(Scope.org(orgHandle), folderId), permissionId);
    }

    @DELETE
    @Path("/connection_folder/{folder_id}/permission/{permission_id}")
    public Uni<PermissionResponse> deleteOnFolder(
            @PathParam("org_handle") String orgHandle,
            @PathParam("folder_id") String folderId,
            @PathParam("permission_id") String permissionId,
            @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(ItemRef.folder(Scope.org(orgHandle), folderId), permissionId, ifMatch);
    }

    @GET
    @Path("/connection/{connection_handle}/permission")
    public Uni<Page<PermissionResponse>> listOnConnection(
            @PathParam("org_handle") String orgHandle,
            @PathParam("connection_handle") String connectionHandle,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return endpoints.list(ItemRef.connection(Scope.org(orgHandle), connectionHandle), limit, nextToken);
    }

    @POST
    @Path("/connection/{connection_handle}/permission")
    public Uni<RestResponse<PermissionResponse>> createOnConnection(
            @PathParam("org_handle") String orgHandle,
            @PathParam("connection_handle") String connectionHandle,
            PermissionRequest body) {
        return endpoints.create(ItemRef.connection(Scope.org(orgHandle), connectionHandle), body);
    }

    @GET
    @Path("/connection/{connection_handle}/permission/{permission_id}")
    public Uni<PermissionResponse> getOnConnection(
            @PathParam("org_handle") String orgHandle,
            @PathParam("connection_handle") String connectionHandle,
            @PathParam("permission_id") String permissionId) {
        return endpoints.get(ItemRef.connection(Scope.org(orgHandle), connectionHandle), permissionId);
    }

    @DELETE
    @Path("/connection/{connection_handle}/permission/{permission_id}")
    public Uni<PermissionResponse> deleteOnConnection(
            @PathParam("org_handle") String orgHandle,
            @PathParam("connection_handle") String connectionHandle,
            @PathParam("permission_id") String permissionId,
            @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(ItemRef.connection(Scope.org(orgHandle), connectionHandle), permissionId, ifMatch);
    }
}
