package io.orgbridge.aws.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import io.orgbridge.aws.AwsSettings;

/**
 * Endpoint, platform credentials, timeouts and retries for AWS STS and Organizations
 * ({@code orgbridge.aws.*}), shared by the services that call AWS. A service that needs other values,
 * such as shorter timeouts, sets them in its application.properties.
 */
@ConfigMapping(prefix = "orgbridge.aws")
public interface AwsConfig {

    /** One endpoint for STS and Organizations, such as the AWS simulator; absent in production. */
    Optional<URI> endpointOverride();

    /** Region of the STS regional endpoint; it also selects the partition of Organizations; default us-east-1. */
    @WithDefault("us-east-1")
    String region();

    /** Access key id of the platform's own AWS identity; absent means the SDK default credentials chain. */
    Optional<String> platformAccessKeyId();

    /** Secret access key of the platform identity; in production from ORGBRIDGE_AWS_PLATFORM_SECRET_ACCESS_KEY. */
    Optional<String> platformSecretAccessKey();

    /** Attempts per AWS call, the first one included; default 6. */
    @WithDefault("6")
    int maxAttempts();

    /** Base of the exponential backoff after a transient error; default 100 ms. */
    @WithDefault("100ms")
    Duration baseDelay();

    /** Base of the exponential backoff after throttling (TooManyRequestsException); default 500 ms. */
    @WithDefault("500ms")
    Duration throttlingBaseDelay();

    /** Upper bound of one backoff delay; default 20 s. */
    @WithDefault("20s")
    Duration maxBackoff();

    /** Upper bound of one AWS call, retries included; default 120 s. */
    @WithDefault("120s")
    Duration apiCallTimeout();

    /** Upper bound of one HTTP attempt; default 20 s. */
    @WithDefault("20s")
    Duration apiCallAttemptTimeout();

    /**
     * Builds the settings of {@link io.orgbridge.aws.AwsClientFactory} from this configuration.
     *
     * @throws IllegalArgumentException when the platform access key id is set without its secret
     *     access key
     */
    default AwsSettings toSettings() {
        Optional<AwsSettings.PlatformKey> platformKey = platformAccessKeyId()
                .map(id -> new AwsSettings.PlatformKey(
                        id,
                        platformSecretAccessKey()
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "orgbridge.aws.platform-secret-access-key is missing; set it together with"
                                                + " orgbridge.aws.platform-access-key-id"))));
        AwsSettings.RetrySettings retry =
                new AwsSettings.RetrySettings(maxAttempts(), baseDelay(), throttlingBaseDelay(), maxBackoff());
        return new AwsSettings(
                endpointOverride(), region(), platformKey, apiCallTimeout(), apiCallAttemptTimeout(), retry);
    }
}
