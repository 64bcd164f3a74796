package io.orgbridge.discovery.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One discovery run of an integration: queued, running, then succeeded or failed. */
@Entity
@Table(name = "discovery_run")
public class DiscoveryRun extends PanacheEntityBase {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public static final String TRIGGER_CREATED = "created";
    public static final String TRIGGER_UPDATED = "updated";
    public static final String TRIGGER_REFRESH = "refresh";
    public static final String TRIGGER_SCHEDULE = "schedule";

    @Id
    public String id;

    @Column(name = "integration_id")
    public String integrationId;

    /** The integration's version_id when the run was queued, updated when it starts. */
    @Column(name = "integration_version")
    public long integrationVersion;

    /** Grows by one for each run of the integration. */
    @Column(name = "run_sequence")
    public long runSequence;

    public String trigger;

    public String state;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    @Column(name = "ou_count")
    public Integer ouCount;

    @Column(name = "account_count")
    public Integer accountCount;

    /**
     * The AWS call that failed, with its argument in brackets when it takes one, such as
     * {@code ListAccountsForParent(ou-ex4m-00008104)} or {@code DescribeOrganization}.
     */
    @Column(name = "failed_call")
    public String failedCall;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;
}
