package io.orgbridge.discovery.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.orgbridge.discovery.service.IntegrationReplicaService;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.RefreshRequested;
import io.orgbridge.platform.messaging.EventConsumer;
import io.orgbridge.platform.messaging.EventHandlers;

/** Keeps the integration replica in step with {@code integration-events}; each event applies once. */
@ApplicationScoped
public class IntegrationEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public IntegrationEventsConsumer(EventConsumer consumer, IntegrationReplicaService replicas) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on(
                        EventTypes.INTEGRATION_CREATED,
                        event -> replicas.created(EventCodec.data(event, IntegrationData.class)))
                .on(
                        EventTypes.INTEGRATION_UPDATED,
                        event -> replicas.updated(EventCodec.data(event, IntegrationData.class)))
                .on(
                        EventTypes.INTEGRATION_DELETED,
                        event -> replicas.deleted(EventCodec.data(event, IntegrationData.class)))
                .on(
                        EventTypes.INTEGRATION_REFRESH_REQUESTED,
                        event -> replicas.refreshRequested(EventCodec.data(event, RefreshRequested.class)));
    }

    @Incoming(Topics.INTEGRATION_EVENTS)
    public Uni<Void> consume(String value) {
        return consumer.once(Topics.INTEGRATION_EVENTS, value, handlers);
    }
}
