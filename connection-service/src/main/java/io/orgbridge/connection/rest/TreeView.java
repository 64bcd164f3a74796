package io.orgbridge.connection.rest;

import java.util.List;

/**
 * The nested connection tree: {@code {"items": [top-level folders]}}. A folder's {@code children}
 * lists its subfolders by title, then its connections by handle.
 */
public record TreeView(List<FolderNode> items) {

    /** A node of the tree: a folder or a connection. */
    public sealed interface Node permits FolderNode, ConnectionNode {}

    public record FolderNode(
            String id,
            String type,
            String title,
            String parentId,
            String integrationId,
            boolean integrationRoot,
            String ouId,
            long versionId,
            List<Node> children)
            implements Node {}

    public record ConnectionNode(
            String id,
            String type,
            String handle,
            String handleMode,
            String status,
            String statusReason,
            String accountId,
            String accountName,
            String accountState,
            String parentId,
            long versionId)
            implements Node {}
}
