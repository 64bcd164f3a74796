package io.orgbridge.events.directory;

/** A connection a workspace can use, under its schema name (the connection handle). */
public record WorkspaceConnectionData(String workspaceId, String connectionId, String schemaName) {}
