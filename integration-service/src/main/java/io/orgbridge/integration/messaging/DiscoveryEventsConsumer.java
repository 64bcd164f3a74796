package io.orgbridge.integration.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.discovery.DiscoveryFailed;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.integration.repository.IntegrationRepository;
import io.orgbridge.platform.messaging.EventConsumer;
import io.orgbridge.platform.messaging.EventHandlers;

/**
 * Sets an integration's state from discovery results: a completed run makes it {@code enabled},
 * a failed run {@code error} with the failed call as the reason. A started run changes nothing.
 *
 * <p>These are system updates: they keep {@code version_id} and publish no event, so that
 * discovery-service does not see a new version and run again. A result is ignored when it is
 * older than the last one applied ({@code run_sequence}), when it ran with discovery credentials
 * that have since changed, or when the integration is deleted; a disabled integration records the
 * run but keeps its state.
 */
@ApplicationScoped
public class DiscoveryEventsConsumer {

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    private final EventConsumer consumer;
    private final IntegrationRepository repository;
    private final EventHandlers handlers;

    public DiscoveryEventsConsumer(EventConsumer consumer, IntegrationRepository repository) {
        this.consumer = consumer;
        this.repository = repository;
        this.handlers = new EventHandlers()
                .on(EventTypes.DISCOVERY_COMPLETED, this::onCompleted)
                .on(EventTypes.DISCOVERY_FAILED, this::onFailed);
    }

    @Incoming(Topics.DISCOVERY_EVENTS)
    public Uni<Void> consume(String value) {
        return consumer.once(Topics.DISCOVERY_EVENTS, value, handlers);
    }

    private Uni<Void> onCompleted(CloudEvent event) {
        OrganizationSnapshot snapshot = EventCodec.data(event, OrganizationSnapshot.class);
        return repository
                .findLiveByIdForUpdate(snapshot.integrationId())
                .invoke(integration -> {
                    if (applies(integration, snapshot.runSequence(), snapshot.integrationVersion(), snapshot.runId())) {
                        recordCompleted(integration, snapshot);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> onFailed(CloudEvent event) {
        DiscoveryFailed failed = EventCodec.data(event, DiscoveryFailed.class);
        return repository
                .findLiveByIdForUpdate(failed.integrationId())
                .invoke(integration -> {
                    if (applies(integration, failed.runSequence(), failed.integrationVersion(), failed.runId())) {
                        recordFailed(integration, failed);
                    }
                })
                .replaceWithVoid();
    }

    private static boolean applies(IntegrationEntity integration, long runSequence, long runVersion, String runId) {
        if (integration == null) {
            Log.debugf("Ignoring discovery run %s of an unknown or deleted integration", runId);
            return false;
        }
        if (integration.lastRunSequence != null && runSequence <= integration.lastRunSequence) {
            Log.debugf(
                    "Ignoring discovery run %s of integration %s: run sequence %d is not after %d",
                    runId, integration.id, runSequence, integration.lastRunSequence);
            return false;
        }
        if (runVersion < integration.discoveryVersion) {
            Log.debugf(
                    "Ignoring discovery run %s of integration %s: it used version %d, credentials changed in version %d",
                    runId, integration.id, runVersion, integration.discoveryVersion);
            return false;
        }
        return true;
    }

    private static void recordCompleted(IntegrationEntity integration, OrganizationSnapshot snapshot) {
        integration.lastRunId = snapshot.runId();
        integration.lastRunSequence = snapshot.runSequence();
        integration.lastRunTrigger = snapshot.trigger();
        integration.lastRunStatus = COMPLETED;
        integration.lastRunStartedAt = snapshot.startedAt();
        integration.lastRunFinishedAt = snapshot.finishedAt();
        integration.lastRunOrganizationId =
                snapshot.organization() == null ? null : snapshot.organization().id();
        integration.lastRunRootId =
                snapshot.root() == null ? null : snapshot.root().id();
        integration.lastRunOuCount = sizeOf(snapshot.organizationalUnits());
        integration.lastRunAccountCount = sizeOf(snapshot.accounts());
        integration.lastRunRoleCheckFailures = roleCheckFailures(snapshot);
        if (!IntegrationEntity.STATE_DISABLED.equals(integration.state)) {
            integration.state = IntegrationEntity.STATE_ENABLED;
            integration.stateReason = null;
        }
        Log.infof(
                "Integration %s discovered %d accounts in run %s",
                integration.id, integration.lastRunAccountCount, snapshot.runId());
    }

    private static void recordFailed(IntegrationEntity integration, DiscoveryFailed failed) {
        integration.lastRunId = failed.runId();
        integration.lastRunSequence = failed.runSequence();
        integration.lastRunTrigger = failed.trigger();
        integration.lastRunStatus = FAILED;
        integration.lastRunStartedAt = failed.startedAt();
        integration.lastRunFinishedAt = failed.finishedAt();
        integration.lastRunOuCount = null;
        integration.lastRunAccountCount = null;
        integration.lastRunRoleCheckFailures = null;
        if (!IntegrationEntity.STATE_DISABLED.equals(integration.state)) {
            integration.state = IntegrationEntity.STATE_ERROR;
            integration.stateReason = failed.failedCall() + " failed: " + failed.errorCode() + ": " + failed.message();
        }
        Log.infof(
                "Integration %s discovery run %s failed at %s with %s",
                integration.id, failed.runId(), failed.failedCall(), failed.errorCode());
    }

    private static Integer sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static int roleCheckFailures(OrganizationSnapshot snapshot) {
        if (snapshot.accounts() == null) {
            return 0;
        }
        return (int) snapshot.accounts().stream()
                .filter(account -> account.roleCheck() != null
                        && OrganizationSnapshot.RoleCheck.FAILED.equals(
                                account.roleCheck().status()))
                .count();
    }
}
