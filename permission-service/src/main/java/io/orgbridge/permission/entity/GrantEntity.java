package io.orgbridge.permission.entity;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * A grant of a folder or connection to a tenant, an org or one workspace. {@code tenantId},
 * {@code orgId} and {@code integrationId} describe the granted item, not the target.
 */
@Entity
@Table(name = "permission_grant")
public class GrantEntity extends PanacheEntityBase {

    public static final String RESOURCE_FOLDER = "folder";
    public static final String RESOURCE_CONNECTION = "connection";
    public static final String TARGET_TENANT = "tenant";
    public static final String TARGET_ORG = "org";
    public static final String TARGET_WORKSPACE = "workspace";
    /** Made through the REST API. */
    public static final String ORIGIN_USER = "user";
    /** Made from an integration's initial permissions; integration updates adjust these. */
    public static final String ORIGIN_INTEGRATION = "integration";

    @Id
    public String id;

    public String resourceType;
    public String resourceId;
    public String tenantId;
    public String orgId;
    public String integrationId;
    public String targetType;
    public String targetId;
    public String origin;
    public long versionId;
    public Instant createdAt;
    public String createdById;
    public Instant updatedAt;
    public String updatedById;

    public static Uni<GrantEntity> findSame(
            String resourceType, String resourceId, String targetType, String targetId) {
        return find(
                        "resourceType = ?1 and resourceId = ?2 and targetType = ?3 and targetId = ?4",
                        resourceType,
                        resourceId,
                        targetType,
                        targetId)
                .firstResult();
    }

    public static Uni<List<GrantEntity>> listOnResource(String resourceType, String resourceId) {
        return list(
                "resourceType = ?1 and resourceId = ?2", Sort.by("createdAt").and("id"), resourceType, resourceId);
    }

    public static Uni<List<GrantEntity>> listOnResourcePage(
            String resourceType, String resourceId, int offset, int fetchSize) {
        return find(
                        "resourceType = ?1 and resourceId = ?2",
                        Sort.by("createdAt").and("id"),
                        resourceType,
                        resourceId)
                .range(offset, offset + fetchSize - 1)
                .list();
    }

    public static Uni<List<GrantEntity>> listTargeting(String targetType, String targetId) {
        return list("targetType = ?1 and targetId = ?2", Sort.by("id"), targetType, targetId);
    }

    public static Uni<List<GrantEntity>> listOnIntegrationItems(String integrationId) {
        return list("integrationId", Sort.by("id"), integrationId);
    }

    public static Uni<List<GrantEntity>> listFromIntegration(String integrationId) {
        return list("integrationId = ?1 and origin = ?2", Sort.by("id"), integrationId, ORIGIN_INTEGRATION);
    }
}
