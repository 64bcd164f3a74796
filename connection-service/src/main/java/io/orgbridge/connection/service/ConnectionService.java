package io.orgbridge.connection.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.connection.handle.HandleGenerator;
import io.orgbridge.connection.handle.ReservedNames;
import io.orgbridge.connection.repository.ConnectionRepository;
import io.orgbridge.connection.repository.FolderRepository;
import io.orgbridge.connection.repository.IntegrationReplicaRepository;
import io.orgbridge.events.EventTypes;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/** Reads connections for the API and applies the changes users may make to them. */
@ApplicationScoped
public class ConnectionService {

    private final ScopeService scopes;
    private final ConnectionRepository connections;
    private final FolderRepository folders;
    private final IntegrationReplicaRepository integrations;
    private final ConnectionEventPublisher publisher;
    private final Clock clock;

    public ConnectionService(
            ScopeService scopes,
            ConnectionRepository connections,
            FolderRepository folders,
            IntegrationReplicaRepository integrations,
            ConnectionEventPublisher publisher,
            Clock clock) {
        this.scopes = scopes;
        this.connections = connections;
        this.folders = folders;
        this.integrations = integrations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Lists the connections of a tenant or org by handle; empty when no integration of it is known. */
    @WithSession
    public Uni<Page<ConnectionDetails>> list(Scope scope, String integrationId, PageRequest page) {
        return scopes.scopeId(scope).chain(scopeId -> {
            if (scopeId == null) {
                return Uni.createFrom().item(page.page(List.<ConnectionDetails>of()));
            }
            return connections
                    .page(scopeId, integrationId, page.offset(), page.fetchSize())
                    .chain(found -> details(scopeId, found))
                    .map(page::page);
        });
    }

    @WithSession
    public Uni<ConnectionDetails> get(Scope scope, String handle) {
        return find(scope, handle)
                .chain(connection -> details(connection.scopeId, List.of(connection)))
                .map(found -> found.get(0));
    }

    /**
     * Applies a user's change and publishes {@code connection.updated} when something changed.
     *
     * @param expectedVersion the {@code If-Match} version, or null to skip the check
     */
    @WithTransaction
    public Uni<ConnectionDetails> update(
            Scope scope, String handle, ConnectionUpdate update, Long expectedVersion, String callerId) {
        return find(scope, handle)
                .chain(connection -> integrations
                        .findForUpdate(connection.integrationId)
                        .chain(integration -> Panache.getSession()
                                .chain(session -> session.refresh(connection))
                                .chain(() -> apply(connection, integration, update, expectedVersion, callerId))))
                .chain(connection -> details(connection.scopeId, List.of(connection)))
                .map(found -> found.get(0));
    }

    /** Rejects the deletion of a connection an integration manages (every connection here is). */
    @WithSession
    public Uni<Void> delete(Scope scope, String handle) {
        return find(scope, handle).chain(connection -> scopes.integrationHandles(Set.of(connection.integrationId))
                .map(handles -> {
                    throw ProblemException.conflict("connection " + connection.handle
                            + " is managed by integration " + handles.get(connection.integrationId)
                            + "; it goes away when its account leaves the organization or the integration"
                            + " is deleted");
                }));
    }

    /** Loads every folder and connection of a tenant or org for the tree view. */
    @WithSession
    public Uni<TreeNodes> tree(Scope scope, String integrationId) {
        return scopes.scopeId(scope).chain(scopeId -> {
            if (scopeId == null) {
                return Uni.createFrom().item(new TreeNodes(List.of(), List.of()));
            }
            return folders.listByScope(scopeId, integrationId).chain(foundFolders -> connections
                    .listByScope(scopeId, integrationId)
                    .map(foundConnections -> new TreeNodes(foundFolders, foundConnections)));
        });
    }

    private Uni<ConnectionEntity> find(Scope scope, String handle) {
        return scopes.scopeId(scope)
                .chain(scopeId ->
                        scopeId == null ? Uni.createFrom().nullItem() : connections.findByHandle(scopeId, handle))
                .map(connection -> {
                    if (connection == null) {
                        throw ProblemException.notFound("connection " + handle + " not found in " + scope);
                    }
                    return connection;
                });
    }

    private Uni<ConnectionEntity> apply(
            ConnectionEntity connection,
            IntegrationReplica integration,
            ConnectionUpdate update,
            Long expectedVersion,
            String callerId) {
        Versions.check("connection " + connection.handle, connection.versionId, expectedVersion);
        return handleChange(connection, update.handle())
                .map(handleChanged -> {
                    boolean configChanged = applyConfig(connection, integration, update);
                    return handleChanged || configChanged;
                })
                .chain(changed -> {
                    if (!changed) {
                        return Uni.createFrom().item(connection);
                    }
                    connection.touch(clock.instant());
                    connection.updatedById = callerId;
                    Log.infof(
                            "Connection %s changed by hand to handle %s (%s)",
                            connection.id, connection.handle, connection.handleMode);
                    return publisher
                            .connection(EventTypes.CONNECTION_UPDATED, connection)
                            .replaceWith(connection);
                });
    }

    private Uni<Boolean> handleChange(ConnectionEntity connection, String handle) {
        if (handle == null) {
            return Uni.createFrom().item(false);
        }
        validateHandle(handle);
        if (handle.equals(connection.handle)) {
            boolean pinned = connection.isDynamic();
            connection.handleMode = ConnectionEntity.HANDLE_STATIC;
            return Uni.createFrom().item(pinned);
        }
        // NOTE: two requests for the same free handle in the same instant both pass this check.
        // The deferred unique constraint then fails the second commit, which returns 500, not 409.
        return connections.findByHandle(connection.scopeId, handle).map(holder -> {
            if (holder != null) {
                throw ProblemException.conflict("handle " + handle + " is already used by connection " + holder.id
                        + " in this " + (connection.orgId != null ? "org" : "tenant") + "; choose another handle");
            }
            connection.handle = handle;
            connection.handleMode = ConnectionEntity.HANDLE_STATIC;
            return true;
        });
    }

    private static void validateHandle(String handle) {
        if (!HandleGenerator.isValid(handle)) {
            throw ProblemException.invalidField(
                    "body.handle",
                    "handle '" + handle + "' is invalid; use 1-39 characters: a lower-case letter first, then"
                            + " lower-case letters, digits and single underscores, not ending with an underscore");
        }
        if (ReservedNames.isReserved(handle)) {
            throw ProblemException.invalidField(
                    "body.handle",
                    "handle '" + handle + "' is reserved as a schema name (a PostgreSQL key word, public,"
                            + " information_schema, all_aws, or a pg_ or steampipe_ name); choose another");
        }
    }

    private static boolean applyConfig(
            ConnectionEntity connection, IntegrationReplica integration, ConnectionUpdate update) {
        if (update.config() != null) {
            var settings = SettingsPatch.apply(connection.config, update.config(), connection.accountId);
            boolean changed = !settings.equals(connection.config) || connection.isInherited();
            connection.config = settings;
            connection.configSource = ConnectionEntity.CONFIG_SELF;
            return changed;
        }
        if (ConnectionEntity.CONFIG_INHERITED.equals(update.configSource())) {
            String partition = ConnectionRules.partitionOf(connection.config.roleArn());
            var settings = ConnectionRules.inheritedSettings(integration, partition, connection.accountId);
            boolean changed = !settings.equals(connection.config) || !connection.isInherited();
            connection.config = settings;
            connection.configSource = ConnectionEntity.CONFIG_INHERITED;
            return changed;
        }
        if (ConnectionEntity.CONFIG_SELF.equals(update.configSource()) && connection.isInherited()) {
            connection.configSource = ConnectionEntity.CONFIG_SELF;
            return true;
        }
        return false;
    }

    private Uni<List<ConnectionDetails>> details(String scopeId, List<ConnectionEntity> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> integrationIds = found.stream().map(c -> c.integrationId).collect(Collectors.toSet());
        return folders.listByScope(
                        scopeId,
                        integrationIds.size() == 1 ? integrationIds.iterator().next() : null)
                .chain(scopeFolders -> scopes.integrationHandles(integrationIds).map(handles -> {
                    Trunks trunks = new Trunks(scopeFolders);
                    return found.stream()
                            .map(connection -> new ConnectionDetails(
                                    connection,
                                    trunks.ancestors(connection.parentId),
                                    handles.get(connection.integrationId)))
                            .toList();
                }));
    }
}
