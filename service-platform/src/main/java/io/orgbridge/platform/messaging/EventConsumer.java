package io.orgbridge.platform.messaging;

import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.InvalidEventException;
import io.orgbridge.platform.inbox.Inbox;

/**
 * Runs a consumer's handler for one Kafka record value: decodes the CloudEvent, applies the
 * handler in one transaction together with the inbox record, and retries failures with backoff.
 *
 * <p>A value that is not a valid event is logged and skipped, because no retry can fix it. When
 * the retries of a valid event run out the failure reaches the channel, whose {@code fail}
 * strategy stops consumption and turns readiness down; the uncommitted offset is redelivered after
 * a restart.
 */
@ApplicationScoped
public class EventConsumer {

    private final Inbox inbox;
    private final int maxRetries;
    private final Duration initialBackoff;

    public EventConsumer(
            Inbox inbox,
            @ConfigProperty(name = "orgbridge.consumer.max-retries", defaultValue = "8") int maxRetries,
            @ConfigProperty(name = "orgbridge.consumer.initial-backoff", defaultValue = "PT0.2S")
                    Duration initialBackoff) {
        this.inbox = inbox;
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
    }

    /** Applies the event once per event id, recording the id in the inbox. */
    public Uni<Void> once(String topic, String value, EventHandlers handlers) {
        return dispatch(topic, value, handlers, (event, handler) -> inbox.firstDelivery(event)
                .chain(first -> {
                    if (!first) {
                        Log.debugf("Skipping redelivered event %s of type %s", event.id(), event.type());
                        return Uni.createFrom().voidItem();
                    }
                    return handler.apply(event);
                }));
    }

    /**
     * Applies the event without an inbox record, for handlers that are idempotent by state (they
     * compare the event with what is stored and write nothing when it is already applied).
     */
    public Uni<Void> idempotent(String topic, String value, EventHandlers handlers) {
        return dispatch(topic, value, handlers, (event, handler) -> handler.apply(event));
    }

    private Uni<Void> dispatch(String topic, String value, EventHandlers handlers, Step step) {
        CloudEvent event;
        try {
            event = EventCodec.decode(value);
        } catch (InvalidEventException e) {
            Log.errorf("Skipping a record on topic %s that is not a valid event: %s", topic, e.getMessage());
            return Uni.createFrom().voidItem();
        }
        var handler = handlers.forType(event.type());
        if (handler.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent decoded = event;
        return Uni.createFrom()
                .deferred(() -> Panache.withTransaction(() -> step.apply(decoded, handler.get())))
                .onFailure(failure -> !(failure instanceof InvalidEventException))
                .invoke(failure -> Log.warnf(
                        "Handling event %s of type %s from %s failed, retrying: %s",
                        decoded.id(), decoded.type(), topic, failure.getMessage()))
                .onFailure(failure -> !(failure instanceof InvalidEventException))
                .retry()
                .withBackOff(initialBackoff, Duration.ofSeconds(10))
                .atMost(maxRetries)
                .onFailure(InvalidEventException.class)
                .recoverWithUni(failure -> {
                    Log.errorf(
                            "Skipping event %s of type %s from %s: %s",
                            decoded.id(), decoded.type(), topic, failure.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    @FunctionalInterface
    private interface Step {
        Uni<Void> apply(CloudEvent event, Function<CloudEvent, Uni<Void>> handler);
    }
}
