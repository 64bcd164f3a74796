package io.orgbridge.connection.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.orgbridge.connection.service.ConnectionService;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/**
 * The whole folder tree of an org or tenant, nested, optionally for one integration. NOTE: the
 * tree comes in one response without paging, so a very large organization gets a large response.
 */
@Path("/api/v0/{scope_kind: org|tenant}/{scope_handle}/connection_tree")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionTreeResource {

    private final ConnectionService connections;
    private final Access access;

    public ConnectionTreeResource(ConnectionService connections, Access access) {
        this.connections = connections;
        this.access = access;
    }

    @GET
    public Uni<TreeView> tree(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestQuery("integration_id") String integrationId) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireMember(scope);
        return connections.tree(scope, integrationId).map(Views::tree);
    }
}
