package io.orgbridge.connection.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Stores a {@link TreeChanges} and publishes its events in the caller's transaction. Updated
 * entities are already managed, so the flush at commit writes them; unchanged ones are not written.
 */
@ApplicationScoped
public class TreeWriter {

    private final ConnectionEventPublisher publisher;

    public TreeWriter(ConnectionEventPublisher publisher) {
        this.publisher = publisher;
    }

    public Uni<Void> write(TreeChanges changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.persistAll(changes.createdFolders().toArray())
                        .chain(() ->
                                session.persistAll(changes.createdConnections().toArray()))
                        .chain(() ->
                                session.removeAll(changes.deletedConnections().toArray()))
                        .chain(() -> session.removeAll(changes.deletedFolders().toArray()))
                        // The parent and handle constraints are deferred to commit, so statement order does not matter.
                        .chain(session::flush))
                .chain(() -> publisher.publish(changes));
    }
}
