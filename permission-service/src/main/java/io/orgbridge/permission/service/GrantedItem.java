package io.orgbridge.permission.service;

/**
 * A live folder or connection of the tree replica that a grant can sit on.
 *
 * @param resourceType {@code folder} or {@code connection}
 * @param orgId null for an item of a tenant
 * @param integrationId null for a hand-made item
 */
public record GrantedItem(
        String resourceType, String resourceId, String tenantId, String orgId, String integrationId) {}
