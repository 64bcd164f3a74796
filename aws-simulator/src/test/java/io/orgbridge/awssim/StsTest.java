package io.orgbridge.awssim;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import static io.orgbridge.awssim.SdkClients.DISCOVERY_EXTERNAL_ID;
import static io.orgbridge.awssim.SdkClients.LOG_ARCHIVE_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.MANAGEMENT_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.READONLY_EXTERNAL_ID;
import static io.orgbridge.awssim.SdkClients.roleArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StsTest {

    private static final String PLATFORM_ARN = "arn:aws:iam::999999999999:user/AKIAORGBRIDGEPLATFORM";

    private static final MutableClock CLOCK = new MutableClock();
    private static AwsSimulator simulator;
    private static StsClient platformSts;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.builder()
                .fixture(fixtureWithOpenRole())
                .clock(CLOCK)
                .build());
        platformSts = SdkClients.sts(simulator, SdkClients.platformKey());
    }

    @AfterAll
    static void stopSimulator() {
        platformSts.close();
        simulator.close();
    }

    @Test
    void assumeRoleReturnsWorkingSessionCredentials() {
        // when
        AssumeRoleResponse response =
                platformSts.assumeRole(request -> request.roleArn(roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly"))
                        .roleSessionName("discovery-run")
                        .externalId(READONLY_EXTERNAL_ID));

        // then
        assertThat(response.credentials().accessKeyId()).startsWith("ASIA").hasSize(20);
        assertThat(response.credentials().secretAccessKey()).hasSize(40);
        assertThat(response.credentials().sessionToken()).isNotBlank();
        assertThat(response.credentials().expiration())
                .isCloseTo(CLOCK.instant().plus(Duration.ofHours(1)), within(2, ChronoUnit.SECONDS));
        assertThat(response.assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::200000001111:assumed-role/pipes_readonly/discovery-run");
        assertThat(response.assumedRoleUser().assumedRoleId()).matches("AROA[A-Z2-7]{17}:discovery-run");

        try (StsClient sessionSts = SdkClients.sts(simulator, SdkClients.session(response))) {
            GetCallerIdentityResponse identity = sessionSts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo(LOG_ARCHIVE_ACCOUNT);
            assertThat(identity.arn()).isEqualTo(response.assumedRoleUser().arn());
            assertThat(identity.userId()).isEqualTo(response.assumedRoleUser().assumedRoleId());
        }
    }

    static Stream<Arguments> rejectedRequests() {
        return Stream.of(
                rejected("wrong external id", LOG_ARCHIVE_ACCOUNT, "pipes_readonly", "o_examplecorp:wrong"),
                rejected("missing external id", LOG_ARCHIVE_ACCOUNT, "pipes_readonly", null),
                rejected("unknown role", LOG_ARCHIVE_ACCOUNT, "admin", READONLY_EXTERNAL_ID),
                rejected("account excepted from role", MANAGEMENT_ACCOUNT, "pipes_readonly", READONLY_EXTERNAL_ID),
                rejected("role not in account", LOG_ARCHIVE_ACCOUNT, "pipes_discovery", DISCOVERY_EXTERNAL_ID),
                rejected("suspended account", "200000037774", "pipes_readonly", READONLY_EXTERNAL_ID),
                rejected("pending closure account", "200000041107", "pipes_readonly", READONLY_EXTERNAL_ID),
                rejected("closed account", "200000042218", "pipes_readonly", READONLY_EXTERNAL_ID),
                rejected("pending activation account", "200000047773", "pipes_readonly", READONLY_EXTERNAL_ID),
                rejected("account outside organization", "123456789012", "pipes_readonly", READONLY_EXTERNAL_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedRequests")
    void assumeRoleRejectsWithSameMessage(String cause, String accountId, String roleName, String externalId) {
        // given
        String roleArn = roleArn(accountId, roleName);

        // when / then
        assertThatThrownBy(() -> platformSts.assumeRole(request ->
                        request.roleArn(roleArn).roleSessionName("s1").externalId(externalId)))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("User: " + PLATFORM_ARN + " is not authorized to perform: sts:AssumeRole on"
                                    + " resource: " + roleArn);
                });
    }

    @Test
    void openRoleAcceptsAnyExternalId() {
        // given
        String roleArn = roleArn(LOG_ARCHIVE_ACCOUNT, "open_role");

        // when
        AssumeRoleResponse withoutId =
                platformSts.assumeRole(request -> request.roleArn(roleArn).roleSessionName("s1"));
        AssumeRoleResponse withId = platformSts.assumeRole(
                request -> request.roleArn(roleArn).roleSessionName("s2").externalId("anything"));

        // then
        assertThat(withoutId.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(withId.credentials().accessKeyId()).startsWith("ASIA");
    }

    static Stream<Arguments> invalidParameters() {
        String validArn = roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly");
        return Stream.of(
                Arguments.of("session name too short", validArn, "a", READONLY_EXTERNAL_ID, null, "roleSessionName"),
                Arguments.of("session name with space", validArn, "a b", READONLY_EXTERNAL_ID, null, "roleSessionName"),
                Arguments.of("external id too short", validArn, "s1", "x", null, "externalId"),
                Arguments.of("external id with hash", validArn, "s1", "abc#def", null, "externalId"),
                Arguments.of("duration too short", validArn, "s1", READONLY_EXTERNAL_ID, 899, "durationSeconds"),
                Arguments.of("duration too long", validArn, "s1", READONLY_EXTERNAL_ID, 43_201, "durationSeconds"),
                Arguments.of("not an ARN", "role/pipes_readonly-at-account", "s1", null, null, "roleArn"),
                Arguments.of(
                        "other partition",
                        "arn:aws-cn:iam::200000001111:role/pipes_readonly",
                        "s1",
                        READONLY_EXTERNAL_ID,
                        null,
                        "roleArn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParameters")
    void assumeRoleValidatesParameters(
            String description,
            String roleArn,
            String sessionName,
            String externalId,
            Integer durationSeconds,
            String invalidMember) {
        assertThatThrownBy(() -> platformSts.assumeRole(request -> request.roleArn(roleArn)
                        .roleSessionName(sessionName)
                        .externalId(externalId)
                        .durationSeconds(durationSeconds)))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .startsWith("1 validation error detected: Value ")
                            .contains("at '" + invalidMember + "' failed to satisfy constraint");
                });
    }

    @Test
    void assumeRoleHonoursDurationSeconds() {
        // when
        AssumeRoleResponse response =
                platformSts.assumeRole(request -> request.roleArn(roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly"))
                        .roleSessionName("short")
                        .externalId(READONLY_EXTERNAL_ID)
                        .durationSeconds(900));

        // then
        assertThat(response.credentials().expiration())
                .isCloseTo(CLOCK.instant().plusSeconds(900), within(2, ChronoUnit.SECONDS));
    }

    @Test
    void sessionExpiresAfterDurationSeconds() {
        // given
        AssumeRoleResponse response =
                platformSts.assumeRole(request -> request.roleArn(roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly"))
                        .roleSessionName("expiring")
                        .externalId(READONLY_EXTERNAL_ID)
                        .durationSeconds(900));

        try (StsClient sessionSts = SdkClients.sts(simulator, SdkClients.session(response))) {
            // when
            CLOCK.advance(Duration.ofSeconds(901));

            // then
            assertThatThrownBy(sessionSts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
                assertThat(e.statusCode()).isEqualTo(403);
            });
        }
    }

    @Test
    void roleChainingIsCappedAtOneHour() {
        // given: a discovery session in the management account
        AwsCredentials discovery =
                SdkClients.assume(simulator, MANAGEMENT_ACCOUNT, "pipes_discovery", DISCOVERY_EXTERNAL_ID);

        try (StsClient chainedSts = SdkClients.sts(simulator, discovery)) {
            // when
            AssumeRoleResponse chained =
                    chainedSts.assumeRole(request -> request.roleArn(roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly"))
                            .roleSessionName("chained")
                            .externalId(READONLY_EXTERNAL_ID)
                            .durationSeconds(3600));

            // then
            assertThat(chained.assumedRoleUser().arn())
                    .isEqualTo("arn:aws:sts::200000001111:assumed-role/pipes_readonly/chained");
            assertThatThrownBy(() -> chainedSts.assumeRole(
                            request -> request.roleArn(roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly"))
                                    .roleSessionName("chained")
                                    .externalId(READONLY_EXTERNAL_ID)
                                    .durationSeconds(7200)))
                    .isInstanceOfSatisfying(StsException.class, e -> assertThat(
                                    e.awsErrorDetails().errorMessage())
                            .contains("exceeds the 1 hour session limit for roles assumed by role chaining"));
        }
    }

    @Test
    void getCallerIdentityDescribesAccessKeyUser() {
        try (StsClient sts = SdkClients.sts(simulator, SdkClients.discoveryKey())) {
            // when
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            // then
            assertThat(identity.account()).isEqualTo(MANAGEMENT_ACCOUNT);
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::111111111111:user/AKIAEXAMPLEDISCOVER1");
            assertThat(identity.userId()).matches("AIDA[A-Z2-7]{17}");
        }
    }

    @Test
    void getCallerIdentityDescribesPlatformPrincipal() {
        // when
        GetCallerIdentityResponse identity = platformSts.getCallerIdentity();

        // then
        assertThat(identity.account()).isEqualTo(PlatformPrincipal.DEFAULT_ACCOUNT_ID);
        assertThat(identity.arn()).isEqualTo(PLATFORM_ARN);
    }

    private static Arguments rejected(String cause, String accountId, String roleName, String externalId) {
        return Arguments.of(cause, accountId, roleName, externalId);
    }

    /** Returns the example organization with an extra role, in every account, that needs no external ID. */
    private static Fixture fixtureWithOpenRole() {
        ObjectNode json = FixtureLoaderTest.exampleJson();
        ObjectNode role = ((ObjectNode) json.get("iam")).withArray("roles").addObject();
        role.put("accounts", "*");
        role.put("roleName", "open_role");
        role.putNull("externalId");
        return FixtureLoader.parse(json.toString(), "example with open_role");
    }
}
