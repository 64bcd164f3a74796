package io.orgbridge.integration.rest;

import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.integration.api.AwsConfigResponse;
import io.orgbridge.integration.api.IntegrationResponse;
import io.orgbridge.integration.api.LastDiscoveryResponse;
import io.orgbridge.integration.entity.IntegrationEntity;

/** Maps stored integrations to API responses; the discovery secret key never reaches a response. */
public final class IntegrationMapper {

    private IntegrationMapper() {}

    public static IntegrationResponse toResponse(IntegrationEntity integration) {
        return new IntegrationResponse(
                integration.id,
                integration.handle,
                integration.type,
                integration.tenantId,
                integration.orgId,
                integration.isOrgLevel() ? integration.orgId : integration.tenantId,
                config(integration),
                new PermissionSettings(integration.permissionsMode, integration.permissionsWorkspaces),
                integration.state,
                integration.stateReason,
                lastDiscovery(integration),
                integration.versionId,
                integration.createdAt,
                integration.createdById,
                integration.updatedAt,
                integration.updatedById,
                integration.deletedAt,
                integration.deletedById);
    }

    private static AwsConfigResponse config(IntegrationEntity integration) {
        boolean accessKeyMode = integration.discoveryAccessKey != null;
        return new AwsConfigResponse(
                integration.discoveryMode,
                integration.discoveryRoleArn,
                integration.discoveryExternalId,
                integration.discoveryAccessKey,
                accessKeyMode ? integration.discoverySecretSealed != null : null,
                integration.handlePrefix,
                integration.roleName,
                integration.externalId,
                integration.regions,
                integration.defaultRegion,
                integration.maxErrorRetryAttempts,
                integration.minErrorRetryDelay,
                integration.ignoreErrorCodes);
    }

    private static LastDiscoveryResponse lastDiscovery(IntegrationEntity integration) {
        if (integration.lastRunId == null) {
            return null;
        }
        return new LastDiscoveryResponse(
                integration.lastRunId,
                integration.lastRunSequence,
                integration.lastRunTrigger,
                integration.lastRunStatus,
                integration.lastRunStartedAt,
                integration.lastRunFinishedAt,
                integration.lastRunOrganizationId,
                integration.lastRunRootId,
                integration.lastRunOuCount,
                integration.lastRunAccountCount,
                integration.lastRunRoleCheckFailures);
    }
}
