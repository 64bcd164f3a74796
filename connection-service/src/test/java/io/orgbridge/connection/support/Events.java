package io.orgbridge.connection.support;

import java.time.Instant;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.discovery.DiscoveryFailed;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.integration.IntegrationData;

/** Encoded CloudEvents as the other services publish them. */
public final class Events {

    private Events() {}

    public static String integration(String type, IntegrationData data) {
        CloudEvent event = EventCodec.create(
                "/orgbridge/integration-service", type, data.id(), data.tenantId(), data.orgId(), data, Instant.now());
        return EventCodec.encode(event);
    }

    public static String created(IntegrationData data) {
        return integration(EventTypes.INTEGRATION_CREATED, data);
    }

    public static String updated(IntegrationData data) {
        return integration(EventTypes.INTEGRATION_UPDATED, data);
    }

    public static String deleted(IntegrationData data) {
        return integration(EventTypes.INTEGRATION_DELETED, data);
    }

    public static String completed(OrganizationSnapshot snapshot) {
        CloudEvent event = EventCodec.create(
                "/orgbridge/discovery-service",
                EventTypes.DISCOVERY_COMPLETED,
                snapshot.runId(),
                null,
                null,
                snapshot,
                Instant.now());
        return EventCodec.encode(event);
    }

    public static String failed(String integrationId, long runSequence) {
        DiscoveryFailed failed = new DiscoveryFailed(
                String.format("run_%020d", runSequence),
                integrationId,
                1,
                runSequence,
                "schedule",
                Instant.now(),
                Instant.now(),
                "ListRoots",
                "AccessDeniedException",
                "not authorized");
        CloudEvent event = EventCodec.create(
                "/orgbridge/discovery-service",
                EventTypes.DISCOVERY_FAILED,
                failed.runId(),
                null,
                null,
                failed,
                Instant.now());
        return EventCodec.encode(event);
    }
}
