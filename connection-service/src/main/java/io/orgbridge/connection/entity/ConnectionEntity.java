package io.orgbridge.connection.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A connection to one AWS account, placed in the folder of the account's organizational unit. */
@Entity
@Table(name = "connection")
public class ConnectionEntity extends PanacheEntityBase {

    public static final String PLUGIN_AWS = "aws";
    public static final String HANDLE_DYNAMIC = "dynamic";
    public static final String HANDLE_STATIC = "static";
    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";
    public static final String CONFIG_INHERITED = "inherited";
    public static final String CONFIG_SELF = "self";

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

    @Column(name = "parent_id")
    public String parentId;

    /** The schema name in workspaces; unique per scope. */
    public String handle;

    /** {@code dynamic} (generated) or {@code static} (set by a user; survives syncs and prefix changes). */
    @Column(name = "handle_mode")
    public String handleMode;

    /** The generated handle, kept up to date even while a static handle is in use. */
    @Column(name = "handle_dynamic")
    public String handleDynamic;

    public String plugin;

    /** {@code enabled} or {@code disabled}. */
    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "account_name")
    public String accountName;

    @Column(name = "account_state")
    public String accountState;

    /** The root's and OU names from the root down, joined by {@code /}. */
    @Column(name = "ou_path")
    public String ouPath;

    @JdbcTypeCode(SqlTypes.JSON)
    public AwsConnectionSettings config;

    /** {@code inherited} (follows the integration) or {@code self} (set on this connection). */
    @Column(name = "config_source")
    public String configSource;

    @Column(name = "version_id")
    public long versionId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The user who last changed the connection by hand; null when only the integration changed it. */
    @Column(name = "updated_by_id")
    public String updatedById;

    public boolean isDynamic() {
        return HANDLE_DYNAMIC.equals(handleMode);
    }

    public boolean isInherited() {
        return CONFIG_INHERITED.equals(configSource);
    }

    /** Records a change: bumps the version and the update time. */
    public void touch(Instant now) {
        versionId++;
        updatedAt = now;
    }
}
