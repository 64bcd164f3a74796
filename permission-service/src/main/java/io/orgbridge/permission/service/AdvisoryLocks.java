package io.orgbridge.permission.service;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Transaction-scoped PostgreSQL advisory locks. Each kind of lock uses its own first key, so an
 * org lock and an integration lock never share a key. The event handlers take the integration
 * lock before any org lock, and org locks are taken in id order, so two transactions cannot
 * deadlock on them.
 */
final class AdvisoryLocks {

    private static final int ORG = 1;
    private static final int INTEGRATION = 2;

    private static final String LOCK_ONE = "select count(pg_advisory_xact_lock(:kind, hashtext(:id)))";
    private static final String LOCK_ORGS = "select count(pg_advisory_xact_lock(:kind, hashtext(o.id)))"
            + " from (select id from org where id in (:ids) order by id) o";

    private AdvisoryLocks() {}

    /**
     * Serialises the handling of one integration's events. integration-events and
     * connection-events are consumed in parallel, so without it an integration's settings and its
     * root folder could commit side by side, each transaction missing the other.
     */
    static Uni<Void> integration(String integrationId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_ONE, Object.class)
                        .setParameter("kind", INTEGRATION)
                        .setParameter("id", integrationId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Serialises the recomputes of these orgs' workspace connections. */
    static Uni<Void> orgs(List<String> orgIds) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_ORGS, Object.class)
                        .setParameter("kind", ORG)
                        .setParameter("ids", orgIds)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
