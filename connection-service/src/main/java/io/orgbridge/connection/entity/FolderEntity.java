package io.orgbridge.connection.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A connection folder: an integration's top-level folder or the folder of one organizational unit.
 */
@Entity
@Table(name = "connection_folder")
public class FolderEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "scope_id")
    public String scopeId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "integration_id")
    public String integrationId;

    /** Null only for an integration's top-level folder. */
    @Column(name = "parent_id")
    public String parentId;

    public String title;

    /** {@code dynamic} while the title follows the OU name (or integration handle), {@code static} once a user set it. */
    @Column(name = "title_mode")
    public String titleMode;

    /** The AWS OU id; null for the top-level folder. */
    @Column(name = "ou_id")
    public String ouId;

    @Column(name = "integration_root")
    public boolean integrationRoot;

    @Column(name = "version_id")
    public long versionId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The user who last changed the folder by hand; null when only the integration changed it. */
    @Column(name = "updated_by_id")
    public String updatedById;

    /** Records a change: bumps the version and the update time. */
    public void touch(Instant now) {
        versionId++;
        updatedAt = now;
    }
}
