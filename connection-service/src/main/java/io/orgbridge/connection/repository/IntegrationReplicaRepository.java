package io.orgbridge.connection.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.platform.security.Scope;

/** Integration replicas, and the mapping from tenant and org handles to their ids. */
@ApplicationScoped
public class IntegrationReplicaRepository implements PanacheRepositoryBase<IntegrationReplica, String> {

    private static final String ADVISORY_LOCK =
            "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) as locked";
    private static final String ADVISORY_LOCK_PREFIX = "connection-service/integration/";

    /**
     * Loads the replica and locks its row until the transaction ends. Every change to an
     * integration's tree takes this lock first, so snapshots, integration events and user edits
     * of one integration never interleave.
     */
    public Uni<IntegrationReplica> findForUpdate(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Takes a transaction-scoped advisory lock on the integration id, then loads and locks the
     * replica. Unlike a row lock it also works before the row exists: a snapshot that races the
     * integration's created event waits for it, instead of missing the new row and being parked
     * after the created event already looked for parked snapshots.
     */
    public Uni<IntegrationReplica> lockAndFind(String id) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ADVISORY_LOCK, Integer.class)
                        .setParameter("key", ADVISORY_LOCK_PREFIX + id)
                        .getSingleResult())
                .chain(() -> findForUpdate(id));
    }

    /**
     * Resolves the id of the tenant or org a URL names, through the handles that integration events
     * carry. Emits null when no integration of that tenant or org has been seen. The newest replica
     * wins, so a renamed handle takes effect with the next event of any of its integrations.
     */
    public Uni<String> findScopeId(Scope scope) {
        if (scope.isOrg()) {
            return find(
                            "orgHandle = ?1 and scope = ?2",
                            Sort.descending("updatedAt"),
                            scope.handle(),
                            IntegrationReplica.SCOPE_ORG)
                    .firstResult()
                    .map(replica -> replica == null ? null : replica.orgId);
        }
        return find("tenantHandle", Sort.descending("updatedAt"), scope.handle())
                .firstResult()
                .map(replica -> replica == null ? null : replica.tenantId);
    }
}
