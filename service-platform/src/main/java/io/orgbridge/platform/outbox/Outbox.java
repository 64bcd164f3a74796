package io.orgbridge.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;

/**
 * Adds events to the outbox table inside the caller's transaction, so an event exists exactly
 * when the change it describes was committed. {@link OutboxRelay} sends them to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT =
            "insert into outbox_event (event_id, topic, record_key, payload) values (:id, :topic, :key, :payload)";

    /** Must run inside {@code Panache.withTransaction}. */
    public Uni<Void> add(String topic, String key, CloudEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("id", event.id())
                        .setParameter("topic", topic)
                        .setParameter("key", key)
                        .setParameter("payload", EventCodec.encode(event))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
