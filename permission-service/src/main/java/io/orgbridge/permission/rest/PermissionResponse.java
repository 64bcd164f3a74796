package io.orgbridge.permission.rest;

import java.time.Instant;

import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.service.GrantView;

/**
 * A grant as the API returns it, close to the Pipes {@code Permission} shape.
 *
 * @param folderId set when the grant sits on a folder
 * @param connectionId set when the grant sits on a connection
 * @param targetType {@code tenant}, {@code org} or {@code workspace}
 * @param identityId the target org, or the org of the target workspace; absent for a tenant target
 * @param origin {@code user}, or {@code integration} for grants made from an integration's permissions
 */
public record PermissionResponse(
        String id,
        String resourceType,
        String folderId,
        String connectionId,
        String targetType,
        String targetId,
        String tenantId,
        String tenantHandle,
        String identityId,
        String identityHandle,
        String workspaceId,
        String workspaceHandle,
        String origin,
        String integrationId,
        long versionId,
        Instant createdAt,
        String createdById,
        Instant updatedAt,
        String updatedById) {

    static PermissionResponse from(GrantView view) {
        GrantEntity grant = view.grant();
        boolean folder = GrantEntity.RESOURCE_FOLDER.equals(grant.resourceType);
        return new PermissionResponse(
                grant.id,
                grant.resourceType,
                folder ? grant.resourceId : null,
                folder ? null : grant.resourceId,
                grant.targetType,
                grant.targetId,
                grant.tenantId,
                view.tenantHandle(),
                view.identityId(),
                view.identityHandle(),
                view.workspaceId(),
                view.workspaceHandle(),
                grant.origin,
                grant.integrationId,
                grant.versionId,
                grant.createdAt,
                grant.createdById,
                grant.updatedAt,
                grant.updatedById);
    }
}
