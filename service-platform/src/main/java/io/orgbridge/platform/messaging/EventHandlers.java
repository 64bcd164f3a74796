package io.orgbridge.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

import io.orgbridge.events.CloudEvent;

/** Handlers of one consumer, by CloudEvents type. Types without a handler are skipped. */
public final class EventHandlers {

    private final Map<String, Function<CloudEvent, Uni<Void>>> handlers = new HashMap<>();

    public EventHandlers on(String type, Function<CloudEvent, Uni<Void>> handler) {
        handlers.put(type, handler);
        return this;
    }

    Optional<Function<CloudEvent, Uni<Void>>> forType(String type) {
        return Optional.ofNullable(handlers.get(type));
    }
}
