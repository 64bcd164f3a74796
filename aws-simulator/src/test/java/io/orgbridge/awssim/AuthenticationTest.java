package io.orgbridge.awssim;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AccountException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticationTest {

    private static final String SIGNATURE_MISMATCH_MESSAGE =
            "The request signature we calculated does not match the signature you provided.";

    private static AwsSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = AwsSimulator.start(SimulatorConfig.builder()
                .fixture(FixtureLoader.exampleCorp())
                .throttling(false)
                .build());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void stsRejectsWrongSecret() {
        // given
        AwsCredentials wrongSecret = AwsBasicCredentials.create(SdkClients.DISCOVERY_KEY_ID, "not-the-secret");

        try (StsClient sts = SdkClients.sts(simulator, wrongSecret)) {
            // when / then
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.awsErrorDetails().errorMessage()).startsWith(SIGNATURE_MISMATCH_MESSAGE);
            });
        }
    }

    @Test
    void organizationsRejectsWrongSecret() {
        // given
        AwsCredentials wrongSecret = AwsBasicCredentials.create(SdkClients.DISCOVERY_KEY_ID, "not-the-secret");

        try (OrganizationsClient organizations = SdkClients.organizations(simulator, wrongSecret)) {
            // when / then
            assertThatThrownBy(organizations::describeOrganization)
                    .isInstanceOfSatisfying(OrganizationsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith(SIGNATURE_MISMATCH_MESSAGE);
                    });
        }
    }

    @Test
    void accountManagementRejectsWrongSecret() {
        // given
        AwsCredentials wrongSecret = AwsBasicCredentials.create(SdkClients.DISCOVERY_KEY_ID, "not-the-secret");

        try (AccountClient account = SdkClients.account(simulator, wrongSecret)) {
            // when / then
            assertThatThrownBy(() -> account.putAccountName(request -> request.accountName("Renamed")))
                    .isInstanceOfSatisfying(AccountException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
    }

    @Test
    void stsRejectsUnknownKey() {
        // given
        AwsCredentials unknown = AwsBasicCredentials.create("AKIAUNKNOWNKEY000000", "secret");

        try (StsClient sts = SdkClients.sts(simulator, unknown)) {
            // when / then
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The security token included in the request is invalid.");
            });
        }
    }

    @Test
    void organizationsRejectsUnknownKey() {
        // given
        AwsCredentials unknown = AwsBasicCredentials.create("AKIAUNKNOWNKEY000000", "secret");

        try (OrganizationsClient organizations = SdkClients.organizations(simulator, unknown)) {
            // when / then
            assertThatThrownBy(organizations::listRoots).isInstanceOfSatisfying(OrganizationsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
            });
        }
    }

    @Test
    void sessionKeyWithWrongTokenIsRejected() {
        // given
        AwsSessionCredentials session = (AwsSessionCredentials) SdkClients.assume(
                simulator, SdkClients.LOG_ARCHIVE_ACCOUNT, "pipes_readonly", SdkClients.READONLY_EXTERNAL_ID);
        AwsCredentials wrongToken = AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken() + "x");
        AwsCredentials noToken = AwsBasicCredentials.create(session.accessKeyId(), session.secretAccessKey());

        try (StsClient withWrongToken = SdkClients.sts(simulator, wrongToken);
                StsClient withoutToken = SdkClients.sts(simulator, noToken)) {
            // when / then
            assertThatThrownBy(withWrongToken::getCallerIdentity)
                    .isInstanceOfSatisfying(
                            StsException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
            assertThatThrownBy(withoutToken::getCallerIdentity)
                    .isInstanceOfSatisfying(
                            StsException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void unsignedRequestIsRejected() {
        // when
        HttpResponse<String> response = RawHttp.post(
                simulator, "/", "application/x-www-form-urlencoded", "Action=GetCallerIdentity&Version=2011-06-15");

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("<Code>MissingAuthenticationToken</Code>")
                .contains("<Type>Sender</Type>");
    }

    @Test
    void credentialScopedToOtherServiceIsRejected() {
        // when: an STS call signed for the organizations service
        HttpResponse<String> response = RawHttp.signedFormPost(
                simulator,
                "organizations",
                SdkClients.DISCOVERY_KEY_ID,
                SdkClients.DISCOVERY_SECRET,
                "Action=GetCallerIdentity&Version=2011-06-15",
                Clock.systemUTC());

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("<Code>SignatureDoesNotMatch</Code>")
                .contains("Credential should be scoped to correct service: &apos;sts&apos;.");
    }

    @Test
    void staleSignatureIsRejected() {
        // when
        HttpResponse<String> response = RawHttp.signedFormPost(
                simulator,
                "sts",
                SdkClients.DISCOVERY_KEY_ID,
                SdkClients.DISCOVERY_SECRET,
                "Action=GetCallerIdentity&Version=2011-06-15",
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20)));

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("<Code>SignatureDoesNotMatch</Code>")
                .contains("Signature expired: ");
    }

    @Test
    void signedRawRequestSucceeds() {
        // when
        HttpResponse<String> response = RawHttp.signedFormPost(
                simulator,
                "sts",
                SdkClients.DISCOVERY_KEY_ID,
                SdkClients.DISCOVERY_SECRET,
                "Action=GetCallerIdentity&Version=2011-06-15",
                Clock.systemUTC());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.body())
                .startsWith("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
                .contains("<Account>111111111111</Account>")
                .contains("<RequestId>"
                        + response.headers().firstValue("x-amzn-RequestId").orElseThrow() + "</RequestId>");
    }

    @Test
    void stsAcceptsSignedGetQuery() {
        // when
        HttpResponse<String> response = RawHttp.signedStsGet(
                simulator,
                SdkClients.DISCOVERY_KEY_ID,
                SdkClients.DISCOVERY_SECRET,
                "Action=GetCallerIdentity&Version=2011-06-15");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<Arn>arn:aws:iam::111111111111:user/AKIAEXAMPLEDISCOVER1</Arn>");
    }

    @Test
    void unknownStsActionIsRejected() {
        // when
        HttpResponse<String> response = RawHttp.signedFormPost(
                simulator,
                "sts",
                SdkClients.DISCOVERY_KEY_ID,
                SdkClients.DISCOVERY_SECRET,
                "Action=GetSessionToken&Version=2011-06-15",
                Clock.systemUTC());

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidAction</Code>");
    }
}
