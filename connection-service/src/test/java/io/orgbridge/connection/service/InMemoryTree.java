package io.orgbridge.connection.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.events.discovery.OrganizationSnapshot;

/** One integration's tree kept in memory, changed the way the database would be by {@link TreeWriter}. */
final class InMemoryTree {

    final IntegrationReplica integration;
    final List<FolderEntity> folders = new ArrayList<>();
    final List<ConnectionEntity> connections = new ArrayList<>();
    final Set<String> otherHandles = new HashSet<>();
    private final AtomicInteger ids = new AtomicInteger();
    private Instant now = Instant.parse("2026-01-05T10:00:00Z");

    InMemoryTree(IntegrationReplica integration) {
        this.integration = integration;
        folders.add(IntegrationFolders.newRoot(integration, nextId(), now));
    }

    TreeChanges apply(OrganizationSnapshot snapshot) {
        now = now.plusSeconds(60);
        FolderEntity root = root();
        List<FolderEntity> others =
                folders.stream().filter(folder -> !folder.integrationRoot).toList();
        var input = new TreeReconciler.Input(
                integration, root, others, List.copyOf(connections), takenHandles(), snapshot, now);
        TreeChanges changes = TreeReconciler.reconcile(input, this::nextId);
        store(changes);
        return changes;
    }

    void store(TreeChanges changes) {
        folders.addAll(changes.createdFolders());
        connections.addAll(changes.createdConnections());
        connections.removeAll(changes.deletedConnections());
        folders.removeAll(changes.deletedFolders());
    }

    Set<String> takenHandles() {
        Set<String> taken = new HashSet<>(otherHandles);
        connections.forEach(connection -> taken.add(connection.handle));
        return taken;
    }

    FolderEntity root() {
        return folders.stream()
                .filter(folder -> folder.integrationRoot)
                .findFirst()
                .orElseThrow();
    }

    FolderEntity folderOfUnit(String ouId) {
        return folders.stream()
                .filter(folder -> ouId.equals(folder.ouId))
                .findFirst()
                .orElseThrow();
    }

    Optional<ConnectionEntity> connectionOf(String accountId) {
        return connections.stream()
                .filter(connection -> connection.accountId.equals(accountId))
                .findFirst();
    }

    Map<String, String> handlesByAccount() {
        return connections.stream().collect(Collectors.toMap(c -> c.accountId, c -> c.handle));
    }

    Map<String, Long> versionsById() {
        Map<String, Long> versions = folders.stream().collect(Collectors.toMap(f -> f.id, f -> f.versionId));
        versions.putAll(connections.stream().collect(Collectors.toMap(c -> c.id, c -> c.versionId)));
        return versions;
    }

    Map<String, FolderEntity> foldersById() {
        return folders.stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
    }

    Instant now() {
        return now;
    }

    private String nextId() {
        return String.format("c_%020d", ids.incrementAndGet());
    }
}
