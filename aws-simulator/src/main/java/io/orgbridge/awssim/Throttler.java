package io.orgbridge.awssim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-account, per-operation rate limits for AWS Organizations calls. The rates and bursts of the
 * read calls are AWS's per-account quotas for Organizations. AWS's separate per-organization quotas
 * are not enforced, and STS and Account Management calls are not throttled.
 */
final class Throttler {

    /** Requests per second and bucket size. */
    record RateLimit(double perSecond, int burst) {}

    static final Map<String, RateLimit> LIMITS = Map.of(
            "DescribeOrganization", new RateLimit(1, 2),
            "ListRoots", new RateLimit(1, 2),
            "ListOrganizationalUnitsForParent", new RateLimit(5, 8),
            "ListAccountsForParent", new RateLimit(5, 8),
            "ListChildren", new RateLimit(6, 10),
            "ListAccounts", new RateLimit(8, 12),
            "ListParents", new RateLimit(5, 8),
            "DescribeAccount", new RateLimit(20, 30),
            "ListTagsForResource", new RateLimit(10, 15));

    /**
     * The limit of every other Organizations operation. NOTE: AWS publishes no rate for these calls,
     * so this value is the simulator's own choice.
     */
    static final RateLimit DEFAULT_LIMIT = new RateLimit(5, 10);

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile boolean enabled;

    Throttler(boolean enabled) {
        this.enabled = enabled;
    }

    /** Returns false when the account has used up its quota for the operation. */
    boolean tryAcquire(String accountId, String operation) {
        if (!enabled || !Operations.isOrganizations(operation)) {
            return true;
        }
        RateLimit limit = LIMITS.getOrDefault(operation, DEFAULT_LIMIT);
        return buckets.computeIfAbsent(
                        accountId + "/" + operation, key -> new TokenBucket(limit.perSecond(), limit.burst()))
                .tryAcquire();
    }

    boolean enabled() {
        return enabled;
    }

    /** Switches throttling on or off and refills every bucket. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        buckets.clear();
    }

    void reset() {
        buckets.clear();
    }
}
