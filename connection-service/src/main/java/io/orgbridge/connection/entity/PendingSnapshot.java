package io.orgbridge.connection.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The newest snapshot of an integration this service has not heard of yet. The two topics are
 * consumed independently, so a snapshot can arrive before its integration's created event; it is
 * applied when that event arrives.
 */
@Entity
@Table(name = "pending_snapshot")
public class PendingSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "integration_id")
    public String integrationId;

    @Column(name = "run_sequence")
    public long runSequence;

    /** The {@code discovery.completed} event data as JSON. */
    public String payload;

    @Column(name = "received_at")
    public Instant receivedAt;
}
