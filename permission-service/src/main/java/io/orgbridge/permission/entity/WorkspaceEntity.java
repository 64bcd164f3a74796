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

/** A workspace of an org; its handle is unique within the org. */
@Entity
@Table(name = "workspace")
public class WorkspaceEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String orgId;
    public String tenantId;
    public String handle;
    public long versionId;
    public Instant createdAt;
    public String createdById;
    public Instant updatedAt;
    public String updatedById;

    public static Uni<WorkspaceEntity> findInOrg(String orgId, String handle) {
        return find("orgId = ?1 and handle = ?2", orgId, handle).firstResult();
    }

    /** Workspaces with this handle in any org of the tenant. */
    public static Uni<List<WorkspaceEntity>> listInTenantByHandle(String tenantId, String handle) {
        return list("tenantId = ?1 and handle = ?2", tenantId, handle);
    }

    /** Ids of the orgs of a tenant, or of the one org given, that have at least one workspace. */
    public static Uni<List<String>> listOrgIdsWithWorkspaces(String tenantId, String orgId) {
        String query = orgId != null
                ? "select distinct w.orgId from WorkspaceEntity w where w.orgId = ?1"
                : "select distinct w.orgId from WorkspaceEntity w where w.tenantId = ?1";
        return find(query, orgId != null ? orgId : tenantId)
                .project(String.class)
                .list();
    }

    public static Uni<List<WorkspaceEntity>> listByIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }

    public static Uni<List<WorkspaceEntity>> listInOrgPage(String orgId, int offset, int fetchSize) {
        return find("orgId", Sort.by("handle"), orgId)
                .range(offset, offset + fetchSize - 1)
                .list();
    }
}
