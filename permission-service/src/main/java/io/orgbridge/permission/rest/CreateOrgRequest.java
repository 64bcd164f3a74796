package io.orgbridge.permission.rest;

/**
 * Body of {@code POST /api/v0/org}.
 *
 * @param displayName defaults to the handle
 * @param plan {@code free} (the default), {@code team} or {@code enterprise}
 * @param tenantHandle defaults to {@code default}, the shared tenant
 */
public record CreateOrgRequest(String handle, String displayName, String plan, String tenantHandle) {}
