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

import io.orgbridge.permission.service.WorkspaceService;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Access;

/** Workspaces of an org and the connections each can use. */
@Path("/api/v0/org/{org_handle}/workspace")
public class WorkspaceResource {

    private final WorkspaceService workspaces;
    private final Access access;

    public WorkspaceResource(WorkspaceService workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @POST
    public Uni<RestResponse<WorkspaceResponse>> create(
            @PathParam("org_handle") String orgHandle, CreateWorkspaceRequest body) {
        CreateWorkspaceRequest request = RequestParameters.requireBody(body);
        return workspaces
                .create(Callers.of(access), orgHandle, request.handle())
                .map(view -> RestResponse.status(Response.Status.CREATED, WorkspaceResponse.from(view)));
    }

    @GET
    public Uni<Page<WorkspaceResponse>> list(
            @PathParam("org_handle") String orgHandle,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        var page = RequestParameters.page(limit, nextToken);
        return workspaces
                .list(Callers.of(access), orgHandle, page)
                .map(result -> Pages.map(result, WorkspaceResponse::from));
    }

    @GET
    @Path("/{workspace_handle}")
    public Uni<WorkspaceResponse> get(
            @PathParam("org_handle") String orgHandle, @PathParam("workspace_handle") String workspaceHandle) {
        return workspaces.get(Callers.of(access), orgHandle, workspaceHandle).map(WorkspaceResponse::from);
    }

    @DELETE
    @Path("/{workspace_handle}")
    public Uni<WorkspaceResponse> delete(
            @PathParam("org_handle") String orgHandle,
            @PathParam("workspace_handle") String workspaceHandle,
            @HeaderParam("If-Match") String ifMatch) {
        Long expectedVersion = RequestParameters.ifMatch(ifMatch);
        return workspaces
                .delete(Callers.of(access), orgHandle, workspaceHandle, expectedVersion)
                .map(WorkspaceResponse::from);
    }

    /** Lists the connections the workspace can use, by handle (its schema name). */
    @GET
    @Path("/{workspace_handle}/connection")
    public Uni<Page<WorkspaceConnectionResponse>> listConnections(
            @PathParam("org_handle") String orgHandle,
            @PathParam("workspace_handle") String workspaceHandle,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        var page = RequestParameters.page(limit, nextToken);
        return workspaces
                .listConnections(Callers.of(access), orgHandle, workspaceHandle, page)
                .map(result -> Pages.map(result, WorkspaceConnectionResponse::from));
    }
}
