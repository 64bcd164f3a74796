package io.orgbridge.permission.rest;

/**
 * Body of {@code POST /api/v0/tenant}.
 *
 * @param displayName defaults to the handle
 * @param plan defaults to {@code enterprise}, the only plan of custom tenants
 */
public record CreateTenantRequest(String handle, String displayName, String plan) {}
