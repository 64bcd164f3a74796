package io.orgbridge.permission.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.permission.service.TreeReplicaService;
import io.orgbridge.platform.messaging.EventConsumer;
import io.orgbridge.platform.messaging.EventHandlers;

/** Follows the folder and connection tree that connection-service publishes. */
@ApplicationScoped
public class ConnectionEventsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public ConnectionEventsConsumer(EventConsumer consumer, TreeReplicaService tree) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on(EventTypes.FOLDER_CREATED, tree::applyFolder)
                .on(EventTypes.FOLDER_UPDATED, tree::applyFolder)
                .on(EventTypes.FOLDER_DELETED, tree::deleteFolder)
                .on(EventTypes.CONNECTION_CREATED, tree::applyConnection)
                .on(EventTypes.CONNECTION_UPDATED, tree::applyConnection)
                .on(EventTypes.CONNECTION_DELETED, tree::deleteConnection);
    }

    @Incoming(Topics.CONNECTION_EVENTS)
    public Uni<Void> consume(String value) {
        return consumer.once(Topics.CONNECTION_EVENTS, value, handlers);
    }
}
