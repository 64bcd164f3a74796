package io.orgbridge.connection.support;

import java.time.Instant;
import java.util.List;

import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.events.integration.ConnectionSettings;
import io.orgbridge.events.integration.DiscoverySettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.PermissionSettings;

/** Integrations for tests, as replicas and as integration-events data. */
public final class Integrations {

    public static final String ROLE_NAME = "pipes_readonly";
    public static final String EXTERNAL_ID = "o_examplecorp:k3y4ex4m";

    private Integrations() {}

    public static IntegrationReplica replica(String id, String orgId, String prefix) {
        IntegrationReplica replica = new IntegrationReplica();
        replica.id = id;
        replica.handle = "example-corp";
        replica.scope = IntegrationReplica.SCOPE_ORG;
        replica.scopeId = orgId;
        replica.tenantId = "t_00000000000000000001";
        replica.tenantHandle = "default";
        replica.orgId = orgId;
        replica.orgHandle = "acme";
        replica.versionId = 1;
        replica.handlePrefix = prefix;
        replica.roleName = ROLE_NAME;
        replica.externalId = EXTERNAL_ID;
        replica.regions = List.of("*");
        replica.defaultRegion = "us-east-1";
        replica.maxErrorRetryAttempts = 9;
        replica.minErrorRetryDelay = 25;
        replica.ignoreErrorCodes = List.of();
        replica.createdAt = Instant.parse("2026-01-05T10:00:00Z");
        replica.updatedAt = replica.createdAt;
        return replica;
    }

    /** An org integration as integration-service publishes it. */
    public static IntegrationData orgIntegration(
            String id, String handle, String tenantId, String orgId, String orgHandle, long version, String prefix) {
        return new IntegrationData(
                id,
                handle,
                "aws",
                IntegrationData.SCOPE_ORG,
                tenantId,
                "default",
                orgId,
                orgHandle,
                version,
                "pending",
                new DiscoverySettings(
                        DiscoverySettings.MODE_ROLE,
                        "arn:aws:iam::111111111111:role/pipes_discovery",
                        "o_examplecorp:d1sc0v3r",
                        null,
                        null),
                settings(prefix, ROLE_NAME, List.of("*")),
                new PermissionSettings(PermissionSettings.NONE, List.of()));
    }

    /** A tenant integration as integration-service publishes it. */
    public static IntegrationData tenantIntegration(
            String id, String handle, String tenantId, String tenantHandle, long version, String prefix) {
        return new IntegrationData(
                id,
                handle,
                "aws",
                IntegrationData.SCOPE_TENANT,
                tenantId,
                tenantHandle,
                null,
                null,
                version,
                "pending",
                new DiscoverySettings(
                        DiscoverySettings.MODE_ROLE,
                        "arn:aws:iam::111111111111:role/pipes_discovery",
                        "o_examplecorp:d1sc0v3r",
                        null,
                        null),
                settings(prefix, ROLE_NAME, List.of("*")),
                new PermissionSettings(PermissionSettings.NONE, List.of()));
    }

    public static ConnectionSettings settings(String prefix, String roleName, List<String> regions) {
        return new ConnectionSettings(prefix, roleName, EXTERNAL_ID, regions, "us-east-1", 9, 25, List.of());
    }

    /** The same integration at a new version with other settings. */
    public static IntegrationData changed(
            IntegrationData data, long version, String handle, ConnectionSettings settings) {
        return new IntegrationData(
                data.id(),
                handle,
                data.type(),
                data.scope(),
                data.tenantId(),
                data.tenantHandle(),
                data.orgId(),
                data.orgHandle(),
                version,
                data.state(),
                data.discovery(),
                settings,
                data.permissions());
    }
}
