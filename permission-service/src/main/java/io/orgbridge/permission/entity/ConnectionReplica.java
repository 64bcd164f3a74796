package io.orgbridge.permission.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A connection as last seen on {@code connection-events}; deleted connections stay as tombstones. */
@Entity
@Table(name = "tree_connection")
public class ConnectionReplica extends PanacheEntityBase {

    public static final String ENABLED = "enabled";

    @Id
    public String id;

    public String tenantId;
    public String orgId;
    public String integrationId;
    public String parentId;
    public String handle;
    public String plugin;
    public String status;
    public long versionId;
    public boolean deleted;
}
