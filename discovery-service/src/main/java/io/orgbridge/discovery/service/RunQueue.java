package io.orgbridge.discovery.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.discovery.entity.DiscoveryRun;
import io.orgbridge.discovery.entity.IntegrationReplica;
import io.orgbridge.platform.id.Ids;

/**
 * Queues discovery runs. An integration has at most one queued run: a trigger that arrives while
 * one is queued joins it, so a burst of changes costs one run.
 */
@ApplicationScoped
public class RunQueue {

    private final Clock clock;

    public RunQueue(Clock clock) {
        this.clock = clock;
    }

    /**
     * Queues a run of {@code integration}, or joins the queued one. Must run inside a transaction
     * that holds the replica row locked, so that run sequences of one integration never collide.
     */
    public Uni<Void> enqueue(IntegrationReplica integration, String trigger) {
        return DiscoveryRun.<DiscoveryRun>find("integrationId = ?1 and state = ?2", integration.id, DiscoveryRun.QUEUED)
                .firstResult()
                .chain(queued -> queued != null ? join(queued, integration, trigger) : insert(integration, trigger));
    }

    /** Removes the integration's queued run, if any. */
    public Uni<Void> cancelQueued(String integrationId) {
        return DiscoveryRun.delete("integrationId = ?1 and state = ?2", integrationId, DiscoveryRun.QUEUED)
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("Cancelled the queued discovery run of integration %s", integrationId);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> join(DiscoveryRun queued, IntegrationReplica integration, String trigger) {
        queued.integrationVersion = integration.versionId;
        Log.infof(
                "Discovery trigger %s of integration %s joins queued run %s (%s)",
                trigger, integration.id, queued.id, queued.trigger);
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> insert(IntegrationReplica integration, String trigger) {
        integration.lastRunSequence += 1;
        DiscoveryRun run = new DiscoveryRun();
        run.id = Ids.newId(Ids.RUN);
        run.integrationId = integration.id;
        run.integrationVersion = integration.versionId;
        run.runSequence = integration.lastRunSequence;
        run.trigger = trigger;
        run.state = DiscoveryRun.QUEUED;
        run.createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Log.infof(
                "Queued discovery run %s (sequence %d, trigger %s) of integration %s",
                run.id, run.runSequence, trigger, integration.id);
        return run.persist().replaceWithVoid();
    }
}
