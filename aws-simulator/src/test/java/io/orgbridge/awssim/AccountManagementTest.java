package io.orgbridge.awssim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AccessDeniedException;
import software.amazon.awssdk.services.account.model.ValidationException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import static io.orgbridge.awssim.SdkClients.LOG_ARCHIVE_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.READONLY_EXTERNAL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountManagementTest {

    private static AwsSimulator simulator;
    private static OrganizationsClient organizations;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.builder()
                .fixture(FixtureLoader.exampleCorp())
                .throttling(false)
                .build());
        organizations = SdkClients.organizations(simulator, SdkClients.discoveryKey());
    }

    @AfterAll
    static void stopSimulator() {
        organizations.close();
        simulator.close();
    }

    @BeforeEach
    void resetOrganization() {
        simulator.reset();
    }

    @Test
    void putAccountNameRenamesMemberAccount() {
        try (AccountClient account = SdkClients.account(simulator, SdkClients.discoveryKey())) {
            // when
            account.putAccountName(
                    request -> request.accountId(LOG_ARCHIVE_ACCOUNT).accountName("Log Archive (EU)"));

            // then
            assertThat(nameOf(LOG_ARCHIVE_ACCOUNT)).isEqualTo("Log Archive (EU)");
        }
    }

    @Test
    void putAccountNameDefaultsToOwnAccount() {
        // given
        try (AccountClient member = SdkClients.account(
                simulator, SdkClients.assume(simulator, LOG_ARCHIVE_ACCOUNT, "pipes_readonly", READONLY_EXTERNAL_ID))) {
            // when
            member.putAccountName(request -> request.accountName("Logs"));

            // then
            assertThat(nameOf(LOG_ARCHIVE_ACCOUNT)).isEqualTo("Logs");
        }
    }

    @Test
    void memberCannotRenameOtherAccount() {
        try (AccountClient member = SdkClients.account(
                simulator, SdkClients.assume(simulator, LOG_ARCHIVE_ACCOUNT, "pipes_readonly", READONLY_EXTERNAL_ID))) {
            assertThatThrownBy(() -> member.putAccountName(
                            request -> request.accountId("200000002222").accountName("Mine now")))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(403));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Name <with> brackets", "Zürich", "An account name that is longer than fifty characters"})
    void putAccountNameRejectsInvalidName(String name) {
        try (AccountClient account = SdkClients.account(simulator, SdkClients.discoveryKey())) {
            assertThatThrownBy(() -> account.putAccountName(
                            request -> request.accountId(LOG_ARCHIVE_ACCOUNT).accountName(name)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("accountName");
                    });
            assertThat(nameOf(LOG_ARCHIVE_ACCOUNT)).isEqualTo("Log Archive");
        }
    }

    private String nameOf(String accountId) {
        return organizations
                .describeAccount(request -> request.accountId(accountId))
                .account()
                .name();
    }
}
