package io.orgbridge.connection.rest;

import java.time.Instant;
import java.util.List;

/**
 * A connection folder as the API returns it.
 *
 * @param titleMode {@code dynamic} while the title follows the OU name, {@code static} once a user set it
 * @param trunk the folders above this one, top-level folder first
 */
public record FolderView(
        String id,
        String type,
        String title,
        String titleMode,
        String tenantId,
        String orgId,
        String parentId,
        String integrationId,
        String integrationHandle,
        boolean integrationRoot,
        String ouId,
        List<TrunkItem> trunk,
        long versionId,
        Instant createdAt,
        Instant updatedAt,
        String updatedById) {}
