package io.orgbridge.events.directory;

/** An org of a tenant, with its plan. */
public record OrgData(String id, String handle, String tenantId, String plan) {}
