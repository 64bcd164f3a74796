package io.orgbridge.connection.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionRulesTest {

    private static final String ROLE = "arn:aws:iam::200000012221:role/pipes_readonly";

    private static Account account(String state, RoleCheck check) {
        return new Account(
                "200000012221", "Payments Prod EU", null, state, "ou-ex4m-00007091", null, null, null, check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPENDED", "PENDING_CLOSURE", "CLOSED", "PENDING_ACTIVATION"})
    void shouldDisableAccountThatIsNotActive(String state) {
        // when
        var status = ConnectionRules.status(account(state, new RoleCheck(RoleCheck.SKIPPED, null)), ROLE);

        // then
        assertThat(status.status()).isEqualTo("disabled");
        assertThat(status.reason()).isEqualTo("account state is " + state);
    }

    @Test
    void shouldDisableActiveAccountWhoseRoleFails() {
        // when
        var status =
                ConnectionRules.status(account("ACTIVE", new RoleCheck(RoleCheck.FAILED, " Access denied ")), ROLE);

        // then
        assertThat(status.status()).isEqualTo("disabled");
        assertThat(status.reason()).isEqualTo("role " + ROLE + " could not be assumed: Access denied");
    }

    @Test
    void shouldOmitMissingAwsMessage() {
        // when
        var status = ConnectionRules.status(account("ACTIVE", new RoleCheck(RoleCheck.FAILED, null)), ROLE);

        // then
        assertThat(status.reason()).isEqualTo("role " + ROLE + " could not be assumed");
    }

    @Test
    void shouldTruncateLongAwsMessage() {
        // when
        var status = ConnectionRules.status(account("ACTIVE", new RoleCheck(RoleCheck.FAILED, "x".repeat(5000))), ROLE);

        // then
        assertThat(status.reason())
                .hasSize(ConnectionRules.MAX_STATUS_REASON_LENGTH)
                .endsWith("...");
    }

    @Test
    void shouldEnableActiveAccountWithWorkingOrUncheckedRole() {
        // then
        assertThat(ConnectionRules.status(account("ACTIVE", new RoleCheck(RoleCheck.OK, null)), ROLE))
                .isEqualTo(new ConnectionRules.Status("enabled", null));
        assertThat(ConnectionRules.status(account("ACTIVE", null), ROLE))
                .isEqualTo(new ConnectionRules.Status("enabled", null));
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::200000012221:role/x, aws",
        "arn:aws-us-gov:iam::200000012221:role/x, aws-us-gov",
        "arn:aws-cn:iam::200000012221:role/x, aws-cn",
        "not-an-arn, aws"
    })
    void shouldReadPartitionOfRoleArn(String arn, String partition) {
        // then
        assertThat(ConnectionRules.partitionOf(arn)).isEqualTo(partition);
    }

    @Test
    void shouldBuildRoleArn() {
        // then
        assertThat(ConnectionRules.roleArn("aws-cn", "200000012221", "pipes_readonly"))
                .isEqualTo("arn:aws-cn:iam::200000012221:role/pipes_readonly");
    }
}
