package io.orgbridge.awssim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountState;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.Root;

import static io.orgbridge.awssim.SdkClients.LOG_ARCHIVE_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.MANAGEMENT_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.ROOT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationsReadTest {

    private static final String ARN_PREFIX = "arn:aws:organizations::111111111111:";
    private static final String SECURITY_PROD_OU = "ou-ex4m-00001013";

    private static final Fixture FIXTURE = FixtureLoader.exampleCorp();
    private static AwsSimulator simulator;
    private static OrganizationsClient organizations;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(
                SimulatorConfig.builder().fixture(FIXTURE).throttling(false).build());
        organizations = SdkClients.organizations(simulator, SdkClients.discoveryKey());
    }

    @AfterAll
    static void stopSimulator() {
        organizations.close();
        simulator.close();
    }

    @Test
    void shouldWalkWholeOrganizationAsInFixture() {
        // given
        Map<String, String> expectedParents = new LinkedHashMap<>();
        collectParents(FIXTURE.root(), expectedParents);
        Map<String, String> walkedParents = new LinkedHashMap<>();
        List<Account> accounts = new ArrayList<>();
        List<OrganizationalUnit> units = new ArrayList<>();

        // when
        walk(ROOT_ID, walkedParents, accounts, units);

        // then
        assertThat(units).hasSize(22);
        assertThat(accounts).hasSize(44);
        assertThat(walkedParents).containsExactlyInAnyOrderEntriesOf(expectedParents);
        for (Fixture.AccountSpec expected : FIXTURE.allAccounts()) {
            Account actual = accounts.stream()
                    .filter(account -> account.id().equals(expected.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.email()).isEqualTo(expected.email());
            assertThat(actual.stateAsString()).isEqualTo(expected.state());
            assertThat(actual.joinedMethodAsString()).isEqualTo(expected.joinedMethod());
            assertThat(actual.joinedTimestamp())
                    .isEqualTo(OffsetDateTime.parse(expected.joinedTimestamp()).toInstant());
            assertThat(actual.arn()).isEqualTo(ARN_PREFIX + "account/o-ex4mpl3c0rp/" + expected.id());
            assertThat(actual.status()).isNull();
        }
    }

    @Test
    void shouldDescribeOrganization() {
        // when
        Organization organization = organizations.describeOrganization().organization();

        // then
        assertThat(organization.id()).isEqualTo("o-ex4mpl3c0rp");
        assertThat(organization.arn()).isEqualTo(ARN_PREFIX + "organization/o-ex4mpl3c0rp");
        assertThat(organization.featureSetAsString()).isEqualTo("ALL");
        assertThat(organization.masterAccountId()).isEqualTo(MANAGEMENT_ACCOUNT);
        assertThat(organization.masterAccountArn()).isEqualTo(ARN_PREFIX + "account/o-ex4mpl3c0rp/111111111111");
        assertThat(organization.masterAccountEmail()).isEqualTo("aws+111111111111@example.com");
    }

    @Test
    void shouldListSingleRoot() {
        // when
        List<Root> roots = organizations.listRoots().roots();

        // then
        assertThat(roots).singleElement().satisfies(root -> {
            assertThat(root.id()).isEqualTo(ROOT_ID);
            assertThat(root.name()).isEqualTo("Root");
            assertThat(root.arn()).isEqualTo(ARN_PREFIX + "root/o-ex4mpl3c0rp/r-ex4m");
            assertThat(root.policyTypes()).isEmpty();
        });
    }

    @Test
    void shouldListAccountsInPagesOfTwenty() {
        // when
        ListAccountsResponse first = organizations.listAccounts();
        ListAccountsResponse second = organizations.listAccounts(request -> request.nextToken(first.nextToken()));
        ListAccountsResponse third = organizations.listAccounts(request -> request.nextToken(second.nextToken()));

        // then
        assertThat(first.accounts()).hasSize(20);
        assertThat(second.accounts()).hasSize(20);
        assertThat(third.accounts()).hasSize(4);
        assertThat(third.nextToken()).isNull();
        List<String> ids = Stream.of(first, second, third)
                .flatMap(page -> page.accounts().stream())
                .map(Account::id)
                .toList();
        assertThat(ids)
                .containsExactlyElementsOf(FIXTURE.allAccounts().stream()
                        .map(Fixture.AccountSpec::id)
                        .toList());
    }

    @Test
    void shouldHonourMaxResults() {
        // when
        List<Integer> pageSizes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        organizations.listAccountsPaginator(request -> request.maxResults(7)).forEach(page -> {
            pageSizes.add(page.accounts().size());
            page.accounts().forEach(account -> ids.add(account.id()));
        });

        // then
        assertThat(pageSizes).containsExactly(7, 7, 7, 7, 7, 7, 2);
        assertThat(ids).doesNotHaveDuplicates().hasSize(44);
    }

    @Test
    void shouldRejectMaxResultsOutOfRange() {
        assertThatThrownBy(() -> organizations.listAccounts(request -> request.maxResults(21)))
                .isInstanceOfSatisfying(OrganizationsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInputException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Value '21' at 'maxResults'");
                });
        assertThatThrownBy(() -> organizations.listAccountsForParent(
                        request -> request.parentId(ROOT_ID).maxResults(0)))
                .isInstanceOfSatisfying(
                        OrganizationsException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("Value '0' at 'maxResults'"));
    }

    @Test
    void shouldRejectInvalidNextToken() {
        // given: a valid token of another parent
        String otherParentToken = organizations
                .listAccountsForParent(
                        request -> request.parentId("ou-ex4m-00014182").maxResults(1))
                .nextToken();

        // when / then
        assertThat(otherParentToken).isNotNull();
        for (String token : List.of("garbage", otherParentToken)) {
            assertThatThrownBy(() -> organizations.listAccountsForParent(
                            request -> request.parentId(ROOT_ID).nextToken(token)))
                    .isInstanceOfSatisfying(OrganizationsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInputException");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("NextToken");
                    });
        }
    }

    @Test
    void shouldListChildrenByType() {
        // when
        List<String> units = organizations
                .listChildren(request -> request.parentId(ROOT_ID).childType(ChildType.ORGANIZATIONAL_UNIT))
                .children()
                .stream()
                .map(child -> child.id())
                .toList();
        List<String> accounts = organizations
                .listChildren(request -> request.parentId(SECURITY_PROD_OU).childType(ChildType.ACCOUNT))
                .children()
                .stream()
                .map(child -> child.id())
                .toList();

        // then
        assertThat(units)
                .containsExactlyElementsOf(FIXTURE.root().organizationalUnits().stream()
                        .map(Fixture.ParentSpec::id)
                        .toList());
        assertThat(accounts).containsExactly("200000001111", "200000002222", "200000003333");
    }

    @Test
    void shouldListParents() {
        // when
        Parent accountParent = organizations
                .listParents(request -> request.childId(LOG_ARCHIVE_ACCOUNT))
                .parents()
                .get(0);
        Parent unitParent = organizations
                .listParents(request -> request.childId("ou-ex4m-00003039"))
                .parents()
                .get(0);

        // then
        assertThat(accountParent.id()).isEqualTo(SECURITY_PROD_OU);
        assertThat(accountParent.type()).isEqualTo(ParentType.ORGANIZATIONAL_UNIT);
        assertThat(unitParent.id()).isEqualTo(ROOT_ID);
        assertThat(unitParent.type()).isEqualTo(ParentType.ROOT);
    }

    @Test
    void shouldDescribeAccountWithStateOnly() {
        // when
        Account account = organizations
                .describeAccount(request -> request.accountId("200000037774"))
                .account();

        // then
        assertThat(account.state()).isEqualTo(AccountState.SUSPENDED);
        assertThat(account.status()).isNull();
        assertThat(account.name()).isEqualTo("Sandbox");
    }

    @Test
    void shouldDescribeOrganizationalUnit() {
        // when
        OrganizationalUnit unit = organizations
                .describeOrganizationalUnit(request -> request.organizationalUnitId(SECURITY_PROD_OU))
                .organizationalUnit();

        // then
        assertThat(unit.name()).isEqualTo("Prod");
        assertThat(unit.arn()).isEqualTo(ARN_PREFIX + "ou/o-ex4mpl3c0rp/" + SECURITY_PROD_OU);
    }

    @Test
    void shouldListTagsForResource() {
        // when
        var tags = organizations
                .listTagsForResource(request -> request.resourceId(MANAGEMENT_ACCOUNT))
                .tags();

        // then
        assertThat(tags).singleElement().satisfies(tag -> {
            assertThat(tag.key()).isEqualTo("owner");
            assertThat(tag.value()).isEqualTo("platform");
        });
    }

    static Stream<Arguments> notFoundCalls() {
        return Stream.of(
                notFound(
                        "ParentNotFoundException",
                        client -> client.listAccountsForParent(request -> request.parentId("ou-ex4m-zzzzzzzz"))),
                notFound(
                        "ParentNotFoundException",
                        client -> client.listOrganizationalUnitsForParent(request -> request.parentId("r-zzzz"))),
                notFound(
                        "ChildNotFoundException",
                        client -> client.listParents(request -> request.childId("123456789012"))),
                notFound(
                        "AccountNotFoundException",
                        client -> client.describeAccount(request -> request.accountId("123456789012"))),
                notFound(
                        "OrganizationalUnitNotFoundException",
                        client -> client.describeOrganizationalUnit(
                                request -> request.organizationalUnitId("ou-ex4m-zzzzzzzz"))),
                notFound(
                        "TargetNotFoundException",
                        client -> client.listTagsForResource(request -> request.resourceId("123456789012"))),
                notFound(
                        "InvalidInputException",
                        client -> client.listAccountsForParent(request -> request.parentId("not-a-parent"))),
                notFound("InvalidInputException", client -> client.listAccountsForParent(request -> {})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFoundCalls")
    void shouldReturnTypedErrors(String errorCode, Consumer<OrganizationsClient> call) {
        assertThatThrownBy(() -> call.accept(organizations)).isInstanceOfSatisfying(OrganizationsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
        });
    }

    @Test
    void memberSessionMayOnlyDescribeOrganization() {
        // given
        try (OrganizationsClient member = SdkClients.organizations(
                simulator,
                SdkClients.assume(simulator, LOG_ARCHIVE_ACCOUNT, "pipes_readonly", SdkClients.READONLY_EXTERNAL_ID))) {
            // when
            Organization organization = member.describeOrganization().organization();

            // then
            assertThat(organization.id()).isEqualTo("o-ex4mpl3c0rp");
            assertThatThrownBy(member::listAccounts).isInstanceOfSatisfying(OrganizationsException.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("You don't have permissions to access this resource.");
            });
        }
    }

    @Test
    void discoverySessionMayListAccounts() {
        // given
        try (OrganizationsClient discovery = SdkClients.organizations(
                simulator,
                SdkClients.assume(
                        simulator, MANAGEMENT_ACCOUNT, "pipes_discovery", SdkClients.DISCOVERY_EXTERNAL_ID))) {
            // when
            List<Account> accounts = discovery.listAccountsPaginator().stream()
                    .flatMap(page -> page.accounts().stream())
                    .toList();

            // then
            assertThat(accounts).hasSize(44);
        }
    }

    @Test
    void principalOutsideOrganizationGetsNotInUse() {
        try (OrganizationsClient platform = SdkClients.organizations(simulator, SdkClients.platformKey())) {
            assertThatThrownBy(platform::describeOrganization)
                    .isInstanceOfSatisfying(OrganizationsException.class, e -> assertThat(
                                    e.awsErrorDetails().errorCode())
                            .isEqualTo("AWSOrganizationsNotInUseException"));
        }
    }

    private void walk(
            String parentId, Map<String, String> parents, List<Account> accounts, List<OrganizationalUnit> units) {
        organizations.listAccountsForParentPaginator(request -> request.parentId(parentId)).stream()
                .flatMap(page -> page.accounts().stream())
                .forEach(account -> {
                    accounts.add(account);
                    parents.put(account.id(), parentId);
                });
        List<OrganizationalUnit> children =
                organizations.listOrganizationalUnitsForParentPaginator(request -> request.parentId(parentId)).stream()
                        .flatMap(page -> page.organizationalUnits().stream())
                        .toList();
        for (OrganizationalUnit child : children) {
            units.add(child);
            parents.put(child.id(), parentId);
            walk(child.id(), parents, accounts, units);
        }
    }

    private static void collectParents(Fixture.ParentSpec parent, Map<String, String> parents) {
        parent.accounts().forEach(account -> parents.put(account.id(), parent.id()));
        for (Fixture.ParentSpec unit : parent.organizationalUnits()) {
            parents.put(unit.id(), parent.id());
            collectParents(unit, parents);
        }
    }

    private static Arguments notFound(String errorCode, Consumer<OrganizationsClient> call) {
        return Arguments.of(errorCode, call);
    }
}
