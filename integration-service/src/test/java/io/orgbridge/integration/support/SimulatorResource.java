package io.orgbridge.integration.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.FixtureLoader;
import io.orgbridge.awssim.PlatformPrincipal;
import io.orgbridge.awssim.SimulatorConfig;

/**
 * Starts the AWS simulator in the test JVM with the example organization and points Test
 * Discovery at it, signed with the simulator's default platform key. Throttling is off: AWS allows
 * one DescribeOrganization call per second, and these tests run several per second on purpose.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    private AwsSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = AwsSimulator.start(SimulatorConfig.builder()
                .fixture(FixtureLoader.exampleCorp())
                .port(0)
                .throttling(false)
                .build());
        return Map.of(
                "orgbridge.aws.endpoint-override",
                simulator.endpoint().toString(),
                "orgbridge.aws.region",
                "us-east-1",
                "orgbridge.aws.platform-access-key-id",
                PlatformPrincipal.DEFAULT_ACCESS_KEY_ID,
                "orgbridge.aws.platform-secret-access-key",
                PlatformPrincipal.DEFAULT_SECRET_ACCESS_KEY);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
