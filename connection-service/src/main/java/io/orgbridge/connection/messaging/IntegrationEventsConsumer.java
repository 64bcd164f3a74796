package io.orgbridge.connection.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.orgbridge.connection.service.IntegrationReplicaService;
import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.platform.messaging.EventConsumer;
import io.orgbridge.platform.messaging.EventHandlers;

/** Consumes {@code integration-events}: created, updated and deleted integrations, each once per event id. */
@ApplicationScoped
public class IntegrationEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public IntegrationEventsConsumer(EventConsumer consumer, IntegrationReplicaService integrations) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on(EventTypes.INTEGRATION_CREATED, event -> integrations.upsert(data(event)))
                .on(EventTypes.INTEGRATION_UPDATED, event -> integrations.upsert(data(event)))
                .on(EventTypes.INTEGRATION_DELETED, event -> integrations.delete(data(event)));
    }

    @Incoming(Topics.INTEGRATION_EVENTS)
    public Uni<Void> consume(String value) {
        return consumer.once(Topics.INTEGRATION_EVENTS, value, handlers);
    }

    private static IntegrationData data(CloudEvent event) {
        return EventCodec.data(event, IntegrationData.class);
    }
}
