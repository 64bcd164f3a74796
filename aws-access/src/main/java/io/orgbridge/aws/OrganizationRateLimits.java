package io.orgbridge.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Client-side token buckets, one per Organizations operation, that keep the calls of one
 * organization within AWS's per-account throttling limits.
 *
 * <p>Each call reserves a token and waits for it without blocking a thread: {@link #reserve}
 * returns how long to wait, {@link #acquire} a stage that completes then. Reservations may run the
 * bucket into debt, so waiting callers are served in the order they reserved. Use one instance per
 * organization; the limits of AWS are shared by every tool that calls from the same account, so
 * these buckets only lower the chance of {@code TooManyRequestsException}, and the SDK's retries
 * handle the rest.
 */
public final class OrganizationRateLimits {

    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Map<OrganizationsOperation, Bucket> buckets = new EnumMap<>(OrganizationsOperation.class);

    /** Creates buckets at AWS's per-account rates, starting full. */
    public OrganizationRateLimits(Clock clock) {
        this(clock, 1.0);
    }

    /**
     * Creates buckets at {@code rateFactor} times AWS's per-account rates (0.5 keeps half of the
     * capacity free for other tools of the organization), starting full.
     */
    public OrganizationRateLimits(Clock clock, double rateFactor) {
        this(clock, rateFactor, Scheduler.SHARED);
    }

    /**
     * Creates buckets like {@link #OrganizationRateLimits(Clock, double)}; {@code scheduler}
     * completes the stages of {@link #acquire}, so the caller's next step runs on its thread.
     */
    public OrganizationRateLimits(Clock clock, double rateFactor, ScheduledExecutorService scheduler) {
        if (!(rateFactor > 0)) {
            throw new IllegalArgumentException("rate factor must be positive, not " + rateFactor);
        }
        this.clock = clock;
        this.scheduler = scheduler;
        Instant now = clock.instant();
        for (OrganizationsOperation operation : OrganizationsOperation.values()) {
            buckets.put(operation, new Bucket(operation.ratePerSecond() * rateFactor, operation.burst(), now));
        }
    }

    /** Reserves one call of {@code operation} and returns the time to wait before making it. */
    public Duration reserve(OrganizationsOperation operation) {
        return buckets.get(operation).reserve(clock.instant());
    }

    /** Reserves one call of {@code operation}; the stage completes when the call may be made. */
    public CompletionStage<Void> acquire(OrganizationsOperation operation) {
        Duration wait = reserve(operation);
        if (wait.isZero()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        scheduler.schedule(() -> ready.complete(null), wait.toNanos(), TimeUnit.NANOSECONDS);
        return ready;
    }

    /**
     * One daemon thread that ends the waits of every instance. CompletableFuture's own delayed
     * executor would start a new thread per wait on machines with fewer than three cores.
     */
    private static final class Scheduler {

        static final ScheduledExecutorService SHARED = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "orgbridge-rate-limits");
            thread.setDaemon(true);
            thread.setContextClassLoader(OrganizationRateLimits.class.getClassLoader());
            return thread;
        });
    }

    /** A token bucket whose balance may go negative: the debt is the queue of waiting reservations. */
    private static final class Bucket {

        private final double ratePerNano;
        private final double capacity;
        private double tokens;
        private Instant updatedAt;

        Bucket(double ratePerSecond, double capacity, Instant now) {
            this.ratePerNano = ratePerSecond / 1_000_000_000.0;
            this.capacity = capacity;
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized Duration reserve(Instant now) {
            if (now.isAfter(updatedAt)) {
                long elapsed = Duration.between(updatedAt, now).toNanos();
                tokens = Math.min(capacity, tokens + elapsed * ratePerNano);
                updatedAt = now;
            }
            tokens -= 1;
            if (tokens >= 0) {
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil(-tokens / ratePerNano));
        }
    }
}
