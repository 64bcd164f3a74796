package io.orgbridge.e2e;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * Clients for the sample organization served by the AWS simulator, signed with the management
 * account's key pair, which may read and change the organization.
 */
public final class SimulatorAccess {

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
