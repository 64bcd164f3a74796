package io.orgbridge.connection.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.connection.entity.PendingSnapshot;
import io.orgbridge.connection.repository.ConnectionRepository;
import io.orgbridge.connection.repository.FolderRepository;
import io.orgbridge.connection.repository.IntegrationReplicaRepository;
import io.orgbridge.connection.repository.PendingSnapshotRepository;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.platform.id.Ids;

/**
 * Applies discovery snapshots to the folder tree, one transaction per snapshot (the caller's).
 *
 * <p>A snapshot identical to the stored tree writes nothing and publishes nothing. The integration's
 * {@code last_applied_run_sequence} moves only together with a real change, and a snapshot whose
 * run sequence is not above it is ignored.
 */
@ApplicationScoped
public class SnapshotService {

    private final IntegrationReplicaRepository integrations;
    private final FolderRepository folders;
    private final ConnectionRepository connections;
    private final PendingSnapshotRepository pendingSnapshots;
    private final TreeWriter writer;
    private final Clock clock;

    public SnapshotService(
            IntegrationReplicaRepository integrations,
            FolderRepository folders,
            ConnectionRepository connections,
            PendingSnapshotRepository pendingSnapshots,
            TreeWriter writer,
            Clock clock) {
        this.integrations = integrations;
        this.folders = folders;
        this.connections = connections;
        this.pendingSnapshots = pendingSnapshots;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Applies one snapshot; must run inside a transaction. Text that PostgreSQL cannot store is
     * replaced first (see {@link SnapshotText}), so that no name can fail the transaction.
     */
    public Uni<Void> apply(OrganizationSnapshot received) {
        OrganizationSnapshot snapshot = SnapshotText.storable(received);
        return integrations.lockAndFind(snapshot.integrationId()).chain(integration -> {
            if (integration == null) {
                return park(snapshot);
            }
            return applyTo(integration, snapshot);
        });
    }

    /**
     * Applies a snapshot to a locked integration replica, unless the integration is deleted or
     * the snapshot is not newer than the last one applied.
     */
    public Uni<Void> applyTo(IntegrationReplica integration, OrganizationSnapshot snapshot) {
        if (integration.deleted) {
            Log.debugf("Ignoring snapshot of run %s: integration %s is deleted", snapshot.runId(), integration.id);
            return Uni.createFrom().voidItem();
        }
        Long lastApplied = integration.lastAppliedRunSequence;
        if (lastApplied != null && snapshot.runSequence() <= lastApplied) {
            Log.infof(
                    "Ignoring snapshot of run %s of integration %s: run sequence %d is not above %d, the last applied",
                    snapshot.runId(), integration.id, snapshot.runSequence(), lastApplied);
            return Uni.createFrom().voidItem();
        }
        return reconcile(integration, snapshot);
    }

    /** Applies the snapshot that waited for this integration, if any, and deletes it. */
    public Uni<Void> applyPending(IntegrationReplica integration) {
        return pendingSnapshots.findById(integration.id).chain(pending -> {
            if (pending == null) {
                return Uni.createFrom().voidItem();
            }
            OrganizationSnapshot snapshot = SnapshotText.storable(readPayload(pending));
            return pendingSnapshots.delete(pending).chain(() -> applyTo(integration, snapshot));
        });
    }

    private Uni<Void> reconcile(IntegrationReplica integration, OrganizationSnapshot snapshot) {
        Instant now = clock.instant();
        return folders.listByIntegration(integration.id)
                .chain(storedFolders -> connections
                        .listByIntegration(integration.id)
                        .chain(storedConnections -> connections
                                .handlesInScope(integration.scopeId)
                                .map(taken -> reconcileInput(
                                        integration, snapshot, storedFolders, storedConnections, taken, now))))
                .chain(input -> write(integration, snapshot, TreeReconciler.reconcile(input, SnapshotService::newId)));
    }

    private static TreeReconciler.Input reconcileInput(
            IntegrationReplica integration,
            OrganizationSnapshot snapshot,
            List<FolderEntity> storedFolders,
            List<ConnectionEntity> storedConnections,
            Set<String> taken,
            Instant now) {
        FolderEntity root = storedFolders.stream()
                .filter(folder -> folder.integrationRoot)
                .findFirst()
                .orElse(null);
        List<FolderEntity> others =
                storedFolders.stream().filter(folder -> !folder.integrationRoot).toList();
        return new TreeReconciler.Input(integration, root, others, storedConnections, taken, snapshot, now);
    }

    private static String newId() {
        return Ids.newId(Ids.FOLDER);
    }

    private Uni<Void> write(IntegrationReplica integration, OrganizationSnapshot snapshot, TreeChanges changes) {
        if (changes.isEmpty()) {
            Log.debugf("Snapshot of run %s matches the tree of integration %s", snapshot.runId(), integration.id);
            return Uni.createFrom().voidItem();
        }
        Log.infof(
                "Applying snapshot of run %s (sequence %d) to integration %s: %s",
                snapshot.runId(), snapshot.runSequence(), integration.id, changes);
        integration.lastAppliedRunSequence = snapshot.runSequence();
        integration.updatedAt = clock.instant();
        return writer.write(changes);
    }

    private Uni<Void> park(OrganizationSnapshot snapshot) {
        return pendingSnapshots.findById(snapshot.integrationId()).chain(pending -> {
            if (pending != null && pending.runSequence >= snapshot.runSequence()) {
                return Uni.createFrom().voidItem();
            }
            Log.infof(
                    "Keeping snapshot of run %s until integration %s is known",
                    snapshot.runId(), snapshot.integrationId());
            PendingSnapshot parked = pending != null ? pending : new PendingSnapshot();
            parked.integrationId = snapshot.integrationId();
            parked.runSequence = snapshot.runSequence();
            parked.payload = EventCodec.dataMapper().valueToTree(snapshot).toString();
            parked.receivedAt = clock.instant();
            return pending != null
                    ? Uni.createFrom().voidItem()
                    : pendingSnapshots.persist(parked).replaceWithVoid();
        });
    }

    private static OrganizationSnapshot readPayload(PendingSnapshot pending) {
        try {
            return EventCodec.dataMapper().readValue(pending.payload, OrganizationSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "stored pending snapshot of integration " + pending.integrationId + " is not valid JSON", e);
        }
    }
}
