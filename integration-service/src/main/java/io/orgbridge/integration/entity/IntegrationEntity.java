package io.orgbridge.integration.entity;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One AWS integration of an org ({@code orgId} set) or of a custom tenant ({@code orgId} null).
 *
 * <p>{@code versionId} counts user changes only: discovery results update the state without
 * bumping it, because every version is published on {@code integration-events} and discovery runs
 * refer to it. The discovery secret key is stored sealed under the storage key and never leaves
 * this class in plain text; {@link #toString()} leaves it out. Updates write only the changed
 * columns, and every writer locks the row first, so user changes and discovery results never
 * overwrite each other.
 */
@Entity
@Table(name = "integration")
@DynamicUpdate
public class IntegrationEntity extends PanacheEntityBase {

    public static final String TYPE_AWS = "aws";
    public static final String STATE_PENDING = "pending";
    public static final String STATE_ENABLED = "enabled";
    public static final String STATE_DISABLED = "disabled";
    public static final String STATE_ERROR = "error";

    @Id
    public String id;

    public String handle;
    public String type;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "tenant_handle")
    public String tenantHandle;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "org_handle")
    public String orgHandle;

    public String state;

    @Column(name = "state_reason")
    public String stateReason;

    @Column(name = "discovery_mode")
    public String discoveryMode;

    @Column(name = "discovery_role_arn")
    public String discoveryRoleArn;

    @Column(name = "discovery_external_id")
    public String discoveryExternalId;

    @Column(name = "discovery_access_key")
    public String discoveryAccessKey;

    @Column(name = "discovery_secret_sealed")
    public String discoverySecretSealed;

    @Column(name = "discovery_version")
    public long discoveryVersion;

    @Column(name = "handle_prefix")
    public String handlePrefix;

    @Column(name = "role_name")
    public String roleName;

    @Column(name = "external_id")
    public String externalId;

    @Convert(converter = StringListConverter.class)
    public List<String> regions;

    @Column(name = "default_region")
    public String defaultRegion;

    @Column(name = "max_error_retry_attempts")
    public int maxErrorRetryAttempts;

    @Column(name = "min_error_retry_delay")
    public int minErrorRetryDelay;

    @Column(name = "ignore_error_codes")
    @Convert(converter = StringListConverter.class)
    public List<String> ignoreErrorCodes;

    @Column(name = "permissions_mode")
    public String permissionsMode;

    @Column(name = "permissions_workspaces")
    @Convert(converter = StringListConverter.class)
    public List<String> permissionsWorkspaces;

    @Column(name = "last_run_id")
    public String lastRunId;

    @Column(name = "last_run_sequence")
    public Long lastRunSequence;

    @Column(name = "last_run_trigger")
    public String lastRunTrigger;

    @Column(name = "last_run_status")
    public String lastRunStatus;

    @Column(name = "last_run_started_at")
    public Instant lastRunStartedAt;

    @Column(name = "last_run_finished_at")
    public Instant lastRunFinishedAt;

    @Column(name = "last_run_organization_id")
    public String lastRunOrganizationId;

    @Column(name = "last_run_root_id")
    public String lastRunRootId;

    @Column(name = "last_run_ou_count")
    public Integer lastRunOuCount;

    @Column(name = "last_run_account_count")
    public Integer lastRunAccountCount;

    @Column(name = "last_run_role_check_failures")
    public Integer lastRunRoleCheckFailures;

    @Column(name = "version_id")
    public long versionId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by_id")
    public String createdById;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by_id")
    public String updatedById;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by_id")
    public String deletedById;

    public boolean isOrgLevel() {
        return orgId != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    @Override
    public String toString() {
        return "IntegrationEntity[id=" + id + ", handle=" + handle + ", tenantId=" + tenantId + ", orgId=" + orgId
                + ", state=" + state + ", versionId=" + versionId + "]";
    }
}
