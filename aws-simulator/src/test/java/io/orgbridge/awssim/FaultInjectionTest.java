package io.orgbridge.awssim;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ListAccountsForParentResponse;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

import static io.orgbridge.awssim.SdkClients.ROOT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class FaultInjectionTest {

    private static final String SANDBOX_OU = "ou-ex4m-00014182";
    private static final String TRANSITIONAL_OU = "ou-ex4m-00021273";

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
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void emptyFirstPageReturnsTokenAndLosesNothing() {
        // given
        simulator.faults().emptyFirstPage("ListAccountsForParent");

        // when
        ListAccountsForParentResponse first =
                organizations.listAccountsForParent(request -> request.parentId(SANDBOX_OU));
        List<String> all = accountIdsUnder(SANDBOX_OU);

        // then
        assertThat(first.accounts()).isEmpty();
        assertThat(first.nextToken()).isNotNull();
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void emptyFirstPageCanTargetOneParent() {
        // given
        simulator.faults().emptyFirstPage("ListAccountsForParent", SANDBOX_OU);

        // when
        ListAccountsForParentResponse targeted =
                organizations.listAccountsForParent(request -> request.parentId(SANDBOX_OU));
        ListAccountsForParentResponse other =
                organizations.listAccountsForParent(request -> request.parentId(TRANSITIONAL_OU));

        // then
        assertThat(targeted.accounts()).isEmpty();
        assertThat(other.accounts()).hasSize(2);
    }

    @Test
    void failNthCallFailsOnlyThatCall() {
        // given
        simulator.faults().failNthCall("ListAccountsForParent", 2, "AccessDeniedException");

        // when / then
        assertThatCode(() -> listRootAccounts()).doesNotThrowAnyException();
        assertThatThrownBy(this::listRootAccounts).isInstanceOfSatisfying(OrganizationsException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("You don't have permissions to access this resource.");
        });
        assertThatCode(() -> listRootAccounts()).doesNotThrowAnyException();
    }

    @Test
    void failNthCallCountsOnlyItsParent() {
        // given
        simulator.faults().failNthCall("ListAccountsForParent", 1, "TooManyRequestsException", SANDBOX_OU);

        // when / then
        assertThatCode(() -> listRootAccounts()).doesNotThrowAnyException();
        assertThatThrownBy(() -> organizations.listAccountsForParent(request -> request.parentId(SANDBOX_OU)))
                .isInstanceOfSatisfying(OrganizationsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TooManyRequestsException");
                    assertThat(e.isThrottlingException()).isTrue();
                });
    }

    @Test
    void failNthCallRendersStsErrors() {
        // given
        simulator.faults().failNthCall("GetCallerIdentity", 1, "AccessDeniedException");

        try (StsClient sts = SdkClients.sts(simulator, SdkClients.discoveryKey())) {
            // when / then
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            });
        }
    }

    @Test
    void latencyDelaysCalls() {
        // given
        simulator.faults().latency("ListRoots", Duration.ofMillis(300));

        // when
        long started = System.nanoTime();
        organizations.listRoots();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void callCountCountsEveryCall() {
        // when
        listRootAccounts();
        listRootAccounts();
        organizations.listRoots();

        // then
        assertThat(simulator.faults().callCount("ListAccountsForParent")).isEqualTo(2);
        assertThat(simulator.faults().callCount("ListRoots")).isEqualTo(1);
        assertThat(simulator.faults().callCount("ListChildren")).isZero();
        assertThat(simulator.faults().callCounts()).containsEntry("ListAccountsForParent", 2L);
    }

    @Test
    void clearRemovesFaults() {
        // given
        simulator.faults().failNthCall("ListRoots", 1, "ServiceException");

        // when
        simulator.faults().clear();

        // then
        assertThatCode(() -> organizations.listRoots()).doesNotThrowAnyException();
    }

    @Test
    void faultsRejectUnknownOperationsAndErrors() {
        assertThatThrownBy(() -> simulator.faults().latency("ListEverything", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown operation 'ListEverything'");
        assertThatThrownBy(() -> simulator.faults().failNthCall("ListRoots", 1, "Teapot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unsupported error code 'Teapot'");
        assertThatThrownBy(() -> simulator.faults().emptyFirstPage("DescribeAccount"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not paginated");
    }

    @Test
    void adminApiSetsFaultsAndReportsCalls() {
        // given
        HttpResponse<String> set = admin(
                "POST",
                "/_sim/faults",
                """
                [{"type": "failNthCall", "operation": "ListRoots", "n": 1, "error": "AccessDeniedException"},
                 {"type": "emptyFirstPage", "operation": "ListAccountsForParent", "parentId": "ou-ex4m-00014182"}]
                """);

        // when
        Throwable denied = catchThrowable(organizations::listRoots);
        ListAccountsForParentResponse empty =
                organizations.listAccountsForParent(request -> request.parentId(SANDBOX_OU));
        HttpResponse<String> calls = admin("GET", "/_sim/calls", null);
        HttpResponse<String> cleared = admin("DELETE", "/_sim/faults", null);

        // then
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(denied).isInstanceOf(OrganizationsException.class);
        assertThat(empty.accounts()).isEmpty();
        assertThat(calls.body()).contains("\"ListRoots\":1").contains("\"ListAccountsForParent\":1");
        assertThat(cleared.body()).isEqualTo("[]");
        assertThat(organizations.listRoots().roots()).hasSize(1);
    }

    @Test
    void adminApiSetsAccountStateAndResets() {
        // when
        HttpResponse<String> suspended =
                admin("POST", "/_sim/accounts/200000001111/state", "{\"state\": \"SUSPENDED\"}");
        String stateAfterSuspend = stateOf("200000001111");
        HttpResponse<String> reset = admin("POST", "/_sim/reset", null);

        // then
        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(stateAfterSuspend).isEqualTo("SUSPENDED");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("\"accounts\":44");
        assertThat(stateOf("200000001111")).isEqualTo("ACTIVE");
    }

    @Test
    void adminApiSwitchesThrottling() {
        // when
        HttpResponse<String> on = admin("POST", "/_sim/throttling", "{\"enabled\": true}");
        HttpResponse<String> state = admin("GET", "/_sim/throttling", null);
        HttpResponse<String> off = admin("POST", "/_sim/throttling", "{\"enabled\": false}");

        // then
        assertThat(on.body()).isEqualTo("{\"enabled\":true}");
        assertThat(state.body()).isEqualTo("{\"enabled\":true}");
        assertThat(off.body()).isEqualTo("{\"enabled\":false}");
    }

    @Test
    void adminApiRejectsBadRequests() {
        // when
        HttpResponse<String> unknownType =
                admin("POST", "/_sim/faults", "{\"type\": \"explode\", \"operation\": \"ListRoots\"}");
        HttpResponse<String> badState = admin("POST", "/_sim/accounts/200000001111/state", "{\"state\": \"GONE\"}");
        HttpResponse<String> badFixture = admin("POST", "/_sim/reset", "{\"organization\": {}}");
        HttpResponse<String> unknownPath = admin("GET", "/_sim/nothing", null);

        // then
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("Unknown fault type 'explode'");
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(badFixture.statusCode()).isEqualTo(400);
        assertThat(badFixture.body()).contains("Invalid fixture request body");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
    }

    @Test
    void adminApiReportsHealth() {
        // when
        HttpResponse<String> health = admin("GET", "/_sim/health", null);

        // then
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"organizationId\":\"o-ex4mpl3c0rp\"");
    }

    private ListAccountsForParentResponse listRootAccounts() {
        return organizations.listAccountsForParent(request -> request.parentId(ROOT_ID));
    }

    private List<String> accountIdsUnder(String parentId) {
        return organizations.listAccountsForParentPaginator(request -> request.parentId(parentId)).stream()
                .flatMap(page -> page.accounts().stream())
                .map(Account::id)
                .toList();
    }

    private String stateOf(String accountId) {
        return organizations
                .describeAccount(request -> request.accountId(accountId))
                .account()
                .stateAsString();
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        return RawHttp.send(method, simulator.endpoint().resolve(path), body);
    }
}
