package io.orgbridge.discovery.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.discovery.config.DiscoveryConfig;
import io.orgbridge.discovery.entity.DiscoveryRun;
import io.orgbridge.discovery.entity.IntegrationReplica;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.discovery.DiscoveryFailed;
import io.orgbridge.events.discovery.DiscoveryStarted;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.platform.outbox.Outbox;

/**
 * Adds discovery.started, discovery.completed and discovery.failed to the outbox, keyed and
 * subject-ed by the integration id, with the tenant and org ids as extension attributes. Must run
 * inside the transaction that changes the run.
 */
@ApplicationScoped
public class DiscoveryEvents {

    public static final String SOURCE = "/orgbridge/discovery-service";

    private final Outbox outbox;
    private final DiscoveryConfig config;
    private final Clock clock;

    public DiscoveryEvents(Outbox outbox, DiscoveryConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> started(DiscoveryRun run, IntegrationReplica integration) {
        DiscoveryStarted data = new DiscoveryStarted(
                run.id, run.integrationId, run.integrationVersion, run.runSequence, run.trigger, run.startedAt);
        return add(integration, EventTypes.DISCOVERY_STARTED, data);
    }

    public Uni<Void> completed(DiscoveryRun run, IntegrationReplica integration, OrganizationTree tree) {
        OrganizationSnapshot data = new OrganizationSnapshot(
                run.id,
                run.integrationId,
                run.integrationVersion,
                run.runSequence,
                run.trigger,
                run.startedAt,
                run.finishedAt,
                tree.organization(),
                tree.root(),
                tree.organizationalUnits(),
                tree.accounts());
        return add(integration, EventTypes.DISCOVERY_COMPLETED, data);
    }

    public Uni<Void> failed(DiscoveryRun run, IntegrationReplica integration) {
        DiscoveryFailed data = new DiscoveryFailed(
                run.id,
                run.integrationId,
                run.integrationVersion,
                run.runSequence,
                run.trigger,
                run.startedAt,
                run.finishedAt,
                run.failedCall,
                run.errorCode,
                run.errorMessage);
        return add(integration, EventTypes.DISCOVERY_FAILED, data);
    }

    private Uni<Void> add(IntegrationReplica integration, String type, Object data) {
        CloudEvent event = EventCodec.create(
                SOURCE, type, integration.id, integration.tenantId, integration.orgId, data, clock.instant());
        return outbox.add(config.eventsTopic(), integration.id, event);
    }
}
