package io.orgbridge.connection.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

import io.orgbridge.connection.entity.PendingSnapshot;

/** Snapshots waiting for their integration's created event. */
@ApplicationScoped
public class PendingSnapshotRepository implements PanacheRepositoryBase<PendingSnapshot, String> {}
