package io.orgbridge.permission.rest;

import io.orgbridge.permission.service.WorkspaceConnectionService.WorkspaceConnectionRow;

/**
 * A connection a workspace can use.
 *
 * @param handle the connection handle, which is also its schema name in the workspace
 * @param folderId the connection's parent folder, absent at the top level
 */
public record WorkspaceConnectionResponse(
        String connectionId, String handle, String integrationId, String folderId, String plugin, String status) {

    static WorkspaceConnectionResponse from(WorkspaceConnectionRow row) {
        return new WorkspaceConnectionResponse(
                row.connectionId(), row.schemaName(), row.integrationId(), row.folderId(), row.plugin(), row.status());
    }
}
