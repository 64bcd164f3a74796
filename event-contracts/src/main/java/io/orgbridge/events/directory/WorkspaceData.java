package io.orgbridge.events.directory;

/** A workspace of an org. */
public record WorkspaceData(String id, String handle, String orgId, String tenantId) {}
