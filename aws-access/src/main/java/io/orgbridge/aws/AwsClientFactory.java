package io.orgbridge.aws;

import java.time.Clock;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds STS and Organizations clients that share one Netty HTTP client, the configured
 * endpoint, region, timeouts and retry strategy.
 *
 * <p>Clients returned by {@link #sts} and {@link #organizations} belong to the caller, who closes
 * them; closing them leaves the shared HTTP client open. {@link #close()} closes the HTTP client
 * and the platform STS client.
 */
public final class AwsClientFactory implements AutoCloseable {

    /** RoleSessionName of discovery sessions; it appears in the customer's CloudTrail. */
    public static final String DISCOVERY_SESSION_NAME = "orgbridge-discovery";

    private final AwsSettings settings;
    private final Clock clock;
    private final SdkAsyncHttpClient httpClient;
    private final AwsCredentialsProvider platformCredentials;
    private final StsAsyncClient platformSts;

    public AwsClientFactory(AwsSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public AwsClientFactory(AwsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.httpClient = NettyNioAsyncHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(10))
                .maxConcurrency(64)
                .build();
        this.platformCredentials = settings.platformKey()
                .<AwsCredentialsProvider>map(key -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        this.platformSts = sts(platformCredentials);
    }

    public AwsSettings settings() {
        return settings;
    }

    /** Credentials of the platform's own AWS identity, which assumes customer roles. */
    public AwsCredentialsProvider platformCredentials() {
        return platformCredentials;
    }

    /** Returns the shared STS client signed with the platform credentials; {@link #close()} closes it. */
    public StsAsyncClient platformSts() {
        return platformSts;
    }

    /**
     * Returns the credentials that read an organization. Role mode assumes the role with the
     * platform credentials (RoleSessionName {@value #DISCOVERY_SESSION_NAME}, the integration's
     * external ID) when a client first signs a request; access key mode signs with the key pair.
     */
    public AwsCredentialsProvider discoveryCredentials(DiscoveryCredentials credentials) {
        if (credentials.mode() == DiscoveryCredentials.Mode.ACCESS_KEY) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey()));
        }
        return assumeRole(credentials.roleArn(), credentials.externalId(), DISCOVERY_SESSION_NAME);
    }

    /** Returns a provider of a session of {@code roleArn} assumed with the platform credentials. */
    public AssumeRoleCredentialsProvider assumeRole(String roleArn, String externalId, String sessionName) {
        AssumeRoleRequest request = AssumeRoleRequest.builder()
                .roleArn(roleArn)
                .externalId(externalId)
                .roleSessionName(sessionName)
                .build();
        return new AssumeRoleCredentialsProvider(platformSts, request, clock);
    }

    /** Builds an STS client for the configured region; the caller closes it. */
    public StsAsyncClient sts(AwsCredentialsProvider credentials) {
        return configure(StsAsyncClient.builder(), credentials, settings.region())
                .build();
    }

    /**
     * Builds an Organizations client; the caller closes it. Organizations has one endpoint per
     * partition, signed for {@link AwsSettings#organizationsRegion()}.
     */
    public OrganizationsAsyncClient organizations(AwsCredentialsProvider credentials) {
        return configure(OrganizationsAsyncClient.builder(), credentials, settings.organizationsRegion())
                .build();
    }

    @Override
    public void close() {
        platformSts.close();
        if (platformCredentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
        httpClient.close();
    }

    private <
                    B extends
                            AwsClientBuilder<B, ?>
                                    & software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder<B, ?>>
            B configure(B builder, AwsCredentialsProvider credentials, String region) {
        builder.httpClient(httpClient)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(this::overrideConfiguration);
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        return builder;
    }

    private void overrideConfiguration(ClientOverrideConfiguration.Builder configuration) {
        configuration
                .retryStrategy(retryStrategy())
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.apiCallAttemptTimeout());
    }

    /**
     * Builds the SDK's standard retry strategy. The SDK treats {@code TooManyRequestsException}
     * (and HTTP 429) as throttling and backs off with {@code throttlingBackoffStrategy}. The
     * circuit breaker is off because the client-side rate limits already bound the request rate,
     * and a breaker would end a long walk after about a hundred throttled retries.
     */
    private StandardRetryStrategy retryStrategy() {
        AwsSettings.RetrySettings retry = settings.retry();
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(retry.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxBackoff()))
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(retry.throttlingBaseDelay(), retry.maxBackoff()))
                .circuitBreakerEnabled(false)
                .build();
    }
}
