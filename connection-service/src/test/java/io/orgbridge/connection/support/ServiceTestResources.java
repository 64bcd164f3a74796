package io.orgbridge.connection.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import io.orgbridge.testsupport.TestServers;

/**
 * The profile of every {@code @QuarkusTest} of this service: the real PostgreSQL test database,
 * the real Kafka broker with a fresh consumer group, and the test signing key. One profile keeps
 * Quarkus from restarting between test classes.
 */
public class ServiceTestResources implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(TestServers.class, Map.of("database", "orgbridge_connection_test")),
                new TestResourceEntry(FreshConsumerGroup.class));
    }
}
