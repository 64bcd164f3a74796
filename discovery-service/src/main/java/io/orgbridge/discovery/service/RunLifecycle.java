package io.orgbridge.discovery.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.discovery.config.DiscoveryConfig;
import io.orgbridge.discovery.entity.DiscoveryRun;
import io.orgbridge.discovery.entity.IntegrationReplica;

/**
 * Moves runs between states in the database, each step in its own transaction. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several instances of the service share the queue; the
 * partial unique indexes of {@code discovery_run} keep one integration to one running run.
 */
@ApplicationScoped
public class RunLifecycle {

    static final String RUN_INTERRUPTED = "RunInterrupted";

    private static final String CLAIMABLE = "select r.* from discovery_run r where r.state = 'queued'"
            + " and not exists (select 1 from discovery_run x where x.integration_id = r.integration_id"
            + " and x.state = 'running')"
            + " order by r.created_at limit :slots for update of r skip locked";
    private static final String EXPIRED = "select * from discovery_run where state = 'running'"
            + " and lease_expires_at < :now order by lease_expires_at limit 20 for update skip locked";
    private static final String DUE = "select * from integration_replica where not deleted"
            + " and (state is null or state <> 'disabled') and next_scheduled_at <= :now"
            + " order by next_scheduled_at limit 20 for update skip locked";
    private static final String RENEW =
            "update discovery_run set lease_expires_at = :lease" + " where id in (:ids) and state = 'running'";

    private final DiscoveryEvents events;
    private final RunQueue runQueue;
    private final DiscoveryConfig config;
    private final Clock clock;

    public RunLifecycle(DiscoveryEvents events, RunQueue runQueue, DiscoveryConfig config, Clock clock) {
        this.events = events;
        this.runQueue = runQueue;
        this.config = config;
        this.clock = clock;
    }

    /** Starts up to {@code slots} queued runs, publishing discovery.started for each. */
    public Uni<List<ClaimedRun>> claim(int slots) {
        if (slots <= 0) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIMABLE, DiscoveryRun.class)
                        .setParameter("slots", slots)
                        .getResultList())
                .chain(this::startAll));
    }

    /** Extends the leases of the runs this instance is executing. */
    public Uni<Void> renewLeases(Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(RENEW)
                        .setParameter("lease", leaseFromNow())
                        .setParameter("ids", List.copyOf(runIds))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Fails runs whose lease expired because the instance running them stopped, publishes
     * discovery.failed for each and makes their integration due for a new run.
     */
    public Uni<Void> failExpired(Collection<String> ownRunIds) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(EXPIRED, DiscoveryRun.class)
                        .setParameter("now", now())
                        .getResultList())
                .chain(expired -> sequentially(
                        expired.stream()
                                .filter(run -> !ownRunIds.contains(run.id))
                                .toList(),
                        this::failInterrupted)));
    }

    /** Queues a schedule run of every integration whose periodic read is due. */
    public Uni<Void> queueDueSchedules() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(DUE, IntegrationReplica.class)
                        .setParameter("now", now())
                        .getResultList())
                .chain(due -> sequentially(due, integration -> {
                    // The next schedule is set when this run finishes.
                    integration.nextScheduledAt = null;
                    return runQueue.enqueue(integration, DiscoveryRun.TRIGGER_SCHEDULE);
                })));
    }

    /** Records a successful run and publishes its snapshot, unless the run was removed or failed meanwhile. */
    public Uni<Boolean> succeed(ClaimedRun claimed, OrganizationTree tree) {
        return finish(claimed, (run, integration) -> {
            run.state = DiscoveryRun.SUCCEEDED;
            run.ouCount = tree.organizationalUnits().size();
            run.accountCount = tree.accounts().size();
            return events.completed(run, integration, tree);
        });
    }

    /** Records a failed run and publishes discovery.failed, unless the run was removed or failed meanwhile. */
    public Uni<Boolean> fail(ClaimedRun claimed, WalkFailedException failure) {
        return finish(claimed, (run, integration) -> {
            run.state = DiscoveryRun.FAILED;
            run.failedCall = storable(failure.failedCall());
            run.errorCode = storable(failure.errorCode());
            run.errorMessage = storable(failure.getMessage());
            return events.failed(run, integration);
        });
    }

    private Uni<Boolean> finish(ClaimedRun claimed, Outcome outcome) {
        return Panache.withTransaction(
                () -> DiscoveryRun.<DiscoveryRun>findById(claimed.runId(), LockModeType.PESSIMISTIC_WRITE)
                        .chain(run -> {
                            if (run == null || !DiscoveryRun.RUNNING.equals(run.state)) {
                                Log.warnf(
                                        "Discovery run %s of integration %s ended after it was removed or failed; its"
                                                + " result is dropped",
                                        claimed.runId(), claimed.integrationId());
                                return Uni.createFrom().item(false);
                            }
                            return IntegrationReplica.<IntegrationReplica>findById(run.integrationId)
                                    .chain(integration -> record(run, integration, outcome));
                        }));
    }

    private Uni<Boolean> record(DiscoveryRun run, IntegrationReplica integration, Outcome outcome) {
        run.finishedAt = now();
        run.leaseExpiresAt = null;
        integration.nextScheduledAt = run.finishedAt.plus(config.scheduleInterval());
        return outcome.apply(run, integration).replaceWith(true);
    }

    private Uni<List<ClaimedRun>> startAll(List<DiscoveryRun> runs) {
        List<ClaimedRun> started = new ArrayList<>();
        return sequentially(runs, run -> start(run).invoke(started::add).replaceWithVoid())
                .replaceWith(started);
    }

    private Uni<ClaimedRun> start(DiscoveryRun run) {
        return IntegrationReplica.<IntegrationReplica>findById(run.integrationId)
                .chain(integration -> {
                    run.state = DiscoveryRun.RUNNING;
                    run.startedAt = now();
                    run.leaseExpiresAt = leaseFromNow();
                    run.integrationVersion = integration.versionId;
                    Log.infof(
                            "Starting discovery run %s (sequence %d, trigger %s) of integration %s",
                            run.id, run.runSequence, run.trigger, run.integrationId);
                    return events.started(run, integration).replaceWith(toClaimed(run, integration));
                });
    }

    private Uni<Void> failInterrupted(DiscoveryRun run) {
        return IntegrationReplica.<IntegrationReplica>findById(run.integrationId)
                .chain(integration -> {
                    run.state = DiscoveryRun.FAILED;
                    run.finishedAt = now();
                    run.leaseExpiresAt = null;
                    run.errorCode = RUN_INTERRUPTED;
                    run.errorMessage = "the service instance that ran this run stopped before it finished";
                    integration.nextScheduledAt = run.finishedAt;
                    Log.warnf(
                            "Discovery run %s of integration %s lost its lease; marking it failed and scheduling a new run",
                            run.id, run.integrationId);
                    return events.failed(run, integration);
                });
    }

    private static ClaimedRun toClaimed(DiscoveryRun run, IntegrationReplica integration) {
        return new ClaimedRun(
                run.id,
                run.integrationId,
                run.integrationVersion,
                run.runSequence,
                run.trigger,
                run.startedAt,
                integration.discoveryMode,
                integration.discoveryRoleArn,
                integration.discoveryExternalId,
                integration.discoveryAccessKeyId,
                integration.sealedSecretKey,
                integration.connectionRoleName,
                integration.connectionExternalId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Instant leaseFromNow() {
        return now().plus(config.leaseTimeout());
    }

    /** Applies {@code step} to each item one after the other, as one Hibernate Reactive session demands. */
    private static <T> Uni<Void> sequentially(List<T> items, java.util.function.Function<T, Uni<Void>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> step.apply(item));
        }
        return chain;
    }

    @FunctionalInterface
    private interface Outcome {
        Uni<Void> apply(DiscoveryRun run, IntegrationReplica integration);
    }

    /**
     * Replaces U+0000, which PostgreSQL text cannot hold, with U+FFFD. AWS error messages may quote
     * a caller's input, and the text is stored here and published to integration-service.
     */
    static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
