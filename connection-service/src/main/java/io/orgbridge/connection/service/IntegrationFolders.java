package io.orgbridge.connection.service;

import java.time.Instant;

import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.entity.IntegrationReplica;

/** Creates an integration's top-level folder and names the title modes of folders. */
public final class IntegrationFolders {

    /** The title follows the OU name, or the integration handle for the top-level folder. */
    public static final String TITLE_DYNAMIC = "dynamic";

    /** A user set the title; syncs leave it alone. */
    public static final String TITLE_STATIC = "static";

    private IntegrationFolders() {}

    /** Builds the top-level folder of an integration, titled with the integration handle. */
    public static FolderEntity newRoot(IntegrationReplica integration, String id, Instant now) {
        FolderEntity folder = new FolderEntity();
        folder.id = id;
        folder.scopeId = integration.scopeId;
        folder.tenantId = integration.tenantId;
        folder.orgId = integration.orgId;
        folder.integrationId = integration.id;
        folder.parentId = null;
        folder.title = integration.handle;
        folder.titleMode = TITLE_DYNAMIC;
        folder.ouId = null;
        folder.integrationRoot = true;
        folder.versionId = 1;
        folder.createdAt = now;
        folder.updatedAt = now;
        return folder;
    }
}
