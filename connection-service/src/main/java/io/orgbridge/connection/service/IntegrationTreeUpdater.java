package io.orgbridge.connection.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.connection.handle.HandleGenerator;
import io.orgbridge.connection.handle.HandleGenerator.HandleRequest;

/**
 * Applies a change of an integration's settings to its stored tree: a new handle renames the
 * top-level folder, a new handle prefix regenerates every dynamic handle, and new connection
 * settings reach every connection that inherits them. Each changed item gets one new version,
 * however many of these steps touched it. It does no I/O.
 */
public final class IntegrationTreeUpdater {

    private final IntegrationReplica integration;
    private final Instant now;
    private final Set<FolderEntity> changedFolders = new LinkedHashSet<>();
    private final Set<ConnectionEntity> changedConnections = new LinkedHashSet<>();

    /** @param integration the replica with its new settings already applied */
    public IntegrationTreeUpdater(IntegrationReplica integration, Instant now) {
        this.integration = integration;
        this.now = now;
    }

    /** Retitles the top-level folder after the integration handle, unless a user titled it. */
    public IntegrationTreeUpdater renameRoot(FolderEntity root) {
        if (root != null
                && IntegrationFolders.TITLE_DYNAMIC.equals(root.titleMode)
                && !integration.handle.equals(root.title)) {
            root.title = integration.handle;
            changedFolders.add(root);
        }
        return this;
    }

    /**
     * Releases every dynamic handle of the integration and assigns them again with the current
     * prefix, ACTIVE accounts first, then by account id. Static handles stay; their generated
     * fallback is recomputed.
     *
     * @param takenHandles every handle of the integration's scope, this integration's included
     */
    public IntegrationTreeUpdater regenerateHandles(List<ConnectionEntity> connections, Set<String> takenHandles) {
        Set<String> taken = new HashSet<>(takenHandles);
        List<HandleRequest> requests = new ArrayList<>();
        for (ConnectionEntity connection : connections) {
            if (connection.isDynamic()) {
                taken.remove(connection.handle);
                requests.add(new HandleRequest(connection.accountId, connection.accountName, connection.accountState));
            }
        }
        Map<String, String> assigned = HandleGenerator.assign(integration.handlePrefix, requests, taken);
        for (ConnectionEntity connection : connections) {
            String handle = assigned.get(connection.accountId);
            if (handle != null) {
                setHandles(connection, handle, handle);
            } else {
                String candidate = HandleGenerator.candidate(
                        integration.handlePrefix, connection.accountName, connection.accountId);
                setHandles(
                        connection,
                        connection.handle,
                        HandleGenerator.firstFree(candidate, connection.accountId, taken));
            }
        }
        return this;
    }

    /** Gives every connection with {@code config_source = inherited} the integration's current settings. */
    public IntegrationTreeUpdater refreshInheritedSettings(List<ConnectionEntity> connections) {
        for (ConnectionEntity connection : connections) {
            if (!connection.isInherited()) {
                continue;
            }
            String partition =
                    ConnectionRules.partitionOf(connection.config == null ? null : connection.config.roleArn());
            AwsConnectionSettings settings =
                    ConnectionRules.inheritedSettings(integration, partition, connection.accountId);
            if (!settings.equals(connection.config)) {
                connection.config = settings;
                changedConnections.add(connection);
            }
        }
        return this;
    }

    /** Bumps the version of every changed item once and returns the changes to publish. */
    public TreeChanges finish() {
        TreeChanges changes = new TreeChanges();
        for (FolderEntity folder : changedFolders) {
            folder.touch(now);
            changes.updatedFolders.add(folder);
        }
        for (ConnectionEntity connection : changedConnections) {
            connection.touch(now);
            changes.updatedConnections.add(connection);
        }
        return changes;
    }

    /** Lists every folder and connection of an integration for deletion, connections first and subfolders before their parents. */
    public static TreeChanges deleteAll(List<FolderEntity> folders, List<ConnectionEntity> connections) {
        TreeChanges changes = new TreeChanges();
        changes.deletedConnections.addAll(connections);
        changes.deletedFolders.addAll(FolderOrder.childrenFirst(folders, folders));
        return changes;
    }

    private void setHandles(ConnectionEntity connection, String handle, String handleDynamic) {
        if (!Objects.equals(connection.handle, handle) || !Objects.equals(connection.handleDynamic, handleDynamic)) {
            connection.handle = handle;
            connection.handleDynamic = handleDynamic;
            changedConnections.add(connection);
        }
    }
}
