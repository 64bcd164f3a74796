package io.orgbridge.awssim;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigV4VerifierTest {

    private static final String KEY_ID = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @Test
    void shouldMatchAwsGetVanillaTestVector() throws AuthenticationException {
        // given: the "get-vanilla" case of the AWS SigV4 test suite
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("host", List.of("example.amazonaws.com"));
        headers.put("x-amz-date", List.of("20150830T123600Z"));
        headers.put(
                "authorization",
                List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                        + " SignedHeaders=host;x-amz-date,"
                        + " Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        ApiRequest request = new ApiRequest("GET", "/", null, headers, new byte[0], "test");

        // when
        SigV4Verifier.Signature signature = SigV4Verifier.parse(request);

        // then
        assertThat(signature.service()).isEqualTo("service");
        assertThatCode(() -> SigV4Verifier.verify(request, signature, SECRET)).doesNotThrowAnyException();
    }

    @Test
    void shouldVerifyRequestSignedBySdkSigner() throws AuthenticationException {
        // given: a path and query with characters that need encoding
        ApiRequest request = signWithSdk(
                SdkHttpMethod.GET,
                "/a%20b/c~d",
                "Version=2011-06-15&Action=GetCallerIdentity&Note=x%20y%2Bz&Empty=",
                "",
                SECRET,
                Clock.systemUTC());

        // when
        SigV4Verifier.Signature signature = SigV4Verifier.parse(request);

        // then
        assertThat(signature.accessKeyId()).isEqualTo(KEY_ID);
        assertThatCode(() -> SigV4Verifier.verify(request, signature, SECRET)).doesNotThrowAnyException();
    }

    @Test
    void shouldVerifySignedPostBody() throws AuthenticationException {
        // given
        ApiRequest request = signWithSdk(
                SdkHttpMethod.POST,
                "/",
                null,
                "Action=GetCallerIdentity&Version=2011-06-15",
                SECRET,
                Clock.systemUTC());

        // when
        SigV4Verifier.Signature signature = SigV4Verifier.parse(request);

        // then
        assertThatCode(() -> SigV4Verifier.verify(request, signature, SECRET)).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectWrongSecret() throws AuthenticationException {
        // given
        ApiRequest request = signWithSdk(SdkHttpMethod.GET, "/", "Action=X", "", "wrong-secret", Clock.systemUTC());
        SigV4Verifier.Signature signature = SigV4Verifier.parse(request);

        // when / then
        assertThatThrownBy(() -> SigV4Verifier.verify(request, signature, SECRET))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason())
                        .isEqualTo(AuthenticationException.Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void shouldRejectTamperedBody() throws AuthenticationException {
        // given
        ApiRequest signed = signWithSdk(SdkHttpMethod.POST, "/", null, "Action=A", SECRET, Clock.systemUTC());
        ApiRequest tampered = new ApiRequest(
                signed.method(),
                signed.rawPath(),
                signed.rawQuery(),
                signed.headers(),
                "Action=B".getBytes(StandardCharsets.UTF_8),
                "test");
        SigV4Verifier.Signature signature = SigV4Verifier.parse(tampered);

        // when / then
        assertThatThrownBy(() -> SigV4Verifier.verify(tampered, signature, SECRET))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void shouldRejectRequestSignedTwentyMinutesAgo() throws AuthenticationException {
        // given
        Clock twentyMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
        ApiRequest request = signWithSdk(SdkHttpMethod.GET, "/", "Action=X", "", SECRET, twentyMinutesAgo);
        SigV4Verifier.Signature signature = SigV4Verifier.parse(request);

        // when / then
        assertThatThrownBy(() -> SigV4Verifier.checkRequestTime(signature, Instant.now()))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.SIGNATURE_EXPIRED);
                    assertThat(e.getMessage()).startsWith("Signature expired: ");
                });
    }

    @Test
    void shouldReportMissingAuthorization() {
        // given
        ApiRequest request = new ApiRequest("POST", "/", null, Map.of(), new byte[0], "test");

        // when / then
        assertThatThrownBy(() -> SigV4Verifier.parse(request))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.reason())
                        .isEqualTo(AuthenticationException.Reason.MISSING_AUTHENTICATION));
    }

    @Test
    void shouldBuildCanonicalQuery() {
        assertThat(SigV4Verifier.canonicalQuery("b=2&a=1&a=0&c=x%20y&d")).isEqualTo("a=0&a=1&b=2&c=x%20y&d=");
        assertThat(SigV4Verifier.canonicalQuery(null)).isEmpty();
    }

    @Test
    void shouldEncodePathSegmentsAgain() {
        assertThat(SigV4Verifier.canonicalUri("")).isEqualTo("/");
        assertThat(SigV4Verifier.canonicalUri("/putAccountName")).isEqualTo("/putAccountName");
        assertThat(SigV4Verifier.canonicalUri("/a%20b/./c")).isEqualTo("/a%2520b/c");
    }

    /** Signs a request with the AWS SDK's own SigV4 signer and converts it to what the server receives. */
    private static ApiRequest signWithSdk(
            SdkHttpMethod method, String encodedPath, String rawQuery, String body, String secret, Clock clock) {
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
                .method(method)
                .protocol("http")
                .host("127.0.0.1")
                .port(9599)
                .encodedPath(encodedPath);
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] parts = pair.split("=", 2);
                builder.appendRawQueryParameter(
                        SigV4Verifier.percentDecode(parts[0]),
                        parts.length > 1 ? SigV4Verifier.percentDecode(parts[1]) : "");
            }
        }
        if (!body.isEmpty()) {
            builder.putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        }
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(request -> request.identity(AwsCredentialsIdentity.create(KEY_ID, secret))
                        .request(builder.build())
                        .payload(ContentStreamProvider.fromUtf8String(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, clock.withZone(ZoneOffset.UTC)));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signed.request().headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        headers.putIfAbsent("host", List.of("127.0.0.1:9599"));
        return new ApiRequest(
                method.name(),
                signed.request().encodedPath(),
                signed.request().encodedQueryParameters().orElse(null),
                headers,
                body.getBytes(StandardCharsets.UTF_8),
                "test");
    }
}
