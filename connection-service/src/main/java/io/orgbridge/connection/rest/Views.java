package io.orgbridge.connection.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.service.ConnectionDetails;
import io.orgbridge.connection.service.FolderDetails;
import io.orgbridge.connection.service.TreeNodes;

/** Maps entities to the API's views. */
final class Views {

    static final String TYPE_CONNECTION = "connection";
    static final String TYPE_FOLDER = "connection_folder";
    static final String RESOURCE_TYPE_ACCOUNT = "aws_account";

    private static final Comparator<FolderEntity> BY_TITLE =
            Comparator.comparing((FolderEntity folder) -> folder.title).thenComparing(folder -> folder.id);

    private Views() {}

    static ConnectionView connection(ConnectionDetails details) {
        ConnectionEntity c = details.connection();
        return new ConnectionView(
                c.id,
                TYPE_CONNECTION,
                c.handle,
                c.handleMode,
                c.handleDynamic,
                c.plugin,
                c.status,
                c.statusReason,
                c.tenantId,
                c.orgId,
                c.parentId,
                c.integrationId,
                details.integrationHandle(),
                c.config,
                c.configSource,
                trunk(details.trunk()),
                RESOURCE_TYPE_ACCOUNT,
                c.accountId,
                c.accountName,
                c.ouPath,
                c.accountState,
                c.versionId,
                c.createdAt,
                c.updatedAt,
                c.updatedById);
    }

    static FolderView folder(FolderDetails details) {
        FolderEntity f = details.folder();
        return new FolderView(
                f.id,
                TYPE_FOLDER,
                f.title,
                f.titleMode,
                f.tenantId,
                f.orgId,
                f.parentId,
                f.integrationId,
                details.integrationHandle(),
                f.integrationRoot,
                f.ouId,
                trunk(details.trunk()),
                f.versionId,
                f.createdAt,
                f.updatedAt,
                f.updatedById);
    }

    /** Nests folders and connections under their parents; items whose parent is missing become top-level. */
    static TreeView tree(TreeNodes nodes) {
        Map<String, List<FolderEntity>> subfolders = new HashMap<>();
        Map<String, List<ConnectionEntity>> connections = new HashMap<>();
        Map<String, FolderEntity> byId = new HashMap<>();
        nodes.folders().forEach(folder -> byId.put(folder.id, folder));
        List<FolderEntity> tops = new ArrayList<>();
        for (FolderEntity folder : nodes.folders()) {
            if (folder.parentId == null || !byId.containsKey(folder.parentId)) {
                tops.add(folder);
            } else {
                subfolders
                        .computeIfAbsent(folder.parentId, id -> new ArrayList<>())
                        .add(folder);
            }
        }
        for (ConnectionEntity connection : nodes.connections()) {
            connections
                    .computeIfAbsent(connection.parentId, id -> new ArrayList<>())
                    .add(connection);
        }
        tops.sort(BY_TITLE);
        return new TreeView(tops.stream()
                .map(folder -> folderNode(folder, subfolders, connections))
                .toList());
    }

    private static TreeView.FolderNode folderNode(
            FolderEntity folder,
            Map<String, List<FolderEntity>> subfolders,
            Map<String, List<ConnectionEntity>> connections) {
        List<TreeView.Node> children = new ArrayList<>();
        List<FolderEntity> folders = new ArrayList<>(subfolders.getOrDefault(folder.id, List.of()));
        folders.sort(BY_TITLE);
        folders.forEach(child -> children.add(folderNode(child, subfolders, connections)));
        List<ConnectionEntity> leaves = new ArrayList<>(connections.getOrDefault(folder.id, List.of()));
        leaves.sort(Comparator.comparing(connection -> connection.handle));
        leaves.forEach(connection -> children.add(connectionNode(connection)));
        return new TreeView.FolderNode(
                folder.id,
                TYPE_FOLDER,
                folder.title,
                folder.parentId,
                folder.integrationId,
                folder.integrationRoot,
                folder.ouId,
                folder.versionId,
                children);
    }

    private static TreeView.ConnectionNode connectionNode(ConnectionEntity c) {
        return new TreeView.ConnectionNode(
                c.id,
                TYPE_CONNECTION,
                c.handle,
                c.handleMode,
                c.status,
                c.statusReason,
                c.accountId,
                c.accountName,
                c.accountState,
                c.parentId,
                c.versionId);
    }

    private static List<TrunkItem> trunk(List<FolderEntity> folders) {
        return folders.stream()
                .map(folder -> new TrunkItem(folder.id, folder.title, TYPE_FOLDER))
                .toList();
    }
}
