package io.orgbridge.permission;

import java.time.Duration;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.connection.FolderData;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.get;
import static org.awaitility.Awaitility.await;

/**
 * The folders and connections of one integration, published as connection-service would. Every
 * event of the integration shares its key, so the service consumes them in the order sent.
 */
final class TestTree {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final String tenantId;
    final String orgId;
    final String integrationId;
    private final TreeEvents events;

    TestTree(TreeEvents events, String tenantId, String orgId) {
        this(events, tenantId, orgId, Ids.newId(Ids.INTEGRATION));
    }

    TestTree(TreeEvents events, String tenantId, String orgId, String integrationId) {
        this.events = events;
        this.tenantId = tenantId;
        this.orgId = orgId;
        this.integrationId = integrationId;
    }

    String rootFolder() {
        String id = Ids.newId(Ids.FOLDER);
        folder(TreeEvents.FOLDER_CREATED, id, null, true, 1);
        return id;
    }

    String folder(String parentId) {
        String id = Ids.newId(Ids.FOLDER);
        folder(TreeEvents.FOLDER_CREATED, id, parentId, false, 1);
        return id;
    }

    CloudEvent folder(String type, String id, String parentId, boolean root, long version) {
        FolderData data = TreeEvents.folder(id, tenantId, orgId, integrationId, parentId, root, version);
        return events.sendFolder(type, data);
    }

    /** Publishes an enabled connection under a folder; returns its id. */
    String connection(String parentId, String handle) {
        String id = Ids.newId(Ids.CONNECTION);
        connection(TreeEvents.CONNECTION_CREATED, id, parentId, handle, ConnectionData.ENABLED, 1);
        return id;
    }

    CloudEvent connection(String type, String id, String parentId, String handle, String status, long version) {
        ConnectionData data =
                TreeEvents.connection(id, tenantId, orgId, integrationId, parentId, handle, status, version);
        return events.sendConnection(type, data);
    }

    /** Waits until the service has the folder in its replica: its permission list stops returning 404. */
    static void awaitFolder(String scopePath, String folderId, String token) {
        await().atMost(TIMEOUT)
                .until(() -> get(token, scopePath + "/connection_folder/" + folderId + "/permission")
                                .extract()
                                .statusCode()
                        == 200);
    }

    static void awaitOrgFolder(String orgHandle, String folderId) {
        awaitFolder("/api/v0/org/" + orgHandle, folderId, TestTokens.orgOwner(orgHandle));
    }
}
