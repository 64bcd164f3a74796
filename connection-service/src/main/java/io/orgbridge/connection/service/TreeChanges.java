package io.orgbridge.connection.service;

import java.util.ArrayList;
import java.util.List;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;

/**
 * What one change to an integration's tree creates, updates and deletes. Created folders are
 * listed parents first and deleted folders children first, the order in which their events are
 * published, so that a consumer has always seen an item's parent.
 */
public final class TreeChanges {

    final List<FolderEntity> createdFolders = new ArrayList<>();
    final List<FolderEntity> updatedFolders = new ArrayList<>();
    final List<FolderEntity> deletedFolders = new ArrayList<>();
    final List<ConnectionEntity> createdConnections = new ArrayList<>();
    final List<ConnectionEntity> updatedConnections = new ArrayList<>();
    final List<ConnectionEntity> deletedConnections = new ArrayList<>();

    public boolean isEmpty() {
        return createdFolders.isEmpty()
                && updatedFolders.isEmpty()
                && deletedFolders.isEmpty()
                && createdConnections.isEmpty()
                && updatedConnections.isEmpty()
                && deletedConnections.isEmpty();
    }

    public List<FolderEntity> createdFolders() {
        return createdFolders;
    }

    public List<FolderEntity> updatedFolders() {
        return updatedFolders;
    }

    public List<FolderEntity> deletedFolders() {
        return deletedFolders;
    }

    public List<ConnectionEntity> createdConnections() {
        return createdConnections;
    }

    public List<ConnectionEntity> updatedConnections() {
        return updatedConnections;
    }

    public List<ConnectionEntity> deletedConnections() {
        return deletedConnections;
    }

    void folderUpdated(FolderEntity folder) {
        if (!updatedFolders.contains(folder) && !createdFolders.contains(folder)) {
            updatedFolders.add(folder);
        }
    }

    void connectionUpdated(ConnectionEntity connection) {
        if (!updatedConnections.contains(connection) && !createdConnections.contains(connection)) {
            updatedConnections.add(connection);
        }
    }

    /** Counts for logs, such as {@code folders +2 ~1 -0, connections +5 ~0 -1}. */
    @Override
    public String toString() {
        return "folders +" + createdFolders.size() + " ~" + updatedFolders.size() + " -" + deletedFolders.size()
                + ", connections +" + createdConnections.size() + " ~" + updatedConnections.size() + " -"
                + deletedConnections.size();
    }
}
