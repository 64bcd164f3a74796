package io.orgbridge.permission.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.permission.service.IntegrationReplicaService;
import io.orgbridge.platform.messaging.EventConsumer;
import io.orgbridge.platform.messaging.EventHandlers;

/** Follows integrations for their initial permissions and their deletion. */
@ApplicationScoped
public class IntegrationEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public IntegrationEventsConsumer(EventConsumer consumer, IntegrationReplicaService integrations) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on(EventTypes.INTEGRATION_CREATED, integrations::applyIntegration)
                .on(EventTypes.INTEGRATION_UPDATED, integrations::applyIntegration)
                .on(EventTypes.INTEGRATION_DELETED, integrations::deleteIntegration);
    }

    @Incoming(Topics.INTEGRATION_EVENTS)
    public Uni<Void> consume(String value) {
        return consumer.once(Topics.INTEGRATION_EVENTS, value, handlers);
    }
}
