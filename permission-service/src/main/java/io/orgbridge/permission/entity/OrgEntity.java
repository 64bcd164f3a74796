package io.orgbridge.permission.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** An org of a tenant, with its plan ({@code free}, {@code team} or {@code enterprise}). */
@Entity
@Table(name = "org")
public class OrgEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String handle;
    public String displayName;
    public String plan;
    public String tenantId;
    public long versionId;
    public Instant createdAt;
    public String createdById;
    public Instant updatedAt;
    public String updatedById;

    public static Uni<OrgEntity> findByHandle(String handle) {
        return find("handle", handle).firstResult();
    }

    public static Uni<List<OrgEntity>> listByIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }

    public static Uni<List<String>> listIdsOfTenant(String tenantId) {
        return find("select o.id from OrgEntity o where o.tenantId = ?1", tenantId)
                .project(String.class)
                .list();
    }

    public static Uni<List<OrgEntity>> listAllPage(int offset, int fetchSize) {
        return findAll(Sort.by("handle")).range(offset, offset + fetchSize - 1).list();
    }

    /** Orgs named in {@code handles} or belonging to one of the custom tenants named in {@code tenantHandles}. */
    public static Uni<List<OrgEntity>> listVisiblePage(
            Collection<String> handles, Collection<String> tenantHandles, int offset, int fetchSize) {
        String query =
                "handle in ?1 or tenantId in (select t.id from TenantEntity t where t.custom = true and t.handle in ?2)";
        return find(query, Sort.by("handle"), handles, tenantHandles)
                .range(offset, offset + fetchSize - 1)
                .list();
    }
}
