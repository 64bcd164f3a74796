package io.orgbridge.permission.service;

import io.orgbridge.permission.entity.GrantEntity;

/**
 * A grant with the handles of its target.
 *
 * @param identityId the target org, or the org of the target workspace; null for a tenant target
 */
public record GrantView(
        GrantEntity grant,
        String tenantHandle,
        String identityId,
        String identityHandle,
        String workspaceId,
        String workspaceHandle) {}
