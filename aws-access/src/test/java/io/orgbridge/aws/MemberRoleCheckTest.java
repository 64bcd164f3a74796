package io.orgbridge.aws;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.SimulatorConfig;

import static io.orgbridge.aws.SimulatorFixture.CONNECTION_EXTERNAL_ID;
import static io.orgbridge.aws.SimulatorFixture.CONNECTION_ROLE_NAME;
import static io.orgbridge.aws.SimulatorFixture.MANAGEMENT_ACCOUNT;
import static io.orgbridge.aws.SimulatorFixture.MEMBER_ACCOUNT;
import static io.orgbridge.aws.SimulatorFixture.SUSPENDED_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

class MemberRoleCheckTest {

    private static AwsSimulator simulator;
    private static AwsClientFactory clients;
    private static MemberRoleCheck check;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.exampleCorp());
        clients = new AwsClientFactory(SimulatorFixture.settings(simulator));
        check = new MemberRoleCheck(clients);
    }

    @AfterAll
    static void stopSimulator() {
        clients.close();
        simulator.close();
    }

    @Test
    void shouldAssumeRoleWhenMemberAccountHasIt() {
        // when
        RoleCheckResult result = run(MEMBER_ACCOUNT, CONNECTION_EXTERNAL_ID);

        // then
        assertThat(result.ok()).isTrue();
        assertThat(result.roleArn()).isEqualTo("arn:aws:iam::200000001111:role/pipes_readonly");
        assertThat(result.errorCode()).isNull();
    }

    @Test
    void shouldFailWhenManagementAccountLacksRole() {
        // when
        RoleCheckResult result = run(MANAGEMENT_ACCOUNT, CONNECTION_EXTERNAL_ID);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.errorCode()).isEqualTo("AccessDenied");
        assertThat(result.message()).contains("arn:aws:iam::111111111111:role/pipes_readonly");
    }

    @Test
    void shouldFailWhenExternalIdIsWrong() {
        // when
        RoleCheckResult result = run(MEMBER_ACCOUNT, "o_examplecorp:wrong000");

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.errorCode()).isEqualTo("AccessDenied");
    }

    @Test
    void shouldFailWhenAccountIsSuspended() {
        // when
        RoleCheckResult result = run(SUSPENDED_ACCOUNT, CONNECTION_EXTERNAL_ID);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.errorCode()).isEqualTo("AccessDenied");
    }

    private static RoleCheckResult run(String accountId, String externalId) {
        return check.check("aws", accountId, CONNECTION_ROLE_NAME, externalId)
                .toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }
}
