package io.orgbridge.aws;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.PlatformPrincipal;

/** Names of the example organization that the AWS simulator serves, shared by the tests. */
final class SimulatorFixture {

    static final String MANAGEMENT_ACCOUNT = "111111111111";
    static final String MEMBER_ACCOUNT = "200000001111";
    static final String SUSPENDED_ACCOUNT = "200000037774";
    static final String DISCOVERY_ROLE_ARN = "arn:aws:iam::111111111111:role/pipes_discovery";
    static final String DISCOVERY_EXTERNAL_ID = "o_examplecorp:d1sc0v3r";
    static final String DISCOVERY_ACCESS_KEY_ID = "AKIAEXAMPLEDISCOVER1";
    static final String DISCOVERY_SECRET_ACCESS_KEY = "exampleSecretKeyForDiscovery0000000000001";
    static final String CONNECTION_ROLE_NAME = "pipes_readonly";
    static final String CONNECTION_EXTERNAL_ID = "o_examplecorp:k3y4ex4m";

    private SimulatorFixture() {}

    static AwsSettings settings(AwsSimulator simulator) {
        return AwsSettings.forEndpoint(
                simulator.endpoint(),
                PlatformPrincipal.DEFAULT_ACCESS_KEY_ID,
                PlatformPrincipal.DEFAULT_SECRET_ACCESS_KEY);
    }
}
