package io.orgbridge.discovery.service;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.orgbridge.aws.DiscoveryCredentials;
import io.orgbridge.aws.OrganizationRateLimits;
import io.orgbridge.discovery.config.DiscoveryConfig;

/**
 * Rate limits per calling AWS account, shared by every run of this instance that reads through
 * that account. AWS throttles per account, so two integrations of one organization share one set
 * of buckets. NOTE: the buckets live in memory, so several instances of the service each use the
 * full rate; the SDK's throttling retries absorb the excess.
 */
@ApplicationScoped
public class RateLimitRegistry {

    private final Clock clock;
    private final double rateShare;
    private final Map<String, OrganizationRateLimits> limits = new ConcurrentHashMap<>();

    public RateLimitRegistry(Clock clock, DiscoveryConfig config) {
        if (!(config.rateShare() > 0 && config.rateShare() <= 1)) {
            throw new IllegalArgumentException(
                    "orgbridge.discovery.rate-share must be above 0 and at most 1, not " + config.rateShare());
        }
        this.clock = clock;
        this.rateShare = config.rateShare();
    }

    public OrganizationRateLimits forCredentials(DiscoveryCredentials credentials) {
        return limits.computeIfAbsent(callerKey(credentials), key -> new OrganizationRateLimits(clock, rateShare));
    }

    /** Returns the account of the role ARN ({@code arn:aws:iam::111111111111:role/x}), or the access key id. */
    static String callerKey(DiscoveryCredentials credentials) {
        if (credentials.mode() == DiscoveryCredentials.Mode.ACCESS_KEY) {
            return "key:" + credentials.accessKeyId();
        }
        String[] parts = credentials.roleArn().split(":");
        return parts.length > 4 && !parts[4].isEmpty() ? "account:" + parts[4] : "role:" + credentials.roleArn();
    }
}
