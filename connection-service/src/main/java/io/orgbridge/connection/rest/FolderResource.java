package io.orgbridge.connection.rest;

import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.orgbridge.connection.service.FolderService;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/**
 * Connection folders of an org or a tenant. Members read; owners may change a folder's title, and
 * nothing else, because integrations manage every folder.
 */
@Path("/api/v0/{scope_kind: org|tenant}/{scope_handle}/connection_folder")
@Produces(MediaType.APPLICATION_JSON)
public class FolderResource {

    private static final Set<String> UPDATE_FIELDS = Set.of("title", "parent_id");

    private final FolderService folders;
    private final Access access;

    public FolderResource(FolderService folders, Access access) {
        this.folders = folders;
        this.access = access;
    }

    @GET
    public Uni<Page<FolderView>> list(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestQuery String limit,
            @RestQuery("next_token") String nextToken,
            @RestQuery("integration_id") String integrationId) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireMember(scope);
        PageRequest page = PageRequest.parse(limit, nextToken);
        return folders.list(scope, integrationId, page)
                .map(found ->
                        new Page<>(found.items().stream().map(Views::folder).toList(), found.nextToken()));
    }

    @GET
    @Path("{folder_id}")
    public Uni<FolderView> get(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestPath("folder_id") String folderId) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireMember(scope);
        return folders.get(scope, folderId).map(Views::folder);
    }

    @PATCH
    @Path("{folder_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<FolderView> update(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestPath("folder_id") String folderId,
            @RestHeader("If-Match") String ifMatch,
            JsonNode body) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireOwner(scope);
        RequestParts.object(body, UPDATE_FIELDS);
        if (body.has("parent_id")) {
            throw ProblemException.conflict("a folder created by an integration mirrors its organizational unit;"
                    + " parent_id cannot be changed");
        }
        String title = RequestParts.text(body, "title");
        if (title == null) {
            throw ProblemException.invalidField("body.title", "title is missing; send the new title");
        }
        return folders.retitle(scope, folderId, title, RequestParts.ifMatch(ifMatch), access.callerId())
                .map(Views::folder);
    }

    /** Always 409 for an existing folder: integrations own every folder of this service. */
    @DELETE
    @Path("{folder_id}")
    public Uni<FolderView> delete(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestPath("folder_id") String folderId) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireOwner(scope);
        return folders.delete(scope, folderId).replaceWith((FolderView) null);
    }
}
