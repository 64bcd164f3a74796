package io.orgbridge.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Connection settings of the suite's AWS clients: endpoints, region, the platform's own
 * credentials, timeouts and retries.
 *
 * @param endpointOverride one endpoint for STS and Organizations, such as the AWS simulator in
 *     tests and the demo. Production leaves it empty, so the SDK resolves the real endpoints.
 * @param region region of the STS regional endpoint, such as {@code us-east-1}; it also selects
 *     the partition of the Organizations endpoint (see {@link #organizationsRegion()})
 * @param platformKey the long-term key of the platform's own AWS identity, which assumes customer
 *     roles. When empty the SDK's {@code DefaultCredentialsProvider} chain is used (environment,
 *     web identity, container or instance profile), which is meant for production only; an
 *     endpoint override without a platform key is rejected so that tests never probe the instance
 *     metadata address.
 * @param apiCallTimeout upper bound of one API call, retries included
 * @param apiCallAttemptTimeout upper bound of one HTTP attempt
 * @param retry SDK retry settings shared by every client
 */
public record AwsSettings(
        Optional<URI> endpointOverride,
        String region,
        Optional<PlatformKey> platformKey,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        RetrySettings retry) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    public AwsSettings {
        endpointOverride = endpointOverride == null ? Optional.empty() : endpointOverride;
        platformKey = platformKey == null ? Optional.empty() : platformKey;
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        apiCallTimeout = apiCallTimeout == null ? DEFAULT_API_CALL_TIMEOUT : apiCallTimeout;
        apiCallAttemptTimeout =
                apiCallAttemptTimeout == null ? DEFAULT_API_CALL_ATTEMPT_TIMEOUT : apiCallAttemptTimeout;
        retry = retry == null ? RetrySettings.defaults() : retry;
        if (endpointOverride.isPresent() && platformKey.isEmpty()) {
            throw new IllegalArgumentException("an AWS endpoint override (" + endpointOverride.get()
                    + ") needs explicit platform credentials; set the platform access key id and secret access key");
        }
    }

    /** Settings for a test or demo endpoint, such as the AWS simulator, signed with a fixed platform key. */
    public static AwsSettings forEndpoint(URI endpoint, String accessKeyId, String secretAccessKey) {
        return new AwsSettings(
                Optional.of(endpoint),
                DEFAULT_REGION,
                Optional.of(new PlatformKey(accessKeyId, secretAccessKey)),
                null,
                null,
                null);
    }

    /** Returns a copy with other retry settings. */
    public AwsSettings withRetry(RetrySettings newRetry) {
        return new AwsSettings(endpointOverride, region, platformKey, apiCallTimeout, apiCallAttemptTimeout, newRetry);
    }

    /**
     * Returns the signing region of AWS Organizations, whose endpoint is global per partition:
     * {@code us-east-1} in the commercial partition, {@code us-gov-west-1} in AWS GovCloud (US)
     * and {@code cn-northwest-1} in the China regions, chosen by the prefix of {@link #region()}.
     */
    public String organizationsRegion() {
        if (region.startsWith("us-gov-")) {
            return "us-gov-west-1";
        }
        if (region.startsWith("cn-")) {
            return "cn-northwest-1";
        }
        return "us-east-1";
    }

    /** Long-term access key of the platform's own AWS identity. */
    public record PlatformKey(String accessKeyId, String secretAccessKey) {

        public PlatformKey {
            requireText(accessKeyId, "platform access key id");
            requireText(secretAccessKey, "platform secret access key");
        }

        @Override
        public String toString() {
            return "PlatformKey[accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
        }
    }

    /**
     * Retry settings of the SDK's standard retry strategy.
     *
     * @param maxAttempts attempts per API call, the first one included (at least 1)
     * @param baseDelay base of the exponential backoff with full jitter after a transient error
     * @param throttlingBaseDelay base of the exponential backoff with full jitter after throttling,
     *     such as Organizations' {@code TooManyRequestsException}
     * @param maxBackoff upper bound of one backoff delay
     */
    public record RetrySettings(
            int maxAttempts, Duration baseDelay, Duration throttlingBaseDelay, Duration maxBackoff) {

        public RetrySettings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("max attempts must be at least 1, not " + maxAttempts);
            }
            Objects.requireNonNull(baseDelay, "baseDelay");
            Objects.requireNonNull(throttlingBaseDelay, "throttlingBaseDelay");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
        }

        /** Six attempts, 100 ms base delay, 500 ms throttling base delay, 20 s maximum backoff. */
        public static RetrySettings defaults() {
            return new RetrySettings(6, Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(20));
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
