package io.orgbridge.events.directory;

/**
 * A grant of a folder or connection to a tenant, an org (all its workspaces, present and future)
 * or one workspace.
 *
 * @param resourceType {@code folder} or {@code connection}
 * @param targetType {@code tenant}, {@code org} or {@code workspace}
 */
public record GrantData(
        String id,
        String resourceType,
        String resourceId,
        String targetType,
        String targetId,
        String tenantId,
        String orgId) {}
