package io.orgbridge.integration.config;

import java.time.Clock;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.DiscoveryProbe;
import io.orgbridge.aws.config.AwsConfig;

/** Builds the AWS clients of Test Discovery from {@link AwsConfig}. */
public class AwsProducer {

    @Produces
    @Singleton
    AwsClientFactory awsClientFactory(AwsConfig config, Clock clock) {
        return new AwsClientFactory(config.toSettings(), clock);
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
