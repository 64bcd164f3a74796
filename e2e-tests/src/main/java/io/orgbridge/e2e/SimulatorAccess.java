package io.orgbridge.e2e;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * Credentials and clients for the sample organization served by the AWS simulator: the platform
 * principal the services run as, and the management account's key pair used to change the
 * organization during the test and the demo.
 */
public final class SimulatorAccess {

    /** The simulator's stand-in for the query platform's own AWS identity. */
    public static final String PLATFORM_ACCESS_KEY_ID = "AKIAORGBRIDGEPLATFORM";

    public static final String PLATFORM_SECRET_ACCESS_KEY = "orgbridge-platform-secret-for-simulator-only";

    /** The sample organization's management account key pair, allowed to read and change it. */
    public static final String MANAGEMENT_ACCESS_KEY_ID = "AKIAEXAMPLEDISCOVER1";

    public static final String MANAGEMENT_SECRET_ACCESS_KEY = "exampleSecretKeyForDiscovery0000000000001";

    private SimulatorAccess() {}

    public static OrganizationsClient organizations(URI endpoint) {
        return OrganizationsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(managementCredentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static AccountClient account(URI endpoint) {
        return AccountClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(managementCredentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static StaticCredentialsProvider managementCredentials() {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(MANAGEMENT_ACCESS_KEY_ID, MANAGEMENT_SECRET_ACCESS_KEY));
    }
}
