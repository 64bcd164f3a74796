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

/** A tenant: the shared default tenant (plan {@code free}) or a custom tenant (plan {@code enterprise}). */
@Entity
@Table(name = "tenant")
public class TenantEntity extends PanacheEntityBase {

    public static final String DEFAULT_ID = "t_00000000000000000000";
    public static final String DEFAULT_HANDLE = "default";
    public static final String PLAN_FREE = "free";
    public static final String PLAN_ENTERPRISE = "enterprise";

    @Id
    public String id;

    public String handle;
    public String displayName;
    public String plan;
    public boolean custom;
    public long versionId;
    public Instant createdAt;
    public String createdById;
    public Instant updatedAt;
    public String updatedById;

    public static Uni<TenantEntity> findByHandle(String handle) {
        return find("handle", handle).firstResult();
    }

    public static Uni<List<TenantEntity>> listAllPage(int offset, int fetchSize) {
        return findAll(Sort.by("handle")).range(offset, offset + fetchSize - 1).list();
    }

    public static Uni<List<TenantEntity>> listByHandlesPage(Collection<String> handles, int offset, int fetchSize) {
        return find("handle in ?1", Sort.by("handle"), handles)
                .range(offset, offset + fetchSize - 1)
                .list();
    }
}
