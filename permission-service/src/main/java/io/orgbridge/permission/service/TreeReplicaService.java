package io.orgbridge.permission.service;

import java.util.Objects;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.InvalidEventException;
import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.connection.FolderData;
import io.orgbridge.permission.entity.ConnectionReplica;
import io.orgbridge.permission.entity.FolderReplica;
import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.entity.IntegrationReplica;

/**
 * Applies {@code connection-events} to the folder and connection replica. An event applies only
 * when its {@code version_id} is newer than the stored one (a deletion also at the same version),
 * so redelivered and late events change nothing. Deleting an item deletes the grants on it.
 * Changes that can alter a workspace's connections (new item, move, rename, status, deletion)
 * recompute the workspaces of the item's org, or of every org of its tenant.
 */
@ApplicationScoped
public class TreeReplicaService {

    private final GrantWriter grants;
    private final InitialPermissionService initialPermissions;
    private final WorkspaceConnectionService workspaceConnections;

    public TreeReplicaService(
            GrantWriter grants,
            InitialPermissionService initialPermissions,
            WorkspaceConnectionService workspaceConnections) {
        this.grants = grants;
        this.initialPermissions = initialPermissions;
        this.workspaceConnections = workspaceConnections;
    }

    public Uni<Void> applyFolder(CloudEvent event) {
        FolderData data = EventCodec.data(event, FolderData.class);
        requireIds(event, data.id(), data.tenantId());
        requireStorable(event, data.orgId(), data.integrationId(), data.parentId());
        return unlessIntegrationDeleted(data.integrationId(), () -> FolderReplica.<FolderReplica>findById(data.id())
                .chain(stored -> upsertFolder(stored, data)));
    }

    public Uni<Void> deleteFolder(CloudEvent event) {
        FolderData data = EventCodec.data(event, FolderData.class);
        requireIds(event, data.id(), data.tenantId());
        requireStorable(event, data.orgId(), data.integrationId(), data.parentId());
        return lockIntegration(data.integrationId())
                .chain(() -> FolderReplica.<FolderReplica>findById(data.id()))
                .chain(stored -> markFolderDeleted(stored, data));
    }

    public Uni<Void> applyConnection(CloudEvent event) {
        ConnectionData data = EventCodec.data(event, ConnectionData.class);
        requireIds(event, data.id(), data.tenantId());
        if (data.handle() == null || data.status() == null) {
            throw invalid(event, "data.handle and data.status are required");
        }
        requireConnectionStorable(event, data);
        return unlessIntegrationDeleted(
                data.integrationId(), () -> ConnectionReplica.<ConnectionReplica>findById(data.id())
                        .chain(stored -> upsertConnection(stored, data)));
    }

    public Uni<Void> deleteConnection(CloudEvent event) {
        ConnectionData data = EventCodec.data(event, ConnectionData.class);
        requireIds(event, data.id(), data.tenantId());
        requireConnectionStorable(event, data);
        return lockIntegration(data.integrationId())
                .chain(() -> ConnectionReplica.<ConnectionReplica>findById(data.id()))
                .chain(stored -> markConnectionDeleted(stored, data));
    }

    private Uni<Void> upsertFolder(FolderReplica stored, FolderData data) {
        if (stored != null && stored.versionId >= data.versionId()) {
            Log.debugf(
                    "Ignoring folder %s version %d: version %d is stored",
                    data.id(), data.versionId(), stored.versionId);
            return Uni.createFrom().voidItem();
        }
        boolean treeChanged = stored == null || stored.deleted || !Objects.equals(stored.parentId, data.parentId());
        FolderReplica folder = stored != null ? stored : new FolderReplica();
        folder.id = data.id();
        folder.tenantId = data.tenantId();
        folder.orgId = data.orgId();
        folder.integrationId = data.integrationId();
        folder.parentId = data.parentId();
        folder.title = storableTitle(data);
        folder.integrationRoot = data.integrationRoot();
        folder.versionId = data.versionId();
        folder.deleted = false;
        Uni<Boolean> grantsChanged = folder.integrationRoot && folder.integrationId != null
                ? initialPermissions.applyForRoot(folder)
                : Uni.createFrom().item(false);
        return persistIfNew(stored, folder)
                .chain(() -> grantsChanged)
                .chain(changed -> changed || treeChanged ? recompute(folder.tenantId, folder.orgId) : done());
    }

    private Uni<Void> markFolderDeleted(FolderReplica stored, FolderData data) {
        if (stored != null && (stored.versionId > data.versionId() || stored.deleted)) {
            return Uni.createFrom().voidItem();
        }
        FolderReplica folder = stored != null ? stored : new FolderReplica();
        if (stored == null) {
            folder.id = data.id();
            folder.tenantId = data.tenantId();
            folder.orgId = data.orgId();
            folder.integrationId = data.integrationId();
            folder.parentId = data.parentId();
            folder.title = storableTitle(data);
            folder.integrationRoot = data.integrationRoot();
        }
        folder.versionId = data.versionId();
        folder.deleted = true;
        return persistIfNew(stored, folder)
                .chain(() -> grants.deleteOnResource(GrantEntity.RESOURCE_FOLDER, folder.id))
                .chain(() -> recompute(folder.tenantId, folder.orgId));
    }

    private Uni<Void> upsertConnection(ConnectionReplica stored, ConnectionData data) {
        if (stored != null && stored.versionId >= data.versionId()) {
            Log.debugf(
                    "Ignoring connection %s version %d: version %d is stored",
                    data.id(), data.versionId(), stored.versionId);
            return Uni.createFrom().voidItem();
        }
        boolean listChanged = stored == null
                || stored.deleted
                || !Objects.equals(stored.parentId, data.parentId())
                || !Objects.equals(stored.handle, data.handle())
                || !Objects.equals(stored.status, data.status());
        ConnectionReplica connection = stored != null ? stored : new ConnectionReplica();
        connection.id = data.id();
        connection.tenantId = data.tenantId();
        connection.orgId = data.orgId();
        connection.integrationId = data.integrationId();
        connection.parentId = data.parentId();
        connection.handle = data.handle();
        connection.plugin = data.plugin();
        connection.status = data.status();
        connection.versionId = data.versionId();
        connection.deleted = false;
        return persistIfNew(stored, connection)
                .chain(() -> listChanged ? recompute(connection.tenantId, connection.orgId) : done());
    }

    private Uni<Void> markConnectionDeleted(ConnectionReplica stored, ConnectionData data) {
        if (stored != null && (stored.versionId > data.versionId() || stored.deleted)) {
            return Uni.createFrom().voidItem();
        }
        ConnectionReplica connection = stored != null ? stored : new ConnectionReplica();
        if (stored == null) {
            connection.id = data.id();
            connection.tenantId = data.tenantId();
            connection.orgId = data.orgId();
            connection.integrationId = data.integrationId();
            connection.parentId = data.parentId();
            connection.handle = data.handle() != null ? data.handle() : data.id();
            connection.plugin = data.plugin();
            connection.status = data.status() != null ? data.status() : ConnectionData.DISABLED;
        }
        connection.versionId = data.versionId();
        connection.deleted = true;
        return persistIfNew(stored, connection)
                .chain(() -> grants.deleteOnResource(GrantEntity.RESOURCE_CONNECTION, connection.id))
                .chain(() -> recompute(connection.tenantId, connection.orgId));
    }

    /**
     * Applies an event of an integration's item under the integration's lock, and skips it when the
     * integration was deleted, so that a late event cannot bring its items back.
     */
    private static Uni<Void> unlessIntegrationDeleted(String integrationId, Supplier<Uni<Void>> apply) {
        if (integrationId == null) {
            return apply.get();
        }
        return AdvisoryLocks.integration(integrationId)
                .chain(() -> IntegrationReplica.<IntegrationReplica>findById(integrationId))
                .chain(integration -> {
                    if (integration != null && integration.deleted) {
                        Log.debugf("Ignoring a tree event of deleted integration %s", integrationId);
                        return Uni.createFrom().voidItem();
                    }
                    return apply.get();
                });
    }

    private static Uni<Void> lockIntegration(String integrationId) {
        return integrationId == null ? done() : AdvisoryLocks.integration(integrationId);
    }

    private Uni<Void> recompute(String tenantId, String orgId) {
        return workspaceConnections.recomputeScope(tenantId, orgId);
    }

    private static Uni<Void> persistIfNew(Object stored, PanacheEntityBase entity) {
        return stored == null ? entity.persist().replaceWithVoid() : done();
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }

    private static void requireIds(CloudEvent event, String id, String tenantId) {
        if (id == null || tenantId == null) {
            throw invalid(event, "data.id and data.tenant_id are required");
        }
        requireStorable(event, id, tenantId);
    }

    private static void requireConnectionStorable(CloudEvent event, ConnectionData data) {
        requireStorable(
                event,
                data.orgId(),
                data.integrationId(),
                data.parentId(),
                data.handle(),
                data.plugin(),
                data.status());
    }

    /**
     * Rejects an event whose ids, handle, plugin or status contain U+0000, which PostgreSQL text
     * cannot hold. No valid value contains it, so the event is skipped rather than stored altered.
     */
    private static void requireStorable(CloudEvent event, String... values) {
        for (String value : values) {
            if (containsNul(value)) {
                throw invalid(event, "an id, handle, plugin or status contains U+0000");
            }
        }
    }

    /**
     * Returns the folder's title with U+0000 replaced by U+FFFD: a title is free text, and one bad
     * character must not stop the consumer of every tenant's tree.
     */
    private static String storableTitle(FolderData data) {
        if (!containsNul(data.title())) {
            return data.title();
        }
        Log.warnf(
                "Folder %s of integration %s: replaced U+0000 in its title with U+FFFD, because PostgreSQL text"
                        + " cannot hold it",
                data.id(), data.integrationId());
        return data.title().replace('\u0000', '\uFFFD');
    }

    private static boolean containsNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    private static InvalidEventException invalid(CloudEvent event, String message) {
        return new InvalidEventException("event " + event.id() + " of type " + event.type() + ": " + message, null);
    }
}
