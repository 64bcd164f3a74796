package io.orgbridge.integration.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.integration.service.IntegrationOwner;

/** Queries of live (not deleted) integrations, scoped to their org or tenant. */
@ApplicationScoped
public class IntegrationRepository implements PanacheRepositoryBase<IntegrationEntity, String> {

    private static final String IN_ORG = "deletedAt is null and orgId = :owner";
    private static final String IN_TENANT = "deletedAt is null and orgId is null and tenantId = :owner";
    private static final String LOCK = "select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))";

    /**
     * Takes the transaction-scoped advisory lock that serializes handle changes among integrations
     * whose handles must differ (see {@link IntegrationOwner#handleLockKey()}).
     */
    public Uni<Void> lockHandles(IntegrationOwner owner) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK)
                        .setParameter("key", owner.handleLockKey())
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<IntegrationEntity> findLive(IntegrationOwner owner, String handle) {
        return find(scopeQuery(owner) + " and handle = :handle", scopeParameters(owner, handle))
                .firstResult();
    }

    /** Finds a live integration and locks its row until the transaction ends. */
    public Uni<IntegrationEntity> findLiveForUpdate(IntegrationOwner owner, String handle) {
        return find(scopeQuery(owner) + " and handle = :handle", scopeParameters(owner, handle))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** Finds a live integration by id and locks its row until the transaction ends. */
    public Uni<IntegrationEntity> findLiveByIdForUpdate(String id) {
        return find("deletedAt is null and id = ?1", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** Lists the owner's live integrations by handle; {@code size} rows from {@code offset}. */
    public Uni<List<IntegrationEntity>> listLive(IntegrationOwner owner, int offset, int size) {
        return find(scopeQuery(owner), Sort.by("handle").and("id"), Map.<String, Object>of("owner", ownerId(owner)))
                .range(offset, offset + size - 1)
                .list();
    }

    /**
     * Finds a live integration, other than {@code excludeId}, whose handle {@code handle} would clash
     * with one of {@code owner}: in the same org; for an org of a custom tenant also among the
     * tenant's own integrations; for a custom tenant among all integrations of the tenant and its
     * orgs.
     */
    public Uni<IntegrationEntity> findHandleConflict(IntegrationOwner owner, String handle, String excludeId) {
        String scope;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("handle", handle);
        parameters.put("exclude", excludeId == null ? "" : excludeId);
        if (!owner.isOrg()) {
            scope = "tenantId = :tenant";
            parameters.put("tenant", owner.tenantId());
        } else if (owner.tenantCustom()) {
            scope = "(orgId = :org or (orgId is null and tenantId = :tenant))";
            parameters.put("org", owner.orgId());
            parameters.put("tenant", owner.tenantId());
        } else {
            scope = "orgId = :org";
            parameters.put("org", owner.orgId());
        }
        return find("deletedAt is null and handle = :handle and id <> :exclude and " + scope, Sort.by("id"), parameters)
                .firstResult();
    }

    private static String scopeQuery(IntegrationOwner owner) {
        return owner.isOrg() ? IN_ORG : IN_TENANT;
    }

    private static Map<String, Object> scopeParameters(IntegrationOwner owner, String handle) {
        return Map.of("owner", ownerId(owner), "handle", handle);
    }

    private static String ownerId(IntegrationOwner owner) {
        return owner.isOrg() ? owner.orgId() : owner.tenantId();
    }
}
