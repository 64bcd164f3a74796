package io.orgbridge.integration.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import io.orgbridge.testsupport.TestServers;

/**
 * The servers every {@code @QuarkusTest} of this service runs against: PostgreSQL and Kafka, the
 * AWS simulator and the permission-service stand-in. Quarkus applies test resources declared on
 * any class to all tests, so every test class shares one application start.
 */
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_integration_test"))
@QuarkusTestResource(SimulatorResource.class)
@QuarkusTestResource(PermissionServiceStandIn.class)
public final class IntegrationTestResources {

    private IntegrationTestResources() {}
}
