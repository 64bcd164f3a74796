package io.orgbridge.awssim;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.organizations.model.TooManyRequestsException;
import software.amazon.awssdk.services.sts.StsClient;

import static io.orgbridge.awssim.SdkClients.ROOT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlingTest {

    private static AwsSimulator simulator;
    private static OrganizationsClient organizations;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.exampleCorp());
        organizations = SdkClients.organizations(simulator, SdkClients.discoveryKey());
    }

    @AfterAll
    static void stopSimulator() {
        organizations.close();
        simulator.close();
    }

    @BeforeEach
    void refillBuckets() {
        simulator.reset();
        simulator.setThrottling(true);
    }

    @Test
    void burstThenTooManyRequests() {
        // given: the SDK is warmed up on another operation, so the burst below is fast
        organizations.describeAccount(request -> request.accountId(SdkClients.MANAGEMENT_ACCOUNT));

        // when: ListAccountsForParent allows 5 calls a second with a burst of 8
        for (int call = 1; call <= 8; call++) {
            organizations.listAccountsForParent(request -> request.parentId(ROOT_ID));
        }

        // then
        assertThatThrownBy(() -> organizations.listAccountsForParent(request -> request.parentId(ROOT_ID)))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.isThrottlingException()).isTrue();
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("AWS Organizations can't complete your request because another request is"
                                    + " already in progress. Try again later.");
                });
        assertThat(simulator.faults().callCount("ListAccountsForParent")).isEqualTo(9);
    }

    @Test
    void describeOrganizationAllowsBurstOfTwo() {
        // when
        organizations.describeOrganization();
        organizations.describeOrganization();

        // then
        assertThatThrownBy(organizations::describeOrganization)
                .isInstanceOfSatisfying(OrganizationsException.class, OrganizationsException::isThrottlingException);
    }

    @Test
    void sdkRetriesThrottledCalls() {
        // given
        ClientOverrideConfiguration retries = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(10)
                        .build())
                .apiCallTimeout(Duration.ofSeconds(20))
                .build();

        try (OrganizationsClient retrying = SdkClients.organizations(simulator, SdkClients.discoveryKey(), retries)) {
            // when: ten calls exceed the burst of 8, and the SDK backs off until the bucket refills
            for (int call = 1; call <= 10; call++) {
                assertThatCode(() -> retrying.listAccountsForParent(request -> request.parentId(ROOT_ID)))
                        .doesNotThrowAnyException();
            }

            // then
            assertThat(simulator.faults().callCount("ListAccountsForParent")).isGreaterThan(10);
        }
    }

    @Test
    void throttlingCanBeSwitchedOff() {
        // given
        simulator.setThrottling(false);

        // when / then
        for (int call = 1; call <= 10; call++) {
            assertThatCode(organizations::describeOrganization).doesNotThrowAnyException();
        }
    }

    @Test
    void stsIsNotThrottled() {
        try (StsClient sts = SdkClients.sts(simulator, SdkClients.discoveryKey())) {
            for (int call = 1; call <= 20; call++) {
                assertThatCode(sts::getCallerIdentity).doesNotThrowAnyException();
            }
        }
    }
}
