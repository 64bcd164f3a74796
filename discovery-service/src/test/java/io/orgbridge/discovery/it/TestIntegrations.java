package io.orgbridge.discovery.it;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.orgbridge.discovery.service.ExampleOrganization;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.integration.ConnectionSettings;
import io.orgbridge.events.integration.DiscoverySettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.events.integration.RefreshRequested;
import io.orgbridge.platform.id.Ids;

/** Builds integration events for an org integration of its own, with unique ids and handles. */
final class TestIntegrations {

    private static final String SOURCE = "/orgbridge/integration-service";

    private TestIntegrations() {}

    /** Builds a new org integration that discovers the example organization with its discovery role. */
    static IntegrationData orgIntegration() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new IntegrationData(
                Ids.newId(Ids.INTEGRATION),
                "example-" + suffix,
                "aws",
                IntegrationData.SCOPE_ORG,
                Ids.newId(Ids.TENANT),
                "default",
                Ids.newId(Ids.ORG),
                "acme-" + suffix,
                1,
                "pending",
                roleDiscovery(ExampleOrganization.DISCOVERY_EXTERNAL_ID),
                connection(),
                new PermissionSettings(PermissionSettings.ALL_WORKSPACES, List.of()));
    }

    /** Builds a new tenant integration that discovers the example organization. */
    static IntegrationData tenantIntegration() {
        IntegrationData org = orgIntegration();
        return new IntegrationData(
                org.id(),
                org.handle(),
                org.type(),
                IntegrationData.SCOPE_TENANT,
                org.tenantId(),
                "tenant-" + org.handle(),
                null,
                null,
                1,
                "pending",
                org.discovery(),
                org.connection(),
                org.permissions());
    }

    static DiscoverySettings roleDiscovery(String externalId) {
        return new DiscoverySettings(
                DiscoverySettings.MODE_ROLE, ExampleOrganization.DISCOVERY_ROLE_ARN, externalId, null, null);
    }

    static ConnectionSettings connection() {
        return new ConnectionSettings(
                "aws_",
                ExampleOrganization.CONNECTION_ROLE_NAME,
                ExampleOrganization.CONNECTION_EXTERNAL_ID,
                List.of("*"),
                "us-east-1",
                9,
                25,
                List.of());
    }

    /** Returns a copy at {@code version} with other discovery settings. */
    static IntegrationData withDiscovery(IntegrationData data, long version, DiscoverySettings discovery) {
        return new IntegrationData(
                data.id(),
                data.handle(),
                data.type(),
                data.scope(),
                data.tenantId(),
                data.tenantHandle(),
                data.orgId(),
                data.orgHandle(),
                version,
                data.state(),
                discovery,
                data.connection(),
                data.permissions());
    }

    /** Returns a copy at {@code version} in another state, other settings unchanged. */
    static IntegrationData withState(IntegrationData data, long version, String state) {
        return new IntegrationData(
                data.id(),
                data.handle(),
                data.type(),
                data.scope(),
                data.tenantId(),
                data.tenantHandle(),
                data.orgId(),
                data.orgHandle(),
                version,
                state,
                data.discovery(),
                data.connection(),
                data.permissions());
    }

    static CloudEvent event(String type, IntegrationData data) {
        return EventCodec.create(SOURCE, type, data.id(), data.tenantId(), data.orgId(), data, Instant.now());
    }

    static CloudEvent refresh(IntegrationData data) {
        return EventCodec.create(
                SOURCE,
                EventTypes.INTEGRATION_REFRESH_REQUESTED,
                data.id(),
                data.tenantId(),
                data.orgId(),
                new RefreshRequested(data.id(), data.versionId(), "u_tester"),
                Instant.now());
    }
}
