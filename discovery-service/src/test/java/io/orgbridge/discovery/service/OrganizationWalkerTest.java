package io.orgbridge.discovery.service;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.AwsSettings;
import io.orgbridge.aws.DiscoveryCredentials;
import io.orgbridge.aws.MemberRoleCheck;
import io.orgbridge.aws.OrganizationRateLimits;
import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.PlatformPrincipal;
import io.orgbridge.awssim.SimulatorConfig;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;

import static io.orgbridge.discovery.service.ExampleOrganization.CONNECTION_EXTERNAL_ID;
import static io.orgbridge.discovery.service.ExampleOrganization.CONNECTION_ROLE_NAME;
import static io.orgbridge.discovery.service.ExampleOrganization.DISCOVERY_EXTERNAL_ID;
import static io.orgbridge.discovery.service.ExampleOrganization.DISCOVERY_ROLE_ARN;
import static io.orgbridge.discovery.service.ExampleOrganization.MANAGEMENT_ACCOUNT;
import static io.orgbridge.discovery.service.ExampleOrganization.WORKLOADS_SDLC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationWalkerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final DiscoveryCredentials DISCOVERY_ROLE =
            DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, DISCOVERY_EXTERNAL_ID);

    private static AwsSimulator simulator;
    private static AwsClientFactory clients;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.exampleCorp());
        AwsSettings settings = AwsSettings.forEndpoint(
                        simulator.endpoint(),
                        PlatformPrincipal.DEFAULT_ACCESS_KEY_ID,
                        PlatformPrincipal.DEFAULT_SECRET_ACCESS_KEY)
                .withRetry(new AwsSettings.RetrySettings(
                        6, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(2)));
        clients = new AwsClientFactory(settings);
    }

    @AfterAll
    static void stopSimulator() {
        clients.close();
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
        simulator.setThrottling(true);
    }

    @Test
    void shouldReadWholeOrganization() {
        // given
        OrganizationWalker walker = new OrganizationWalker(clients, 5, 4);

        // when
        OrganizationTree tree = walk(walker, DISCOVERY_ROLE, awsRates());

        // then
        assertThat(tree.organization().id()).isEqualTo("o-ex4mpl3c0rp");
        assertThat(tree.organization().partition()).isEqualTo("aws");
        assertThat(tree.organization().managementAccountId()).isEqualTo(MANAGEMENT_ACCOUNT);
        assertThat(tree.root().id()).isEqualTo(ExampleOrganization.ROOT_ID);
        assertThat(tree.organizationalUnits()).hasSize(22);
        assertThat(tree.accounts()).hasSize(44);
        assertThat(unitParents(tree)).isEqualTo(ExampleOrganization.unitParents());
        assertThat(accountParents(tree)).isEqualTo(ExampleOrganization.accountParents());
        assertThat(accountStates(tree)).isEqualTo(ExampleOrganization.accountStates());
    }

    @Test
    void shouldListParentsBeforeChildren() {
        // given no throttling, so that every call is counted once
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 4);

        // when
        OrganizationTree tree = walk(walker, DISCOVERY_ROLE, unlimited());

        // then
        Set<String> listed = new HashSet<>(Set.of(tree.root().id()));
        for (OrganizationalUnit unit : tree.organizationalUnits()) {
            assertThat(listed).as("parent of %s listed before it", unit.id()).contains(unit.parentId());
            listed.add(unit.id());
        }
        String[] chain = ExampleOrganization.DEEPEST_CHAIN;
        Map<String, String> parents = unitParents(tree);
        for (int level = 1; level < chain.length; level++) {
            assertThat(parents.get(chain[level])).isEqualTo(chain[level - 1]);
        }
        assertThat(parents.get(chain[0])).isEqualTo(ExampleOrganization.ROOT_ID);
        int parentCount = 1 + ExampleOrganization.unitParents().size();
        assertThat(simulator.faults().callCount("ListAccountsForParent")).isEqualTo(parentCount);
    }

    @Test
    void shouldLoseNothingWhenFirstPagesAreEmpty() {
        // given
        simulator.faults().emptyFirstPage("ListAccountsForParent");
        simulator.faults().emptyFirstPage("ListOrganizationalUnitsForParent");
        simulator.faults().emptyFirstPage("ListRoots");
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 4);

        // when
        OrganizationTree tree = walk(walker, DISCOVERY_ROLE, unlimited());

        // then
        assertThat(accountParents(tree)).isEqualTo(ExampleOrganization.accountParents());
        assertThat(unitParents(tree)).isEqualTo(ExampleOrganization.unitParents());
        assertThat(simulator.faults().callCount("ListRoots")).isEqualTo(2);
    }

    @Test
    void shouldFailWhenSecondPageIsDenied() {
        // given
        simulator.faults().failNthCall("ListAccountsForParent", 2, "AccessDeniedException", WORKLOADS_SDLC);
        OrganizationWalker walker = new OrganizationWalker(clients, 5, 4);

        // when
        var walk = walker.walk(DISCOVERY_ROLE, unlimited());

        // then
        assertThatThrownBy(() -> walk.await().atMost(TIMEOUT))
                .isInstanceOfSatisfying(WalkFailedException.class, failure -> {
                    assertThat(failure.failedCall()).isEqualTo("ListAccountsForParent(" + WORKLOADS_SDLC + ")");
                    assertThat(failure.errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(failure.getMessage()).contains("permissions");
                });
    }

    @Test
    void shouldFailWhenExternalIdIsWrong() {
        // given
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 4);
        DiscoveryCredentials wrong = DiscoveryCredentials.role(DISCOVERY_ROLE_ARN, "o_examplecorp:wrong000");

        // when
        var walk = walker.walk(wrong, awsRates());

        // then
        assertThatThrownBy(() -> walk.await().atMost(TIMEOUT))
                .isInstanceOfSatisfying(WalkFailedException.class, failure -> {
                    assertThat(failure.failedCall()).isEqualTo("AssumeRole(" + DISCOVERY_ROLE_ARN + ")");
                    assertThat(failure.errorCode()).isEqualTo("AccessDenied");
                });
        assertThat(simulator.faults().callCount("DescribeOrganization")).isZero();
    }

    @Test
    void shouldFailWhenThrottlingOutlastsRetries() {
        // given six throttled ListRoots in a row: every attempt of the call
        for (int i = 0; i < 6; i++) {
            simulator.faults().failNthCall("ListRoots", 1, "TooManyRequestsException");
        }
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 4);

        // when
        var walk = walker.walk(DISCOVERY_ROLE, awsRates());

        // then
        assertThatThrownBy(() -> walk.await().atMost(TIMEOUT))
                .isInstanceOfSatisfying(WalkFailedException.class, failure -> {
                    assertThat(failure.failedCall()).isEqualTo("ListRoots");
                    assertThat(failure.errorCode()).isEqualTo("TooManyRequestsException");
                });
        assertThat(simulator.faults().callCount("ListRoots")).isEqualTo(6);
    }

    @Test
    void shouldNameCallWithoutArgumentWithoutBrackets() {
        // given
        simulator.faults().failNthCall("DescribeOrganization", 1, "AccessDeniedException");
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 4);

        // when
        var walk = walker.walk(DISCOVERY_ROLE, awsRates());

        // then
        assertThatThrownBy(() -> walk.await().atMost(TIMEOUT))
                .isInstanceOfSatisfying(WalkFailedException.class, failure -> {
                    assertThat(failure.failedCall()).isEqualTo("DescribeOrganization");
                    assertThat(failure.errorCode()).isEqualTo("AccessDeniedException");
                });
    }

    @Test
    void shouldSucceedWhenAwsThrottlesBurst() {
        // given client-side limits ten times AWS's rates, so the simulator throttles and the SDK backs off
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 8);
        OrganizationRateLimits tooFast = new OrganizationRateLimits(Clock.systemUTC(), 10);

        // when
        OrganizationTree tree = walk(walker, DISCOVERY_ROLE, tooFast);

        // then
        assertThat(accountParents(tree)).isEqualTo(ExampleOrganization.accountParents());
        long listCalls = simulator.faults().callCount("ListAccountsForParent");
        int parents = 1 + ExampleOrganization.unitParents().size();
        assertThat(listCalls)
                .as("one page per parent plus the retried throttled calls")
                .isGreaterThan(parents);
    }

    @Test
    void shouldReadWithAccessKey() {
        // given
        OrganizationWalker walker = new OrganizationWalker(clients, 20, 4);
        DiscoveryCredentials key = DiscoveryCredentials.accessKey(
                ExampleOrganization.DISCOVERY_ACCESS_KEY_ID, ExampleOrganization.DISCOVERY_SECRET_ACCESS_KEY);

        // when
        OrganizationTree tree = walk(walker, key, unlimited());

        // then
        assertThat(tree.accounts()).hasSize(44);
        assertThat(simulator.faults().callCount("AssumeRole")).isZero();
    }

    @Test
    void shouldCheckRolesOfActiveAccountsOnly() {
        // given
        OrganizationTree tree = walk(new OrganizationWalker(clients, 20, 4), DISCOVERY_ROLE, unlimited());
        RoleChecker checker = new RoleChecker(new MemberRoleCheck(clients), 4);

        // when
        List<Account> checked = checker.check("aws", tree.accounts(), CONNECTION_ROLE_NAME, CONNECTION_EXTERNAL_ID)
                .await()
                .atMost(TIMEOUT);

        // then
        assertThat(checked)
                .extracting(Account::id)
                .containsExactlyElementsOf(
                        tree.accounts().stream().map(Account::id).toList());
        Map<String, RoleCheck> byAccount = checked.stream().collect(Collectors.toMap(Account::id, Account::roleCheck));
        RoleCheck management = byAccount.get(MANAGEMENT_ACCOUNT);
        assertThat(management.status()).isEqualTo(RoleCheck.FAILED);
        assertThat(management.reason()).startsWith("AccessDenied: ").contains("sts:AssumeRole");
        ExampleOrganization.accountStates().forEach((accountId, state) -> {
            if (accountId.equals(MANAGEMENT_ACCOUNT)) {
                return;
            }
            String expected = "ACTIVE".equals(state) ? RoleCheck.OK : RoleCheck.SKIPPED;
            assertThat(byAccount.get(accountId).status())
                    .as("role check of %s (%s)", accountId, state)
                    .isEqualTo(expected);
        });
        long assumeRoleCalls = ExampleOrganization.accountStates().values().stream()
                .filter("ACTIVE"::equals)
                .count();
        assertThat(simulator.faults().callCount("AssumeRole")).isEqualTo(assumeRoleCalls + 1);
    }

    private static OrganizationTree walk(
            OrganizationWalker walker, DiscoveryCredentials credentials, OrganizationRateLimits limits) {
        return walker.walk(credentials, limits).await().atMost(TIMEOUT);
    }

    private static OrganizationRateLimits awsRates() {
        return new OrganizationRateLimits(Clock.systemUTC());
    }

    /** Returns limits at a hundred times AWS's rates and turns the simulator's throttling off. */
    private static OrganizationRateLimits unlimited() {
        simulator.setThrottling(false);
        return new OrganizationRateLimits(Clock.systemUTC(), 100);
    }

    private static Map<String, String> unitParents(OrganizationTree tree) {
        Map<String, String> parents = new LinkedHashMap<>();
        tree.organizationalUnits().forEach(unit -> parents.put(unit.id(), unit.parentId()));
        return parents;
    }

    private static Map<String, String> accountParents(OrganizationTree tree) {
        Map<String, String> parents = new LinkedHashMap<>();
        tree.accounts().forEach(account -> parents.put(account.id(), account.parentId()));
        return parents;
    }

    private static Map<String, String> accountStates(OrganizationTree tree) {
        Map<String, String> states = new LinkedHashMap<>();
        tree.accounts().forEach(account -> states.put(account.id(), account.state()));
        return states;
    }
}
