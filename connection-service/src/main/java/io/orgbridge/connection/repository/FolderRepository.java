package io.orgbridge.connection.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.FolderEntity;

/** Connection folders. */
@ApplicationScoped
public class FolderRepository implements PanacheRepositoryBase<FolderEntity, String> {

    public Uni<List<FolderEntity>> listByIntegration(String integrationId) {
        return list("integrationId", Sort.by("id"), integrationId);
    }

    /** Lists every folder of a tenant or org, optionally of one integration only. */
    public Uni<List<FolderEntity>> listByScope(String scopeId, String integrationId) {
        if (integrationId == null) {
            return list("scopeId", Sort.by("title").and("id"), scopeId);
        }
        return list("scopeId = ?1 and integrationId = ?2", Sort.by("title").and("id"), scopeId, integrationId);
    }

    public Uni<List<FolderEntity>> page(String scopeId, String integrationId, int offset, int count) {
        var query = integrationId == null
                ? find("scopeId", Sort.by("title").and("id"), scopeId)
                : find("scopeId = ?1 and integrationId = ?2", Sort.by("title").and("id"), scopeId, integrationId);
        return query.range(offset, offset + count - 1).list();
    }

    public Uni<FolderEntity> findInScope(String scopeId, String id) {
        return find("scopeId = ?1 and id = ?2", scopeId, id).firstResult();
    }
}
