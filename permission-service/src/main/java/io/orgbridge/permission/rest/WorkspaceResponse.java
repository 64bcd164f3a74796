package io.orgbridge.permission.rest;

import java.time.Instant;
import java.util.List;

import io.orgbridge.permission.service.WorkspaceView;

/**
 * A workspace as the API returns it.
 *
 * @param identityId the org the workspace belongs to, as Pipes names it
 * @param searchPath {@code public}, then {@code all_<plugin>} aggregators, then connection schemas
 */
public record WorkspaceResponse(
        String id,
        String handle,
        String orgId,
        String orgHandle,
        String identityId,
        String tenantId,
        List<String> searchPath,
        long versionId,
        Instant createdAt,
        String createdById,
        Instant updatedAt,
        String updatedById) {

    static WorkspaceResponse from(WorkspaceView view) {
        var workspace = view.workspace();
        return new WorkspaceResponse(
                workspace.id,
                workspace.handle,
                workspace.orgId,
                view.orgHandle(),
                workspace.orgId,
                workspace.tenantId,
                view.searchPath(),
                workspace.versionId,
                workspace.createdAt,
                workspace.createdById,
                workspace.updatedAt,
                workspace.updatedById);
    }
}
