package io.orgbridge.integration.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.AwsSettings;
import io.orgbridge.aws.DiscoveryProbe;

/** Builds the AWS clients of Test Discovery from {@link AwsConfig}. */
public class AwsProducer {

    @Produces
    @Singleton
    AwsClientFactory awsClientFactory(AwsConfig config, Clock clock) {
        Optional<AwsSettings.PlatformKey> platformKey = config.platformAccessKeyId()
                .map(keyId -> new AwsSettings.PlatformKey(
                        keyId,
                        config.platformSecretAccessKey()
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "orgbridge.aws.platform-secret-access-key is missing while"
                                                + " orgbridge.aws.platform-access-key-id is set"))));
        AwsSettings.RetrySettings defaults = AwsSettings.RetrySettings.defaults();
        AwsSettings.RetrySettings retry = new AwsSettings.RetrySettings(
                config.maxAttempts(), defaults.baseDelay(), defaults.throttlingBaseDelay(), Duration.ofSeconds(5));
        AwsSettings settings = new AwsSettings(
                config.endpointOverride(), config.region(), platformKey, config.apiCallTimeout(), null, retry);
        return new AwsClientFactory(settings, clock);
    }

    void closeAwsClientFactory(@Disposes AwsClientFactory factory) {
        factory.close();
    }

    @Produces
    @Singleton
    DiscoveryProbe discoveryProbe(AwsClientFactory factory) {
        return new DiscoveryProbe(factory);
    }
}
