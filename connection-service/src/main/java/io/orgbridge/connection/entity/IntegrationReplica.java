package io.orgbridge.connection.entity;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The part of an integration this service needs, kept in step with {@code integration-events}.
 * A deleted integration keeps its row with {@link #deleted} set, so late events are ignored.
 */
@Entity
@Table(name = "integration_replica")
public class IntegrationReplica extends PanacheEntityBase {

    public static final String SCOPE_ORG = "org";
    public static final String SCOPE_TENANT = "tenant";

    @Id
    public String id;

    public String handle;

    /** {@code org} or {@code tenant}. */
    public String scope;

    /** The org id for org integrations, the tenant id for tenant ones: the namespace of connection handles. */
    @Column(name = "scope_id")
    public String scopeId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "tenant_handle")
    public String tenantHandle;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "org_handle")
    public String orgHandle;

    @Column(name = "version_id")
    public long versionId;

    public boolean deleted;

    @Column(name = "handle_prefix")
    public String handlePrefix;

    @Column(name = "role_name")
    public String roleName;

    @Column(name = "external_id")
    public String externalId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;

    @Column(name = "default_region")
    public String defaultRegion;

    @Column(name = "max_error_retry_attempts")
    public int maxErrorRetryAttempts;

    /** Milliseconds. */
    @Column(name = "min_error_retry_delay")
    public int minErrorRetryDelay;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ignore_error_codes")
    public List<String> ignoreErrorCodes;

    /** Run sequence of the last snapshot that changed something; null before the first one. */
    @Column(name = "last_applied_run_sequence")
    public Long lastAppliedRunSequence;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isOrgScoped() {
        return SCOPE_ORG.equals(scope);
    }
}
