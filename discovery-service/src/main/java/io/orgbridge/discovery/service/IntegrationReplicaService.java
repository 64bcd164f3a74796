package io.orgbridge.discovery.service;

import java.time.Clock;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.discovery.entity.DiscoveryRun;
import io.orgbridge.discovery.entity.IntegrationReplica;
import io.orgbridge.events.integration.ConnectionSettings;
import io.orgbridge.events.integration.DiscoverySettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.RefreshRequested;

/**
 * Applies integration events to the replica and queues the runs they call for. Each method runs
 * inside the consumer's transaction and ignores an event older (by version_id) than the replica.
 */
@ApplicationScoped
public class IntegrationReplicaService {

    static final String DISABLED = "disabled";

    private final RunQueue runQueue;
    private final Clock clock;

    public IntegrationReplicaService(RunQueue runQueue, Clock clock) {
        this.runQueue = runQueue;
        this.clock = clock;
    }

    /** Stores a new integration and queues its first run. */
    public Uni<Void> created(IntegrationData data) {
        return apply(data, DiscoveryRun.TRIGGER_CREATED);
    }

    /** Stores changed settings; queues a run when the discovery credentials or the connection role changed. */
    public Uni<Void> updated(IntegrationData data) {
        return apply(data, DiscoveryRun.TRIGGER_UPDATED);
    }

    /** Cancels the integration's runs, deletes their history and leaves a tombstone. */
    public Uni<Void> deleted(IntegrationData data) {
        return lock(data.id()).chain(existing -> {
            if (existing != null && isStale(existing, data.versionId(), "deleted")) {
                return Uni.createFrom().voidItem();
            }
            IntegrationReplica tombstone = existing != null ? existing : new IntegrationReplica();
            copyIdentity(tombstone, data);
            clearSettings(tombstone);
            tombstone.deleted = true;
            tombstone.nextScheduledAt = null;
            tombstone.updatedAt = clock.instant();
            Log.infof("Integration %s deleted; removing its discovery runs", data.id());
            Uni<?> save = existing != null ? Uni.createFrom().item(tombstone) : tombstone.persist();
            return save.chain(() -> DiscoveryRun.delete("integrationId", data.id()))
                    .replaceWithVoid();
        });
    }

    /** Queues a run of a known, enabled integration. */
    public Uni<Void> refreshRequested(RefreshRequested request) {
        return lock(request.integrationId()).chain(existing -> {
            if (existing == null || existing.deleted) {
                Log.warnf(
                        "Ignoring a refresh of integration %s, which this service does not know",
                        request.integrationId());
                return Uni.createFrom().voidItem();
            }
            if (isStale(existing, request.versionId(), "refresh-requested")) {
                return Uni.createFrom().voidItem();
            }
            if (DISABLED.equals(existing.state)) {
                Log.infof("Ignoring a refresh of disabled integration %s", existing.id);
                return Uni.createFrom().voidItem();
            }
            return runQueue.enqueue(existing, DiscoveryRun.TRIGGER_REFRESH);
        });
    }

    private Uni<Void> apply(IntegrationData data, String trigger) {
        return lock(data.id()).chain(existing -> {
            if (existing != null && (existing.deleted || isStale(existing, data.versionId(), trigger))) {
                return Uni.createFrom().voidItem();
            }
            if (existing != null
                    && existing.versionId == data.versionId()
                    && DiscoveryRun.TRIGGER_CREATED.equals(trigger)) {
                return Uni.createFrom().voidItem();
            }
            boolean isNew = existing == null;
            IntegrationReplica replica = isNew ? new IntegrationReplica() : existing;
            boolean runNeeded = isNew || settingsChanged(replica, data) || wasEnabled(replica, data);
            copyIdentity(replica, data);
            copySettings(replica, data);
            replica.updatedAt = clock.instant();
            Uni<?> save = isNew ? replica.persist() : Uni.createFrom().item(replica);
            if (DISABLED.equals(replica.state)) {
                return save.chain(() -> runQueue.cancelQueued(replica.id));
            }
            return save.chain(() -> runNeeded
                    ? runQueue.enqueue(replica, trigger)
                    : Uni.createFrom().voidItem());
        });
    }

    private static Uni<IntegrationReplica> lock(String integrationId) {
        return IntegrationReplica.findById(integrationId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static boolean isStale(IntegrationReplica existing, long eventVersion, String what) {
        if (eventVersion < existing.versionId) {
            Log.infof(
                    "Ignoring %s event of integration %s at version %d; version %d is already applied",
                    what, existing.id, eventVersion, existing.versionId);
            return true;
        }
        return false;
    }

    private static boolean settingsChanged(IntegrationReplica replica, IntegrationData data) {
        DiscoverySettings discovery = data.discovery();
        ConnectionSettings connection = data.connection();
        return !Objects.equals(replica.discoveryMode, discovery == null ? null : discovery.mode())
                || !Objects.equals(replica.discoveryRoleArn, discovery == null ? null : discovery.roleArn())
                || !Objects.equals(replica.discoveryExternalId, discovery == null ? null : discovery.externalId())
                || !Objects.equals(replica.discoveryAccessKeyId, discovery == null ? null : discovery.accessKeyId())
                || !Objects.equals(replica.sealedSecretKey, discovery == null ? null : discovery.sealedSecretKey())
                || !Objects.equals(replica.connectionRoleName, connection == null ? null : connection.roleName())
                || !Objects.equals(replica.connectionExternalId, connection == null ? null : connection.externalId());
    }

    private static boolean wasEnabled(IntegrationReplica replica, IntegrationData data) {
        return DISABLED.equals(replica.state) && !DISABLED.equals(data.state());
    }

    private static void copyIdentity(IntegrationReplica replica, IntegrationData data) {
        replica.id = data.id();
        replica.handle = data.handle();
        replica.scope = data.scope();
        replica.tenantId = data.tenantId();
        replica.tenantHandle = data.tenantHandle();
        replica.orgId = data.orgId();
        replica.orgHandle = data.orgHandle();
        replica.versionId = data.versionId();
        replica.state = data.state();
    }

    private static void copySettings(IntegrationReplica replica, IntegrationData data) {
        clearSettings(replica);
        DiscoverySettings discovery = data.discovery();
        if (discovery != null) {
            replica.discoveryMode = discovery.mode();
            replica.discoveryRoleArn = discovery.roleArn();
            replica.discoveryExternalId = discovery.externalId();
            replica.discoveryAccessKeyId = discovery.accessKeyId();
            replica.sealedSecretKey = discovery.sealedSecretKey();
        }
        ConnectionSettings connection = data.connection();
        if (connection != null) {
            replica.connectionRoleName = connection.roleName();
            replica.connectionExternalId = connection.externalId();
        }
    }

    private static void clearSettings(IntegrationReplica replica) {
        replica.discoveryMode = null;
        replica.discoveryRoleArn = null;
        replica.discoveryExternalId = null;
        replica.discoveryAccessKeyId = null;
        replica.sealedSecretKey = null;
        replica.connectionRoleName = null;
        replica.connectionExternalId = null;
    }
}
