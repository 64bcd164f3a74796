package io.orgbridge.integration.config;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How Test Discovery reaches AWS. */
@ConfigMapping(prefix = "orgbridge.aws")
public interface AwsConfig {

    /** One endpoint for STS and Organizations, such as the AWS simulator; empty in production. */
    Optional<URI> endpointOverride();

    /** Region of the STS endpoint; default {@code us-east-1}. */
    @WithDefault("us-east-1")
    String region();

    /** Access key id of the platform's own AWS identity; empty uses the SDK default credentials chain. */
    Optional<String> platformAccessKeyId();

    /** Secret access key of the platform's own AWS identity. */
    Optional<String> platformSecretAccessKey();
}
