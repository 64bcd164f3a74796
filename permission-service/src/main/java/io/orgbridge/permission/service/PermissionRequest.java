package io.orgbridge.permission.service;

/**
 * The target of a new grant, in the shape of the Pipes {@code CreatePermissionRequest}.
 *
 * @param identityHandle an org handle: the item's own org for an org item, any org of the tenant
 *     for a tenant item
 * @param workspaceHandle narrows the grant to one workspace of that org
 * @param tenantHandle the item's tenant; alone, it grants a tenant item to the whole tenant
 */
public record PermissionRequest(String identityHandle, String workspaceHandle, String tenantHandle) {}
