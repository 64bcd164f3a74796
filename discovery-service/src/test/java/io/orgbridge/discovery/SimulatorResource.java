package io.orgbridge.discovery;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import io.orgbridge.awssim.AwsSimulator;
import io.orgbridge.awssim.SimulatorConfig;
import io.orgbridge.testsupport.TestServers;

/**
 * Starts an in-process AWS simulator serving the example organization and points the service at
 * it. It also gives the test JVM topics of its own, which are deleted when the tests end. So the
 * test integrations and snapshots never meet those of another test run.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    private static volatile AwsSimulator simulator;
    private static volatile String integrationTopic;
    private static volatile String discoveryTopic;

    /** Returns the running simulator, for fault injection and call counts. */
    public static AwsSimulator simulator() {
        return simulator;
    }

    public static String integrationTopic() {
        return integrationTopic;
    }

    public static String discoveryTopic() {
        return discoveryTopic;
    }

    @Override
    public Map<String, String> start() {
        simulator = AwsSimulator.start(SimulatorConfig.exampleCorp());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        integrationTopic = "discovery-service-test-" + suffix + ".integration-events";
        discoveryTopic = "discovery-service-test-" + suffix + ".discovery-events";
        return Map.of(
                "orgbridge.aws.endpoint-override", simulator.endpoint().toString(),
                "mp.messaging.incoming.integration-events.topic", integrationTopic,
                "orgbridge.discovery.events-topic", discoveryTopic);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
        deleteTopics();
    }

    private static void deleteTopics() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrap());
        try (Admin admin = Admin.create(properties)) {
            admin.deleteTopics(List.of(integrationTopic, discoveryTopic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("Could not delete the test topics: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
