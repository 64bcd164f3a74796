package io.orgbridge.events;

/** CloudEvents {@code type} values of every event the suite publishes. */
public final class EventTypes {

    public static final String INTEGRATION_CREATED = "io.orgbridge.integration.created";
    public static final String INTEGRATION_UPDATED = "io.orgbridge.integration.updated";
    public static final String INTEGRATION_DELETED = "io.orgbridge.integration.deleted";
    public static final String INTEGRATION_REFRESH_REQUESTED = "io.orgbridge.integration.refresh-requested";

    public static final String DISCOVERY_STARTED = "io.orgbridge.discovery.started";
    public static final String DISCOVERY_COMPLETED = "io.orgbridge.discovery.completed";
    public static final String DISCOVERY_FAILED = "io.orgbridge.discovery.failed";

    public static final String FOLDER_CREATED = "io.orgbridge.folder.created";
    public static final String FOLDER_UPDATED = "io.orgbridge.folder.updated";
    public static final String FOLDER_DELETED = "io.orgbridge.folder.deleted";
    public static final String CONNECTION_CREATED = "io.orgbridge.connection.created";
    public static final String CONNECTION_UPDATED = "io.orgbridge.connection.updated";
    public static final String CONNECTION_DELETED = "io.orgbridge.connection.deleted";

    public static final String TENANT_CREATED = "io.orgbridge.tenant.created";
    public static final String ORG_CREATED = "io.orgbridge.org.created";
    public static final String WORKSPACE_CREATED = "io.orgbridge.workspace.created";
    public static final String WORKSPACE_DELETED = "io.orgbridge.workspace.deleted";
    public static final String GRANT_CREATED = "io.orgbridge.grant.created";
    public static final String GRANT_DELETED = "io.orgbridge.grant.deleted";
    public static final String WORKSPACE_CONNECTION_ADDED = "io.orgbridge.workspace-connection.added";
    public static final String WORKSPACE_CONNECTION_REMOVED = "io.orgbridge.workspace-connection.removed";

    private EventTypes() {}
}
