package io.orgbridge.discovery.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import io.orgbridge.discovery.config.DiscoveryConfig;

/**
 * Polls the run queue: renews the leases of this instance's runs, fails runs whose instance
 * stopped, queues periodic runs that are due, and starts queued runs up to
 * {@code orgbridge.discovery.max-concurrent-runs}. Each run executes on a Vert.x context of its own,
 * so that concurrent runs never share a database session.
 */
@ApplicationScoped
public class RunScheduler {

    private final RunLifecycle lifecycle;
    private final DiscoveryRunner runner;
    private final DiscoveryConfig config;
    private final Vertx vertx;
    private final Set<String> executing = ConcurrentHashMap.newKeySet();

    public RunScheduler(RunLifecycle lifecycle, DiscoveryRunner runner, DiscoveryConfig config, Vertx vertx) {
        this.lifecycle = lifecycle;
        this.runner = runner;
        this.config = config;
        this.vertx = vertx;
    }

    @Scheduled(
            identity = "discovery-run-poller",
            every = "${orgbridge.discovery.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        return lifecycle
                .renewLeases(Set.copyOf(executing))
                .chain(() -> lifecycle.failExpired(Set.copyOf(executing)))
                .chain(lifecycle::queueDueSchedules)
                .chain(() -> lifecycle.claim(config.maxConcurrentRuns() - executing.size()))
                .invoke(claimed -> claimed.forEach(this::launch))
                .onFailure()
                .recoverWithItem(failure -> {
                    Log.errorf(failure, "Polling the discovery run queue failed; retrying at the next poll");
                    return null;
                })
                .replaceWithVoid();
    }

    /** Returns the number of runs this instance is executing. */
    public int executingCount() {
        return executing.size();
    }

    private void launch(ClaimedRun claimed) {
        executing.add(claimed.runId());
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Executor onContext = command -> context.runOnContext(ignored -> command.run());
        context.runOnContext(ignored -> runner.execute(claimed, onContext)
                .onTermination()
                .invoke(() -> executing.remove(claimed.runId()))
                .subscribe()
                .with(
                        done -> {},
                        failure -> Log.errorf(
                                failure,
                                "Recording the outcome of discovery run %s of integration %s failed; the run stays"
                                        + " running until its lease expires",
                                claimed.runId(),
                                claimed.integrationId())));
    }
}
