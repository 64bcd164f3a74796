package io.orgbridge.integration.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Endpoint, region, platform credentials and limits of the AWS calls Test Discovery makes. */
@ConfigMapping(prefix = "orgbridge.aws")
public interface AwsConfig {

    /** One endpoint for STS and Organizations, such as the AWS simulator; empty in production. */
    Optional<URI> endpointOverride();

    /** Region of the STS endpoint; default {@code us-east-1}. */
    @WithDefault("us-east-1")
    String region();

    /**
     * Access key id of the platform's own AWS identity, which assumes customer roles. When empty
     * the AWS SDK default credentials chain is used, which production only may rely on.
     */
    Optional<String> platformAccessKeyId();

    /** Secret access key of the platform's own AWS identity. */
    Optional<String> platformSecretAccessKey();

    /** Upper bound of one AWS call of a test, retries included; default 30 seconds. */
    @WithDefault("PT30S")
    Duration apiCallTimeout();

    /** Attempts per AWS call of a test, the first included; default 3, so that a test returns quickly. */
    @WithDefault("3")
    int maxAttempts();
}
