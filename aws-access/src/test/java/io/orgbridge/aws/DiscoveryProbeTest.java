package io.orgbridge.aws;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.SimulatorConfig;

import static io.orgbridge.aws.SimulatorFixture.DISCOVERY_ACCESS_KEY_ID;
import static io.orgbridge.aws.SimulatorFixture.DISCOVERY_EXTERNAL_ID;
import static io.orgbridge.aws.SimulatorFixture.DISCOVERY_ROLE_ARN;
import static io.orgbridge.aws.SimulatorFixture.DISCOVERY_SECRET_ACCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryProbeTest {

    private static AwsSimulator simulator;
    private static AwsClientFactory clients;
    private static DiscoveryProbe probe;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.exampleCorp());
        clients = new AwsClientFactory(SimulatorFixture.settings(simulator));
        probe = new DiscoveryProbe(clients);
    }

    @AfterAll
    static void stopSimulator() {
        clients.close();
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void shouldPassWithValidRole() {
        // given
        DiscoveryCredentials credentials = DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, DISCOVERY_EXTERNAL_ID);

        // when
        ProbeReport report = run(credentials);

        // then
        assertThat(report.ok()).isTrue();
        assertThat(stepNames(report))
                .containsExactly(ProbeStep.ASSUME_ROLE, ProbeStep.DESCRIBE_ORGANIZATION, ProbeStep.LIST_ROOTS);
        assertThat(report.steps().get(1).message()).contains("o-ex4mpl3c0rp").contains("111111111111");
        assertThat(report.steps().get(2).message()).contains("r-ex4m");
    }

    @Test
    void shouldPassWithValidAccessKey() {
        // given
        DiscoveryCredentials credentials =
                DiscoveryCredentials.accessKey(DISCOVERY_ACCESS_KEY_ID, DISCOVERY_SECRET_ACCESS_KEY);

        // when
        ProbeReport report = run(credentials);

        // then
        assertThat(report.ok()).isTrue();
        assertThat(stepNames(report))
                .containsExactly(ProbeStep.GET_CALLER_IDENTITY, ProbeStep.DESCRIBE_ORGANIZATION, ProbeStep.LIST_ROOTS);
        assertThat(report.steps().get(0).message()).contains("111111111111");
    }

    @Test
    void shouldStopWhenExternalIdIsWrong() {
        // given
        DiscoveryCredentials credentials = DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, "o_examplecorp:wrong000");

        // when
        ProbeReport report = run(credentials);

        // then
        assertThat(report.ok()).isFalse();
        assertThat(report.steps()).hasSize(1);
        ProbeStep step = report.steps().get(0);
        assertThat(step.step()).isEqualTo(ProbeStep.ASSUME_ROLE);
        assertThat(step.ok()).isFalse();
        assertThat(step.errorCode()).isEqualTo("AccessDenied");
        assertThat(step.message()).contains("not authorized to perform: sts:AssumeRole");
    }

    @Test
    void shouldStopWhenSecretIsWrong() {
        // given
        DiscoveryCredentials credentials =
                DiscoveryCredentials.accessKey(DISCOVERY_ACCESS_KEY_ID, "not-the-secret-of-this-key-000000000000");

        // when
        ProbeReport report = run(credentials);

        // then
        assertThat(report.ok()).isFalse();
        assertThat(report.steps()).hasSize(1);
        ProbeStep step = report.steps().get(0);
        assertThat(step.step()).isEqualTo(ProbeStep.GET_CALLER_IDENTITY);
        assertThat(step.errorCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(step.message()).doesNotContain("not-the-secret-of-this-key");
    }

    @Test
    void shouldStopWhenListRootsIsDenied() {
        // given
        simulator.faults().failNthCall("ListRoots", 1, "AccessDeniedException");
        DiscoveryCredentials credentials = DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, DISCOVERY_EXTERNAL_ID);

        // when
        ProbeReport report = run(credentials);

        // then
        assertThat(report.ok()).isFalse();
        assertThat(stepNames(report))
                .containsExactly(ProbeStep.ASSUME_ROLE, ProbeStep.DESCRIBE_ORGANIZATION, ProbeStep.LIST_ROOTS);
        assertThat(report.steps().get(2).ok()).isFalse();
        assertThat(report.steps().get(2).errorCode()).isEqualTo("AccessDeniedException");
    }

    @Test
    void shouldMaskSecretWhenCredentialsArePrinted() {
        // given
        DiscoveryCredentials credentials =
                DiscoveryCredentials.accessKey(DISCOVERY_ACCESS_KEY_ID, DISCOVERY_SECRET_ACCESS_KEY);

        // when
        String printed = credentials.toString();

        // then
        assertThat(printed).contains(DISCOVERY_ACCESS_KEY_ID).doesNotContain(DISCOVERY_SECRET_ACCESS_KEY);
    }

    private static ProbeReport run(DiscoveryCredentials credentials) {
        return probe.probe(credentials)
                .toCompletableFuture()
                .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                .join();
    }

    private static List<String> stepNames(ProbeReport report) {
        return report.steps().stream().map(ProbeStep::step).toList();
    }
}
