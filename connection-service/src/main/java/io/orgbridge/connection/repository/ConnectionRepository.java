package io.orgbridge.connection.repository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.ConnectionEntity;

/** Connections. */
@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<ConnectionEntity, String> {

    private static final String HANDLES_IN_SCOPE = "select c.handle from ConnectionEntity c where c.scopeId = :scopeId";

    public Uni<List<ConnectionEntity>> listByIntegration(String integrationId) {
        return list("integrationId", Sort.by("accountId"), integrationId);
    }

    /** Lists every connection of a tenant or org, optionally of one integration only. */
    public Uni<List<ConnectionEntity>> listByScope(String scopeId, String integrationId) {
        if (integrationId == null) {
            return list("scopeId", Sort.by("handle"), scopeId);
        }
        return list("scopeId = ?1 and integrationId = ?2", Sort.by("handle"), scopeId, integrationId);
    }

    public Uni<List<ConnectionEntity>> page(String scopeId, String integrationId, int offset, int count) {
        var query = integrationId == null
                ? find("scopeId", Sort.by("handle"), scopeId)
                : find("scopeId = ?1 and integrationId = ?2", Sort.by("handle"), scopeId, integrationId);
        return query.range(offset, offset + count - 1).list();
    }

    public Uni<ConnectionEntity> findByHandle(String scopeId, String handle) {
        return find("scopeId = ?1 and handle = ?2", scopeId, handle).firstResult();
    }

    /** Lists every handle in use in a tenant or org, the namespace that generated and hand-set handles share. */
    public Uni<Set<String>> handlesInScope(String scopeId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(HANDLES_IN_SCOPE, String.class)
                        .setParameter("scopeId", scopeId)
                        .getResultList())
                .map(HashSet::new);
    }
}
