package io.orgbridge.connection.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.orgbridge.connection.service.SnapshotService;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.platform.messaging.EventConsumer;
import io.orgbridge.platform.messaging.EventHandlers;

/**
 * Consumes {@code discovery-events}. Only {@code discovery.completed} matters here; it is applied
 * without an inbox record, because a snapshot that matches the stored tree must write nothing.
 * A failed run changes nothing.
 */
@ApplicationScoped
public class DiscoveryEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public DiscoveryEventsConsumer(EventConsumer consumer, SnapshotService snapshots) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on(
                        EventTypes.DISCOVERY_COMPLETED,
                        event -> snapshots.apply(EventCodec.data(event, OrganizationSnapshot.class)));
    }

    @Incoming(Topics.DISCOVERY_EVENTS)
    public Uni<Void> consume(String value) {
        return consumer.idempotent(Topics.DISCOVERY_EVENTS, value, handlers);
    }
}
