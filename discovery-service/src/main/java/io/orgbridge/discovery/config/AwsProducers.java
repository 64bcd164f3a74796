package io.orgbridge.discovery.config;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.AwsSettings;
import io.orgbridge.aws.MemberRoleCheck;
import io.orgbridge.platform.crypto.SecretBox;

/** Builds the AWS clients, the clock and the transport key box from configuration. */
public class AwsProducers {

    public static final String TRANSPORT_KEY = "orgbridge.secrets.transport-key";

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Built at startup, so that invalid AWS settings stop the service at once. */
    @Produces
    @Singleton
    @Startup
    AwsClientFactory awsClientFactory(AwsConfig config, Clock clock) {
        return new AwsClientFactory(settings(config), clock);
    }

    void closeAwsClientFactory(@Disposes AwsClientFactory clients) {
        clients.close();
    }

    @Produces
    @Singleton
    MemberRoleCheck memberRoleCheck(AwsClientFactory clients) {
        return new MemberRoleCheck(clients);
    }

    /** Builds the box that opens discovery secret keys sealed by integration-service. */
    @Produces
    @Singleton
    SecretBox transportBox(@ConfigProperty(name = TRANSPORT_KEY) String base64Key) {
        return SecretBox.fromBase64Key(TRANSPORT_KEY, base64Key);
    }

    static AwsSettings settings(AwsConfig config) {
        Optional<AwsSettings.PlatformKey> platformKey = config.platformAccessKeyId()
                .map(id -> new AwsSettings.PlatformKey(
                        id,
                        config.platformSecretAccessKey()
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "orgbridge.aws.platform-secret-access-key is missing; set it together with"
                                                + " orgbridge.aws.platform-access-key-id"))));
        AwsSettings.RetrySettings retry = new AwsSettings.RetrySettings(
                config.maxAttempts(), config.baseDelay(), config.throttlingBaseDelay(), config.maxBackoff());
        return new AwsSettings(
                config.endpointOverride(),
                config.region(),
                platformKey,
                config.apiCallTimeout(),
                config.apiCallAttemptTimeout(),
                retry);
    }
}
