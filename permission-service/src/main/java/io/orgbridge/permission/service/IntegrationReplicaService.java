package io.orgbridge.permission.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.InvalidEventException;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.permission.entity.IntegrationReplica;

/**
 * Applies {@code integration-events}: keeps each integration's scope and permissions setting,
 * turns the setting into grants through {@link InitialPermissionService}, and on deletion removes
 * the grants on the integration's items and marks those items deleted.
 */
@ApplicationScoped
public class IntegrationReplicaService {

    private static final String DELETE_FOLDERS = "update tree_folder set deleted = true where integration_id = :id";
    private static final String DELETE_CONNECTIONS =
            "update tree_connection set deleted = true where integration_id = :id";

    private final InitialPermissionService initialPermissions;
    private final GrantWriter grants;
    private final WorkspaceConnectionService workspaceConnections;

    public IntegrationReplicaService(
            InitialPermissionService initialPermissions,
            GrantWriter grants,
            WorkspaceConnectionService workspaceConnections) {
        this.initialPermissions = initialPermissions;
        this.grants = grants;
        this.workspaceConnections = workspaceConnections;
    }

    /** Handles {@code integration.created} and {@code integration.updated}. */
    public Uni<Void> applyIntegration(CloudEvent event) {
        IntegrationData data = validated(event);
        return AdvisoryLocks.integration(data.id())
                .chain(() -> IntegrationReplica.<IntegrationReplica>findById(data.id()))
                .chain(stored -> upsert(stored, data));
    }

    /** Handles {@code integration.deleted}: its grants go, its items become tombstones. */
    public Uni<Void> deleteIntegration(CloudEvent event) {
        IntegrationData data = validated(event);
        return AdvisoryLocks.integration(data.id())
                .chain(() -> IntegrationReplica.<IntegrationReplica>findById(data.id()))
                .chain(stored -> tombstone(stored, data));
    }

    private Uni<Void> upsert(IntegrationReplica stored, IntegrationData data) {
        if (stored != null && (stored.deleted || stored.versionId >= data.versionId())) {
            Log.debugf(
                    "Ignoring integration %s version %d: version %d is stored",
                    data.id(), data.versionId(), stored.versionId);
            return Uni.createFrom().voidItem();
        }
        IntegrationReplica integration = stored != null ? stored : new IntegrationReplica();
        copy(data, integration);

        return saveIfNew(stored, integration)
                .chain(() -> initialPermissions.applyFor(integration))
                .chain(changed -> changed
                        ? workspaceConnections.recomputeScope(integration.tenantId, integration.orgId)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> tombstone(IntegrationReplica stored, IntegrationData data) {
        if (stored != null && (stored.deleted || stored.versionId > data.versionId())) {
            return Uni.createFrom().voidItem();
        }
        IntegrationReplica integration = stored != null ? stored : new IntegrationReplica();
        copy(data, integration);
        integration.deleted = true;

        return saveIfNew(stored, integration)
                .chain(() -> grants.deleteOnIntegrationItems(integration.id))
                .chain(() -> markItemsDeleted(integration.id))
                .chain(() -> workspaceConnections.recomputeScope(integration.tenantId, integration.orgId))
                .invoke(() -> Log.infof("Removed the grants and items of deleted integration %s", integration.id));
    }

    private static Uni<Void> saveIfNew(IntegrationReplica stored, IntegrationReplica integration) {
        return stored == null
                ? integration.persist().replaceWithVoid()
                : Uni.createFrom().voidItem();
    }

    private static Uni<Void> markItemsDeleted(String integrationId) {
        return Panache.getSession()
                .chain(session -> session.flush()
                        .chain(() -> session.createNativeQuery(DELETE_FOLDERS)
                                .setParameter("id", integrationId)
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery(DELETE_CONNECTIONS)
                                .setParameter("id", integrationId)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    private static void copy(IntegrationData data, IntegrationReplica integration) {
        integration.id = data.id();
        integration.tenantId = data.tenantId();
        integration.orgId = IntegrationData.SCOPE_ORG.equals(data.scope()) ? data.orgId() : null;
        integration.scope = data.scope();
        integration.handle = data.handle();
        integration.versionId = data.versionId();
        integration.permissions =
                InitialPermissionService.toJson(InitialPermissionService.normalize(data.permissions()));
    }

    private static IntegrationData validated(CloudEvent event) {
        IntegrationData data = EventCodec.data(event, IntegrationData.class);
        String problem = null;
        if (data.id() == null || data.tenantId() == null) {
            problem = "data.id and data.tenant_id are required";
        } else if (!IntegrationData.SCOPE_ORG.equals(data.scope())
                && !IntegrationData.SCOPE_TENANT.equals(data.scope())) {
            problem = "data.scope must be org or tenant, not " + data.scope();
        } else if (IntegrationData.SCOPE_ORG.equals(data.scope()) && data.orgId() == null) {
            problem = "data.org_id is required for an org integration";
        }
        if (problem != null) {
            throw new InvalidEventException("event " + event.id() + " of type " + event.type() + ": " + problem, null);
        }
        return data;
    }
}
