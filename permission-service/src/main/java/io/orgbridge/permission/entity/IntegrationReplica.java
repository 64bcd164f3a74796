package io.orgbridge.permission.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * Replica of an integration from {@code integration-events}: its scope and its initial
 * permissions. A deleted integration stays as a tombstone, so late connection events of it are
 * ignored.
 */
@Entity
@Table(name = "integration_replica")
public class IntegrationReplica extends PanacheEntityBase {

    public static final String SCOPE_ORG = "org";
    public static final String SCOPE_TENANT = "tenant";

    @Id
    public String id;

    public String tenantId;
    public String orgId;
    public String scope;
    public String handle;
    public long versionId;
    /** The {@code permissions} setting as JSON ({@code {"mode": ..., "workspaces": [...]}}). */
    public String permissions;
    /** The root folder id and settings last turned into grants, as {@code <folder id> <settings JSON>}. */
    public String appliedPermissions;

    public boolean deleted;

    public boolean isOrgScope() {
        return SCOPE_ORG.equals(scope);
    }
}
