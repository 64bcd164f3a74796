package io.orgbridge.awssim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Sends hand-made HTTP requests to a simulator, optionally signed with the SDK's SigV4 signer. */
final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private RawHttp() {}

    /** Sends a POST with the given content type and body, unsigned. */
    static HttpResponse<String> post(AwsSimulator simulator, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        simulator.endpoint().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(String method, URI uri, String body) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(uri)
                .method(method, publisher)
                .header("Content-Type", "application/json")
                .build());
    }

    /** Sends a form POST signed for {@code service} with the given key, secret and signing clock. */
    static HttpResponse<String> signedFormPost(
            AwsSimulator simulator, String service, String keyId, String secret, String body, Clock clock) {
        return signed(simulator, SdkHttpMethod.POST, null, body, service, keyId, secret, clock);
    }

    /** Sends a GET whose parameters are in the query string, signed for STS with the given key. */
    static HttpResponse<String> signedStsGet(AwsSimulator simulator, String keyId, String secret, String rawQuery) {
        return signed(simulator, SdkHttpMethod.GET, rawQuery, "", "sts", keyId, secret, Clock.systemUTC());
    }

    private static HttpResponse<String> signed(
            AwsSimulator simulator,
            SdkHttpMethod method,
            String rawQuery,
            String body,
            String service,
            String keyId,
            String secret,
            Clock clock) {
        URI endpoint = simulator.endpoint();
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
                .method(method)
                .protocol("http")
                .host(endpoint.getHost())
                .port(endpoint.getPort())
                .encodedPath("/");
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] parts = pair.split("=", 2);
                unsigned.appendRawQueryParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        if (!body.isEmpty()) {
            unsigned.putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        }
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(request -> request.identity(AwsCredentialsIdentity.create(keyId, secret))
                        .request(unsigned.build())
                        .payload(ContentStreamProvider.fromUtf8String(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, clock.withZone(ZoneOffset.UTC)));
        String query = signed.request()
                .encodedQueryParameters()
                .map(encoded -> "/?" + encoded)
                .orElse("/");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(query))
                .method(
                        method.name(),
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
