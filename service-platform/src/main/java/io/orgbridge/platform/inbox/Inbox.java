package io.orgbridge.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import io.orgbridge.events.CloudEvent;

/** Remembers consumed event ids so that a redelivered event is recognised. */
@ApplicationScoped
public class Inbox {

    private static final String RECORD =
            "insert into inbox_event (event_id, event_type) values (:id, :type) on conflict (event_id) do nothing";

    /** Records the event inside the caller's transaction; emits true when this is its first delivery. */
    public Uni<Boolean> firstDelivery(CloudEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("id", event.id())
                        .setParameter("type", event.type())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
