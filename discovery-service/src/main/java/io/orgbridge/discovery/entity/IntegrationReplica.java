package io.orgbridge.discovery.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * Discovery settings and scope of one integration, copied from {@code integration-events}. A deleted
 * integration stays as a tombstone with its credentials cleared.
 */
@Entity
@Table(name = "integration_replica")
public class IntegrationReplica extends PanacheEntityBase {

    @Id
    public String id;

    public String handle;

    /** {@code org} or {@code tenant}. */
    public String scope;

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

    /** The integration's state as integration-service published it; {@code disabled} stops runs. */
    public String state;

    @Column(name = "discovery_mode")
    public String discoveryMode;

    @Column(name = "discovery_role_arn")
    public String discoveryRoleArn;

    @Column(name = "discovery_external_id")
    public String discoveryExternalId;

    @Column(name = "discovery_access_key_id")
    public String discoveryAccessKeyId;

    /** Sealed under the transport key with the integration id as associated data; never opened here. */
    @Column(name = "sealed_secret_key")
    public String sealedSecretKey;

    @Column(name = "connection_role_name")
    public String connectionRoleName;

    @Column(name = "connection_external_id")
    public String connectionExternalId;

    public boolean deleted;

    @Column(name = "last_run_sequence")
    public long lastRunSequence;

    @Column(name = "next_scheduled_at")
    public Instant nextScheduledAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public String toString() {
        return "IntegrationReplica[id=" + id + ", handle=" + handle + ", versionId=" + versionId + ", deleted="
                + deleted + "]";
    }
}
