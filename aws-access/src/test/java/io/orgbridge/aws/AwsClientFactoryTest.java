package io.orgbridge.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationResponse;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.SimulatorConfig;

import static io.orgbridge.aws.SimulatorFixture.DISCOVERY_EXTERNAL_ID;
import static io.orgbridge.aws.SimulatorFixture.DISCOVERY_ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwsClientFactoryTest {

    private static AwsSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.exampleCorp());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void shouldRetryWhenOrganizationsThrottles() {
        // given
        simulator.faults().failNthCall("DescribeOrganization", 1, "TooManyRequestsException");
        AwsSettings settings = SimulatorFixture.settings(simulator).withRetry(fastRetry(3));

        try (AwsClientFactory clients = new AwsClientFactory(settings);
                OrganizationsAsyncClient organizations = clients.organizations(discoveryRole(clients))) {
            // when
            DescribeOrganizationResponse response = organizations
                    .describeOrganization()
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();

            // then
            assertThat(response.organization().id()).isEqualTo("o-ex4mpl3c0rp");
            assertThat(simulator.faults().callCount("DescribeOrganization")).isEqualTo(2);
        }
    }

    @Test
    void shouldFailWhenThrottlingRetriesRunOut() {
        // given
        // Each fault counts the calls after the faults before it fired, so both fire once in turn.
        simulator.faults().failNthCall("DescribeOrganization", 1, "TooManyRequestsException");
        simulator.faults().failNthCall("DescribeOrganization", 1, "TooManyRequestsException");
        AwsSettings settings = SimulatorFixture.settings(simulator).withRetry(fastRetry(2));

        try (AwsClientFactory clients = new AwsClientFactory(settings);
                OrganizationsAsyncClient organizations = clients.organizations(discoveryRole(clients))) {
            // when
            var call = organizations.describeOrganization().orTimeout(30, TimeUnit.SECONDS);

            // then
            assertThatThrownBy(call::join)
                    .isInstanceOf(CompletionException.class)
                    .satisfies(
                            failure -> assertThat(AwsErrors.errorCode(failure)).isEqualTo("TooManyRequestsException"));
            assertThat(simulator.faults().callCount("DescribeOrganization")).isEqualTo(2);
        }
    }

    @Test
    void shouldReportStsDenial() {
        // given
        try (AwsClientFactory clients = new AwsClientFactory(SimulatorFixture.settings(simulator));
                OrganizationsAsyncClient organizations = clients.organizations(clients.discoveryCredentials(
                        DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, "wrong-external-id")))) {
            // when
            var call = organizations.describeOrganization().orTimeout(30, TimeUnit.SECONDS);

            // then
            assertThatThrownBy(call::join).satisfies(failure -> assertThat(AwsErrors.errorCode(failure))
                    .isEqualTo("AccessDenied"));
            assertThat(simulator.faults().callCount("DescribeOrganization")).isZero();
        }
    }

    @Test
    void shouldRejectEndpointOverrideWithoutPlatformKey() {
        assertThatThrownBy(() -> new AwsSettings(
                        Optional.of(URI.create("http://127.0.0.1:9599")), null, Optional.empty(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform access key id");
    }

    @Test
    void shouldPickOrganizationsRegionByPartition() {
        assertThat(settingsFor("eu-west-1").organizationsRegion()).isEqualTo("us-east-1");
        assertThat(settingsFor("us-gov-east-1").organizationsRegion()).isEqualTo("us-gov-west-1");
        assertThat(settingsFor("cn-north-1").organizationsRegion()).isEqualTo("cn-northwest-1");
    }

    private static AwsSettings settingsFor(String region) {
        return new AwsSettings(Optional.empty(), region, Optional.empty(), null, null, null);
    }

    private static AwsSettings.RetrySettings fastRetry(int maxAttempts) {
        return new AwsSettings.RetrySettings(
                maxAttempts, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(50));
    }

    private static AssumeRoleCredentialsProvider discoveryRole(AwsClientFactory clients) {
        return (AssumeRoleCredentialsProvider)
                clients.discoveryCredentials(DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, DISCOVERY_EXTERNAL_ID));
    }
}
