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

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.service.ConnectionService;
import io.orgbridge.connection.service.ConnectionUpdate;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/**
 * Connections of an org ({@code /api/v0/org/{handle}/connection}) or a tenant
 * ({@code /api/v0/tenant/{handle}/connection}). Members read; owners change handles and settings.
 */
@Path("/api/v0/{scope_kind: org|tenant}/{scope_handle}/connection")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private static final Set<String> UPDATE_FIELDS = Set.of("handle", "config", "config_source", "parent_id");

    private final ConnectionService connections;
    private final Access access;

    public ConnectionResource(ConnectionService connections, Access access) {
        this.connections = connections;
        this.access = access;
    }

    @GET
    public Uni<Page<ConnectionView>> list(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestQuery String limit,
            @RestQuery("next_token") String nextToken,
            @RestQuery("integration_id") String integrationId) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireMember(scope);
        PageRequest page = PageRequest.parse(limit, nextToken);
        return connections
                .list(scope, integrationId, page)
                .map(found ->
                        new Page<>(found.items().stream().map(Views::connection).toList(), found.nextToken()));
    }

    @GET
    @Path("{connection_handle}")
    public Uni<ConnectionView> get(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestPath("connection_handle") String connectionHandle) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireMember(scope);
        return connections.get(scope, connectionHandle).map(Views::connection);
    }

    /**
     * Changes a connection: {@code handle} sets a static handle, {@code config} overrides settings
     * ({@code config_source} becomes {@code self}), {@code config_source: "inherited"} follows the
     * integration's settings again.
     */
    @PATCH
    @Path("{connection_handle}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConnectionView> update(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestPath("connection_handle") String connectionHandle,
            @RestHeader("If-Match") String ifMatch,
            JsonNode body) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireOwner(scope);
        ConnectionUpdate update = parse(body);
        return connections
                .update(scope, connectionHandle, update, RequestParts.ifMatch(ifMatch), access.callerId())
                .map(Views::connection);
    }

    /** Always 409 for an existing connection: integrations own every connection of this service. */
    @DELETE
    @Path("{connection_handle}")
    public Uni<ConnectionView> delete(
            @RestPath("scope_kind") String kind,
            @RestPath("scope_handle") String handle,
            @RestPath("connection_handle") String connectionHandle) {
        Scope scope = RequestParts.scope(kind, handle);
        access.requireOwner(scope);
        return connections.delete(scope, connectionHandle).replaceWith((ConnectionView) null);
    }

    private static ConnectionUpdate parse(JsonNode body) {
        RequestParts.object(body, UPDATE_FIELDS);
        if (body.has("parent_id")) {
            throw ProblemException.conflict("a connection created by an integration stays in the folder of its"
                    + " account's organizational unit; parent_id cannot be changed");
        }
        String configSource = RequestParts.text(body, "config_source");
        if (configSource != null
                && !ConnectionEntity.CONFIG_INHERITED.equals(configSource)
                && !ConnectionEntity.CONFIG_SELF.equals(configSource)) {
            throw ProblemException.invalidField(
                    "body.config_source", "config_source " + configSource + " is invalid; use inherited or self");
        }
        JsonNode config = body.get("config");
        if (config != null && ConnectionEntity.CONFIG_INHERITED.equals(configSource)) {
            throw ProblemException.invalidField(
                    "body.config", "config cannot be set together with config_source inherited; send one of them");
        }
        String newHandle = RequestParts.text(body, "handle");
        if (newHandle == null && configSource == null && config == null) {
            throw ProblemException.invalidField("body", "nothing to change; send handle, config or config_source");
        }
        return new ConnectionUpdate(newHandle, configSource, config);
    }
}
