package io.orgbridge.connection.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.connection.repository.ConnectionRepository;
import io.orgbridge.connection.repository.FolderRepository;
import io.orgbridge.connection.repository.IntegrationReplicaRepository;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.InvalidEventException;
import io.orgbridge.events.integration.ConnectionSettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.platform.id.Ids;

/**
 * Keeps the integration replicas in step with {@code integration-events} and applies what a change
 * of an integration means for its tree. Events with a version not above the stored one are ignored.
 */
@ApplicationScoped
public class IntegrationReplicaService {

    private final IntegrationReplicaRepository integrations;
    private final FolderRepository folders;
    private final ConnectionRepository connections;
    private final SnapshotService snapshots;
    private final TreeWriter writer;
    private final ConnectionEventPublisher publisher;
    private final Clock clock;

    public IntegrationReplicaService(
            IntegrationReplicaRepository integrations,
            FolderRepository folders,
            ConnectionRepository connections,
            SnapshotService snapshots,
            TreeWriter writer,
            ConnectionEventPublisher publisher,
            Clock clock) {
        this.integrations = integrations;
        this.folders = folders;
        this.connections = connections;
        this.snapshots = snapshots;
        this.writer = writer;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Handles a created or updated event: both carry the whole integration. Must run inside a transaction. */
    public Uni<Void> upsert(IntegrationData data) {
        requireConnectionSettings(data);
        return integrations.lockAndFind(data.id()).chain(replica -> {
            if (replica == null) {
                return create(data);
            }
            if (replica.deleted) {
                Log.debugf("Ignoring version %d of integration %s: it is deleted", data.versionId(), data.id());
                return Uni.createFrom().voidItem();
            }
            if (data.versionId() <= replica.versionId) {
                Log.debugf(
                        "Ignoring version %d of integration %s: version %d is stored",
                        (Object) data.versionId(), data.id(), replica.versionId);
                return Uni.createFrom().voidItem();
            }
            return update(replica, data);
        });
    }

    /** Deletes every folder and connection of the integration and keeps the replica as deleted. */
    public Uni<Void> delete(IntegrationData data) {
        requireConnectionSettings(data);
        return integrations.lockAndFind(data.id()).chain(replica -> {
            if (replica == null) {
                IntegrationReplica tombstone = newReplica(data);
                tombstone.deleted = true;
                return integrations.persist(tombstone).replaceWithVoid();
            }
            if (replica.deleted) {
                return Uni.createFrom().voidItem();
            }
            replica.deleted = true;
            replica.versionId = Math.max(replica.versionId, data.versionId());
            replica.updatedAt = clock.instant();
            return deleteTree(replica);
        });
    }

    private Uni<Void> create(IntegrationData data) {
        IntegrationReplica replica = newReplica(data);
        FolderEntity root = IntegrationFolders.newRoot(replica, Ids.newId(Ids.FOLDER), clock.instant());
        Log.infof("Integration %s (%s) created its top-level folder %s", replica.id, replica.handle, root.id);
        return integrations
                .persist(replica)
                .chain(() -> folders.persist(root))
                .chain(() -> publisher.folder(EventTypes.FOLDER_CREATED, root))
                .chain(() -> snapshots.applyPending(replica));
    }

    private Uni<Void> update(IntegrationReplica replica, IntegrationData data) {
        boolean handleChanged = !replica.handle.equals(data.handle());
        boolean prefixChanged = !Objects.equals(replica.handlePrefix, prefixOf(data.connection()));
        boolean settingsChanged = !sameConnectionSettings(replica, data.connection());
        copy(data, replica);
        replica.updatedAt = clock.instant();
        if (!handleChanged && !prefixChanged && !settingsChanged) {
            return Uni.createFrom().voidItem();
        }
        return folders.listByIntegration(replica.id)
                .chain(storedFolders -> connections
                        .listByIntegration(replica.id)
                        .chain(storedConnections -> connections
                                .handlesInScope(replica.scopeId)
                                .map(taken -> {
                                    var updater = new IntegrationTreeUpdater(replica, clock.instant());
                                    if (handleChanged) {
                                        updater.renameRoot(root(storedFolders));
                                    }
                                    if (prefixChanged) {
                                        updater.regenerateHandles(storedConnections, taken);
                                    }
                                    if (settingsChanged) {
                                        updater.refreshInheritedSettings(storedConnections);
                                    }
                                    return updater.finish();
                                })))
                .invoke(changes ->
                        Log.infof("Integration %s changed to version %d: %s", replica.id, replica.versionId, changes))
                .chain(writer::write);
    }

    private Uni<Void> deleteTree(IntegrationReplica replica) {
        return folders.listByIntegration(replica.id)
                .chain(storedFolders -> connections
                        .listByIntegration(replica.id)
                        .map(storedConnections -> IntegrationTreeUpdater.deleteAll(storedFolders, storedConnections)))
                .invoke(changes -> Log.infof("Integration %s deleted: %s", replica.id, changes))
                .chain(writer::write);
    }

    private static FolderEntity root(List<FolderEntity> storedFolders) {
        return storedFolders.stream()
                .filter(folder -> folder.integrationRoot)
                .findFirst()
                .orElse(null);
    }

    private IntegrationReplica newReplica(IntegrationData data) {
        IntegrationReplica replica = new IntegrationReplica();
        replica.id = data.id();
        copy(data, replica);
        replica.createdAt = clock.instant();
        replica.updatedAt = replica.createdAt;
        return replica;
    }

    private static void copy(IntegrationData data, IntegrationReplica replica) {
        ConnectionSettings settings = data.connection();
        replica.handle = data.handle();
        replica.scope = data.scope();
        replica.scopeId = data.scopeId();
        replica.tenantId = data.tenantId();
        replica.tenantHandle = data.tenantHandle();
        replica.orgId = data.orgId();
        replica.orgHandle = data.orgHandle();
        replica.versionId = data.versionId();
        replica.handlePrefix = prefixOf(settings);
        replica.roleName = settings.roleName();
        replica.externalId = settings.externalId();
        replica.regions = settings.regions() == null ? List.of() : List.copyOf(settings.regions());
        replica.defaultRegion = settings.defaultRegion();
        replica.maxErrorRetryAttempts = settings.maxErrorRetryAttempts();
        replica.minErrorRetryDelay = settings.minErrorRetryDelay();
        replica.ignoreErrorCodes =
                settings.ignoreErrorCodes() == null ? List.of() : List.copyOf(settings.ignoreErrorCodes());
    }

    private static boolean sameConnectionSettings(IntegrationReplica replica, ConnectionSettings settings) {
        return Objects.equals(replica.roleName, settings.roleName())
                && Objects.equals(replica.externalId, settings.externalId())
                && Objects.equals(replica.regions, nullToEmpty(settings.regions()))
                && Objects.equals(replica.defaultRegion, settings.defaultRegion())
                && replica.maxErrorRetryAttempts == settings.maxErrorRetryAttempts()
                && replica.minErrorRetryDelay == settings.minErrorRetryDelay()
                && Objects.equals(replica.ignoreErrorCodes, nullToEmpty(settings.ignoreErrorCodes()));
    }

    private static List<String> nullToEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String prefixOf(ConnectionSettings settings) {
        return settings.handlePrefix() == null ? "" : settings.handlePrefix();
    }

    private static void requireConnectionSettings(IntegrationData data) {
        boolean scoped = IntegrationData.SCOPE_ORG.equals(data.scope())
                ? data.orgId() != null
                : IntegrationData.SCOPE_TENANT.equals(data.scope());
        if (data.id() == null || data.handle() == null || data.tenantId() == null || !scoped) {
            throw new InvalidEventException(
                    "integration event lacks its id, handle, tenant_id, or the org_id of an org integration", null);
        }
        if (data.connection() == null || data.connection().roleName() == null) {
            throw new InvalidEventException(
                    "integration " + data.id() + " has no connection settings with a role_name", null);
        }
    }
}
