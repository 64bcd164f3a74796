package io.orgbridge.connection.support;

import java.util.function.Supplier;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.messaging.DiscoveryEventsConsumer;
import io.orgbridge.connection.messaging.IntegrationEventsConsumer;
import io.orgbridge.events.integration.IntegrationData;

/** Builds state for REST tests by feeding events straight into the consumers. */
public final class Fixtures {

    private Fixtures() {}

    /** Creates the integration and imports Example Corp for it with run sequence 1. */
    public static void importExampleCorp(
            IntegrationEventsConsumer integrationEvents,
            DiscoveryEventsConsumer discoveryEvents,
            IntegrationData data) {
        run(() -> integrationEvents.consume(Events.created(data)));
        run(() -> discoveryEvents.consume(Events.completed(Snapshots.exampleCorp(data.id(), 1))));
    }

    public static void run(Supplier<Uni<Void>> action) {
        try {
            VertxContextSupport.subscribeAndAwait(action);
        } catch (Throwable e) {
            throw new AssertionError("consuming the event failed", e);
        }
    }
}
