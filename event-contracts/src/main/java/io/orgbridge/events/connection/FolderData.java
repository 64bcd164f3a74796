package io.orgbridge.events.connection;

/**
 * A connection folder as published on {@code connection-events}.
 *
 * @param integrationRoot true for an integration's top-level folder, whose parent is null
 * @param ouId the AWS OU id, null for top-level and hand-made folders
 */
public record FolderData(
        String id,
        String tenantId,
        String orgId,
        String integrationId,
        String parentId,
        String title,
        String ouId,
        boolean integrationRoot,
        long versionId) {}
