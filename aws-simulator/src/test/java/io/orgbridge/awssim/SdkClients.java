package io.orgbridge.awssim;

import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;

/**
 * Builds real AWS SDK v2 clients aimed at a local simulator. Every client gets an endpoint override,
 * an explicit region and static credentials, so the SDK never looks for credentials or regions
 * elsewhere. Retries are off unless a test passes its own configuration.
 */
final class SdkClients {

    static final String DISCOVERY_KEY_ID = "AKIAEXAMPLEDISCOVER1";
    static final String DISCOVERY_SECRET = "exampleSecretKeyForDiscovery0000000000001";
    static final String READONLY_EXTERNAL_ID = "o_examplecorp:k3y4ex4m";
    static final String DISCOVERY_EXTERNAL_ID = "o_examplecorp:d1sc0v3r";
    static final String MANAGEMENT_ACCOUNT = "111111111111";
    static final String LOG_ARCHIVE_ACCOUNT = "200000001111";
    static final String ROOT_ID = "r-ex4m";

    private SdkClients() {}

    static AwsCredentials discoveryKey() {
        return AwsBasicCredentials.create(DISCOVERY_KEY_ID, DISCOVERY_SECRET);
    }

    static AwsCredentials platformKey() {
        return AwsBasicCredentials.create(
                PlatformPrincipal.DEFAULT_ACCESS_KEY_ID, PlatformPrincipal.DEFAULT_SECRET_ACCESS_KEY);
    }

    static AwsCredentials session(AssumeRoleResponse response) {
        return AwsSessionCredentials.create(
                response.credentials().accessKeyId(),
                response.credentials().secretAccessKey(),
                response.credentials().sessionToken());
    }

    static StsClient sts(AwsSimulator simulator, AwsCredentials credentials) {
        return StsClient.builder()
                .endpointOverride(simulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries())
                .build();
    }

    static OrganizationsClient organizations(AwsSimulator simulator, AwsCredentials credentials) {
        return organizations(simulator, credentials, noRetries());
    }

    static OrganizationsClient organizations(
            AwsSimulator simulator, AwsCredentials credentials, ClientOverrideConfiguration configuration) {
        return OrganizationsClient.builder()
                .endpointOverride(simulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(configuration)
                .build();
    }

    static AccountClient account(AwsSimulator simulator, AwsCredentials credentials) {
        return AccountClient.builder()
                .endpointOverride(simulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries())
                .build();
    }

    /** Assumes a role with the platform key and returns the session credentials. */
    static AwsCredentials assume(AwsSimulator simulator, String accountId, String roleName, String externalId) {
        try (StsClient sts = sts(simulator, platformKey())) {
            return session(sts.assumeRole(request -> request.roleArn(roleArn(accountId, roleName))
                    .roleSessionName("test")
                    .externalId(externalId)));
        }
    }

    static String roleArn(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(Duration.ofSeconds(20))
                .build();
    }
}
