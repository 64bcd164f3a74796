package io.orgbridge.discovery.config;

import java.time.Clock;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.MemberRoleCheck;
import io.orgbridge.aws.config.AwsConfig;
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
        return new AwsClientFactory(config.toSettings(), clock);
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
}
