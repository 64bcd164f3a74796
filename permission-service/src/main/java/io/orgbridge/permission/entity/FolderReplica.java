package io.orgbridge.permission.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A connection folder as last seen on {@code connection-events}; deleted folders stay as tombstones. */
@Entity
@Table(name = "tree_folder")
public class FolderReplica extends PanacheEntityBase {

    @Id
    public String id;

    public String tenantId;
    public String orgId;
    public String integrationId;
    public String parentId;
    public String title;
    public boolean integrationRoot;
    public long versionId;
    public boolean deleted;

    /** Finds the live top-level folder of an integration; null while connection-service has not published it. */
    public static Uni<FolderReplica> findIntegrationRoot(String integrationId) {
        return find("integrationId = ?1 and integrationRoot = true and deleted = false", integrationId)
                .firstResult();
    }
}
