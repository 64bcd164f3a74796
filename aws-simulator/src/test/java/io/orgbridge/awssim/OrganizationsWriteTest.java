package io.orgbridge.awssim;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountJoinedMethod;
import software.amazon.awssdk.services.organizations.model.AccountState;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.organizations.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

import static io.orgbridge.awssim.SdkClients.LOG_ARCHIVE_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.MANAGEMENT_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.READONLY_EXTERNAL_ID;
import static io.orgbridge.awssim.SdkClients.ROOT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OrganizationsWriteTest {

    private static final String SANDBOX_OU = "ou-ex4m-00014182";
    private static final String EMPTY_OU = "ou-ex4m-00022286";
    private static final String FRANCE_OU = "ou-ex4m-00009117";
    private static final String SECURITY_PROD_OU = "ou-ex4m-00001013";

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
    void createAccountAppearsUnderRootWithWildcardRoles() {
        // when
        CreateAccountStatus requested = organizations
                .createAccount(request -> request.accountName("New Workload").email("new-workload@example.com"))
                .createAccountStatus();
        CreateAccountStatus completed = organizations
                .describeCreateAccountStatus(request -> request.createAccountRequestId(requested.id()))
                .createAccountStatus();

        // then
        assertThat(requested.id()).matches("car-[a-z0-9]{32}");
        assertThat(requested.state()).isEqualTo(CreateAccountState.IN_PROGRESS);
        assertThat(requested.accountName()).isEqualTo("New Workload");
        assertThat(completed.state()).isEqualTo(CreateAccountState.SUCCEEDED);
        assertThat(completed.accountId()).matches("\\d{12}");
        Account created = describe(completed.accountId());
        assertThat(created.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(created.joinedMethod()).isEqualTo(AccountJoinedMethod.CREATED);
        assertThat(accountIdsUnder(ROOT_ID)).endsWith(completed.accountId());
        try (StsClient sts = SdkClients.sts(simulator, SdkClients.platformKey())) {
            var assumed = sts.assumeRole(
                    request -> request.roleArn(SdkClients.roleArn(completed.accountId(), "pipes_readonly"))
                            .roleSessionName("new")
                            .externalId(READONLY_EXTERNAL_ID));
            assertThat(assumed.assumedRoleUser().arn()).contains(completed.accountId());
        }
    }

    @Test
    void createAccountWithUsedEmailFails() {
        // when
        CreateAccountStatus requested = organizations
                .createAccount(request -> request.accountName("Copy").email("aws+200000001111@example.com"))
                .createAccountStatus();
        CreateAccountStatus failed = organizations
                .describeCreateAccountStatus(request -> request.createAccountRequestId(requested.id()))
                .createAccountStatus();

        // then
        assertThat(failed.state()).isEqualTo(CreateAccountState.FAILED);
        assertThat(failed.failureReasonAsString()).isEqualTo("EMAIL_ALREADY_EXISTS");
        assertThat(failed.accountId()).isNull();
    }

    @Test
    void createAccountAndCloseAccountHonourDelays() {
        // given
        MutableClock clock = new MutableClock();
        try (AwsSimulator delayed = AwsSimulator.start(SimulatorConfig.builder()
                        .fixture(FixtureLoader.exampleCorp())
                        .throttling(false)
                        .clock(clock)
                        .createAccountDelay(Duration.ofMinutes(2))
                        .closeAccountDelay(Duration.ofMinutes(5))
                        .build());
                OrganizationsClient client = SdkClients.organizations(delayed, SdkClients.discoveryKey())) {
            // when
            String requestId = client.createAccount(
                            request -> request.accountName("Slow").email("slow@example.com"))
                    .createAccountStatus()
                    .id();
            CreateAccountStatus pending = client.describeCreateAccountStatus(
                            request -> request.createAccountRequestId(requestId))
                    .createAccountStatus();
            client.closeAccount(request -> request.accountId(LOG_ARCHIVE_ACCOUNT));
            AccountState closing = client.describeAccount(request -> request.accountId(LOG_ARCHIVE_ACCOUNT))
                    .account()
                    .state();
            clock.advance(Duration.ofMinutes(5));

            // then
            assertThat(pending.state()).isEqualTo(CreateAccountState.IN_PROGRESS);
            assertThat(closing).isEqualTo(AccountState.PENDING_CLOSURE);
            CreateAccountStatus done = client.describeCreateAccountStatus(
                            request -> request.createAccountRequestId(requestId))
                    .createAccountStatus();
            assertThat(done.state()).isEqualTo(CreateAccountState.SUCCEEDED);
            assertThat(client.describeAccount(request -> request.accountId(done.accountId()))
                            .account()
                            .state())
                    .isEqualTo(AccountState.ACTIVE);
            assertThat(client.describeAccount(request -> request.accountId(LOG_ARCHIVE_ACCOUNT))
                            .account()
                            .state())
                    .isEqualTo(AccountState.CLOSED);
        }
    }

    @Test
    void closeAccountKeepsAccountListed() {
        // when
        organizations.closeAccount(request -> request.accountId(LOG_ARCHIVE_ACCOUNT));

        // then
        assertThat(describe(LOG_ARCHIVE_ACCOUNT).state()).isEqualTo(AccountState.CLOSED);
        assertThat(accountIdsUnder(SECURITY_PROD_OU)).contains(LOG_ARCHIVE_ACCOUNT);
        assertError(
                () -> organizations.closeAccount(request -> request.accountId(LOG_ARCHIVE_ACCOUNT)),
                "AccountAlreadyClosedException");
        assertThatThrownBy(() -> organizations.closeAccount(request -> request.accountId(MANAGEMENT_ACCOUNT)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.reasonAsString())
                        .isEqualTo("CANNOT_CLOSE_MANAGEMENT_ACCOUNT"));
    }

    @Test
    void moveAccountChangesParent() {
        // when
        organizations.moveAccount(request -> request.accountId(LOG_ARCHIVE_ACCOUNT)
                .sourceParentId(SECURITY_PROD_OU)
                .destinationParentId(EMPTY_OU));

        // then
        assertThat(accountIdsUnder(EMPTY_OU)).containsExactly(LOG_ARCHIVE_ACCOUNT);
        assertThat(accountIdsUnder(SECURITY_PROD_OU)).doesNotContain(LOG_ARCHIVE_ACCOUNT);
        assertThat(organizations
                        .listParents(request -> request.childId(LOG_ARCHIVE_ACCOUNT))
                        .parents()
                        .get(0)
                        .id())
                .isEqualTo(EMPTY_OU);
    }

    @Test
    void moveAccountValidatesParents() {
        assertError(() -> move(LOG_ARCHIVE_ACCOUNT, SANDBOX_OU, EMPTY_OU), "AccountNotFoundException");
        assertError(() -> move(LOG_ARCHIVE_ACCOUNT, "ou-ex4m-zzzzzzzz", EMPTY_OU), "SourceParentNotFoundException");
        assertError(
                () -> move(LOG_ARCHIVE_ACCOUNT, SECURITY_PROD_OU, "ou-ex4m-zzzzzzzz"),
                "DestinationParentNotFoundException");
        assertError(() -> move(LOG_ARCHIVE_ACCOUNT, SECURITY_PROD_OU, SECURITY_PROD_OU), "DuplicateAccountException");
        assertError(() -> move("123456789012", SECURITY_PROD_OU, EMPTY_OU), "AccountNotFoundException");
    }

    @Test
    void removeAccountTakesItOutOfOrganization() {
        // when
        organizations.removeAccountFromOrganization(request -> request.accountId(LOG_ARCHIVE_ACCOUNT));

        // then
        assertThat(organizations.listAccountsPaginator().stream()
                        .mapToInt(page -> page.accounts().size())
                        .sum())
                .isEqualTo(43);
        assertError(() -> describe(LOG_ARCHIVE_ACCOUNT), "AccountNotFoundException");
        assertError(
                () -> organizations.removeAccountFromOrganization(request -> request.accountId(MANAGEMENT_ACCOUNT)),
                "MasterCannotLeaveOrganizationException");
    }

    @Test
    void createOrganizationalUnitUsesRootPrefixedId() {
        // when
        OrganizationalUnit unit = organizations
                .createOrganizationalUnit(request -> request.parentId(ROOT_ID).name("Platform"))
                .organizationalUnit();

        // then
        assertThat(unit.id()).matches("ou-ex4m-[a-z0-9]{8}");
        assertThat(unit.name()).isEqualTo("Platform");
        assertThat(unit.arn()).isEqualTo("arn:aws:organizations::111111111111:ou/o-ex4mpl3c0rp/" + unit.id());
        List<String> children =
                organizations
                        .listOrganizationalUnitsForParent(request -> request.parentId(ROOT_ID))
                        .organizationalUnits()
                        .stream()
                        .map(OrganizationalUnit::id)
                        .toList();
        assertThat(children).last().isEqualTo(unit.id());
    }

    @Test
    void createOrganizationalUnitEnforcesNamesAndDepth() {
        assertError(
                () -> organizations.createOrganizationalUnit(
                        request -> request.parentId(ROOT_ID).name("Sandbox")),
                "DuplicateOrganizationalUnitException");
        assertThatThrownBy(() -> organizations.createOrganizationalUnit(
                        request -> request.parentId(FRANCE_OU).name("Paris")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.reasonAsString())
                        .isEqualTo("OU_DEPTH_LIMIT_EXCEEDED"));
        assertError(
                () -> organizations.createOrganizationalUnit(
                        request -> request.parentId("ou-ex4m-zzzzzzzz").name("X")),
                "ParentNotFoundException");
    }

    @Test
    void updateOrganizationalUnitRenames() {
        // when
        OrganizationalUnit renamed = organizations
                .updateOrganizationalUnit(
                        request -> request.organizationalUnitId(EMPTY_OU).name("Parking"))
                .organizationalUnit();

        // then
        assertThat(renamed.name()).isEqualTo("Parking");
        assertThat(organizations
                        .describeOrganizationalUnit(request -> request.organizationalUnitId(EMPTY_OU))
                        .organizationalUnit()
                        .name())
                .isEqualTo("Parking");
        assertError(
                () -> organizations.updateOrganizationalUnit(
                        request -> request.organizationalUnitId(EMPTY_OU).name("Sandbox")),
                "DuplicateOrganizationalUnitException");
    }

    @Test
    void deleteOrganizationalUnitRequiresEmptyUnit() {
        // when
        organizations.deleteOrganizationalUnit(request -> request.organizationalUnitId(EMPTY_OU));

        // then
        assertError(
                () -> organizations.describeOrganizationalUnit(request -> request.organizationalUnitId(EMPTY_OU)),
                "OrganizationalUnitNotFoundException");
        assertError(
                () -> organizations.deleteOrganizationalUnit(request -> request.organizationalUnitId(SANDBOX_OU)),
                "OrganizationalUnitNotEmptyException");
    }

    @Test
    void tagAndUntagResource() {
        // when
        organizations.tagResource(request -> request.resourceId(SANDBOX_OU)
                .tags(
                        Tag.builder().key("team").value("labs").build(),
                        Tag.builder().key("tier").value("3").build()));
        organizations.untagResource(request -> request.resourceId(SANDBOX_OU).tagKeys("tier"));

        // then
        List<Tag> tags = organizations
                .listTagsForResource(request -> request.resourceId(SANDBOX_OU))
                .tags();
        assertThat(tags).extracting(Tag::key, Tag::value).containsExactly(tuple("team", "labs"));
        assertError(
                () -> organizations.tagResource(request -> request.resourceId("123456789012")
                        .tags(Tag.builder().key("a").value("b").build())),
                "TargetNotFoundException");
    }

    @Test
    void setAccountStateBlocksAssumeRole() {
        // given
        simulator.setAccountState(LOG_ARCHIVE_ACCOUNT, io.orgbridge.awssim.AccountState.SUSPENDED);

        // when / then
        assertThat(describe(LOG_ARCHIVE_ACCOUNT).state()).isEqualTo(AccountState.SUSPENDED);
        assertThatThrownBy(
                        () -> SdkClients.assume(simulator, LOG_ARCHIVE_ACCOUNT, "pipes_readonly", READONLY_EXTERNAL_ID))
                .isInstanceOfSatisfying(
                        StsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    }

    @Test
    void memberSessionCannotWrite() {
        try (OrganizationsClient member = SdkClients.organizations(
                simulator, SdkClients.assume(simulator, LOG_ARCHIVE_ACCOUNT, "pipes_readonly", READONLY_EXTERNAL_ID))) {
            assertError(
                    () -> member.createOrganizationalUnit(
                            request -> request.parentId(ROOT_ID).name("Rogue")),
                    "AccessDeniedException");
        }
    }

    private void move(String accountId, String source, String destination) {
        organizations.moveAccount(
                request -> request.accountId(accountId).sourceParentId(source).destinationParentId(destination));
    }

    private Account describe(String accountId) {
        return organizations
                .describeAccount(request -> request.accountId(accountId))
                .account();
    }

    private List<String> accountIdsUnder(String parentId) {
        return organizations.listAccountsForParentPaginator(request -> request.parentId(parentId)).stream()
                .flatMap(page -> page.accounts().stream())
                .map(Account::id)
                .toList();
    }

    private static void assertError(Executable call, String errorCode) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(OrganizationsException.class, e -> assertThat(
                        e.awsErrorDetails().errorCode())
                .isEqualTo(errorCode));
    }
}
