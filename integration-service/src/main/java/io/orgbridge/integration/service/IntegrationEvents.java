package io.orgbridge.integration.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.integration.ConnectionSettings;
import io.orgbridge.events.integration.DiscoverySettings;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.events.integration.RefreshRequested;
import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.platform.outbox.Outbox;

/**
 * Writes integration events into the outbox, inside the caller's transaction. The discovery secret
 * key leaves only sealed under the transport key, and never in a deleted event.
 */
@ApplicationScoped
public class IntegrationEvents {

    public static final String SOURCE = "/orgbridge/integration-service";

    private final Outbox outbox;
    private final SecretCipher cipher;
    private final Clock clock;

    public IntegrationEvents(Outbox outbox, SecretCipher cipher, Clock clock) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Uni<Void> created(IntegrationEntity integration) {
        return publish(EventTypes.INTEGRATION_CREATED, integration, data(integration, true));
    }

    public Uni<Void> updated(IntegrationEntity integration) {
        return publish(EventTypes.INTEGRATION_UPDATED, integration, data(integration, true));
    }

    public Uni<Void> deleted(IntegrationEntity integration) {
        return publish(EventTypes.INTEGRATION_DELETED, integration, data(integration, false));
    }

    public Uni<Void> refreshRequested(IntegrationEntity integration, String requestedBy) {
        var data = new RefreshRequested(integration.id, integration.versionId, requestedBy);
        return publish(EventTypes.INTEGRATION_REFRESH_REQUESTED, integration, data);
    }

    private Uni<Void> publish(String type, IntegrationEntity integration, Object data) {
        Instant now = clock.instant();
        CloudEvent event =
                EventCodec.create(SOURCE, type, integration.id, integration.tenantId, integration.orgId, data, now);
        return outbox.add(Topics.INTEGRATION_EVENTS, integration.id, event);
    }

    private IntegrationData data(IntegrationEntity integration, boolean withSecret) {
        String sealedSecret = withSecret && integration.discoverySecretSealed != null
                ? cipher.storedToTransport(integration.discoverySecretSealed, integration.id)
                : null;
        var discovery = new DiscoverySettings(
                integration.discoveryMode,
                integration.discoveryRoleArn,
                integration.discoveryExternalId,
                integration.discoveryAccessKey,
                sealedSecret);
        var connection = new ConnectionSettings(
                integration.handlePrefix,
                integration.roleName,
                integration.externalId,
                integration.regions,
                integration.defaultRegion,
                integration.maxErrorRetryAttempts,
                integration.minErrorRetryDelay,
                integration.ignoreErrorCodes);
        var permissions = new PermissionSettings(integration.permissionsMode, integration.permissionsWorkspaces);
        return new IntegrationData(
                integration.id,
                integration.handle,
                integration.type,
                integration.isOrgLevel() ? IntegrationData.SCOPE_ORG : IntegrationData.SCOPE_TENANT,
                integration.tenantId,
                integration.tenantHandle,
                integration.orgId,
                integration.orgHandle,
                integration.versionId,
                integration.state,
                discovery,
                connection,
                permissions);
    }
}
