package io.orgbridge.awssim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runtime fault injection and call counting, for tests. Faults apply to the operations named as
 * AWS spells them (for example {@code ListAccountsForParent} or {@code AssumeRole}) and stay active
 * until {@link #clear()}, except an Nth-call failure, which fires once. Safe for concurrent use.
 */
public final class Faults {

    private final Map<String, Duration> latencies = new LinkedHashMap<>();
    private final List<EmptyFirstPage> emptyFirstPages = new ArrayList<>();
    private final List<NthCallFailure> failures = new ArrayList<>();
    private final ConcurrentMap<String, AtomicLong> callCounts = new ConcurrentHashMap<>();

    Faults() {}

    /** An empty-first-page fault. A null {@code parentId} applies it to every parent. */
    record EmptyFirstPage(String operation, String parentId) {}

    /** A pending failure of the {@code n}th matching call counted from when it was set. */
    private static final class NthCallFailure {
        final String operation;
        final int n;
        final InjectedError error;
        final String parentId;
        int seen;

        NthCallFailure(String operation, int n, InjectedError error, String parentId) {
            this.operation = operation;
            this.n = n;
            this.error = error;
            this.parentId = parentId;
        }
    }

    /** Delays every call of the operation by {@code delay} before it is handled. */
    public synchronized Faults latency(String operation, Duration delay) {
        requireKnown(operation);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Latency for " + operation + " must not be negative: " + delay);
        }
        latencies.put(operation, delay);
        return this;
    }

    /**
     * Makes every first page of a paginated operation (a call without NextToken) return no items
     * but a NextToken that leads to the real first page, as AWS sometimes does.
     */
    public Faults emptyFirstPage(String operation) {
        return emptyFirstPage(operation, null);
    }

    /** Like {@link #emptyFirstPage(String)}, for calls whose ParentId is {@code parentId} only. */
    public synchronized Faults emptyFirstPage(String operation, String parentId) {
        requireKnown(operation);
        if (!Operations.PAGINATED.contains(operation)) {
            throw new IllegalArgumentException(
                    "Operation " + operation + " is not paginated; expected one of " + Operations.PAGINATED);
        }
        emptyFirstPages.add(new EmptyFirstPage(operation, parentId));
        return this;
    }

    /**
     * Makes the {@code n}th call of the operation, counted from now, fail with {@code errorCode}:
     * AccessDeniedException, TooManyRequestsException, ServiceException or
     * ConcurrentModificationException (STS renders the first two as AccessDenied and Throttling).
     */
    public Faults failNthCall(String operation, int n, String errorCode) {
        return failNthCall(operation, n, errorCode, null);
    }

    /** Like {@link #failNthCall(String, int, String)}, counting only calls whose ParentId is {@code parentId}. */
    public synchronized Faults failNthCall(String operation, int n, String errorCode, String parentId) {
        requireKnown(operation);
        if (n < 1) {
            throw new IllegalArgumentException("Call number for " + operation + " must be 1 or more, got " + n);
        }
        failures.add(new NthCallFailure(operation, n, InjectedError.fromCode(errorCode), parentId));
        return this;
    }

    /** Removes every fault but keeps the call counts. */
    public synchronized void clear() {
        latencies.clear();
        emptyFirstPages.clear();
        failures.clear();
    }

    /** Returns how many authenticated calls of the operation arrived, including throttled and failed ones. */
    public long callCount(String operation) {
        requireKnown(operation);
        AtomicLong count = callCounts.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Returns the call count of every operation called at least once, sorted by name. */
    public Map<String, Long> callCounts() {
        Map<String, Long> counts = new TreeMap<>();
        callCounts.forEach((operation, count) -> counts.put(operation, count.get()));
        return counts;
    }

    public void resetCallCounts() {
        callCounts.clear();
    }

    /** Counts a call and returns the error an Nth-call fault makes it fail with, if any. */
    synchronized Optional<InjectedError> onCall(String operation, String parentId) {
        callCounts.computeIfAbsent(operation, key -> new AtomicLong()).incrementAndGet();
        Iterator<NthCallFailure> pending = failures.iterator();
        while (pending.hasNext()) {
            NthCallFailure failure = pending.next();
            if (!failure.operation.equals(operation) || !matchesParent(failure.parentId, parentId)) {
                continue;
            }
            failure.seen++;
            if (failure.seen == failure.n) {
                pending.remove();
                return Optional.of(failure.error);
            }
        }
        return Optional.empty();
    }

    synchronized Duration latencyOf(String operation) {
        return latencies.getOrDefault(operation, Duration.ZERO);
    }

    synchronized boolean hasEmptyFirstPage(String operation, String parentId) {
        return emptyFirstPages.stream()
                .anyMatch(fault -> fault.operation().equals(operation) && matchesParent(fault.parentId(), parentId));
    }

    /** Describes the active faults, for the admin API. */
    synchronized List<Map<String, Object>> describe() {
        List<Map<String, Object>> described = new ArrayList<>();
        latencies.forEach((operation, delay) ->
                described.add(Map.of("type", "latency", "operation", operation, "millis", delay.toMillis())));
        for (EmptyFirstPage fault : emptyFirstPages) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", "emptyFirstPage");
            entry.put("operation", fault.operation());
            entry.put("parentId", fault.parentId());
            described.add(entry);
        }
        for (NthCallFailure failure : failures) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", "failNthCall");
            entry.put("operation", failure.operation);
            entry.put("n", failure.n);
            entry.put("error", failure.error.code());
            entry.put("parentId", failure.parentId);
            entry.put("callsSeen", failure.seen);
            described.add(entry);
        }
        return described;
    }

    private static boolean matchesParent(String faultParentId, String callParentId) {
        return faultParentId == null || faultParentId.equals(callParentId);
    }

    private static void requireKnown(String operation) {
        if (operation == null || !Operations.isKnown(operation)) {
            throw new IllegalArgumentException(
                    "Unknown operation '" + operation + "'; expected one of " + Operations.all());
        }
    }
}
