package io.orgbridge.permission.service;

/**
 * The tenant, org or workspace a grant makes an item available to.
 *
 * @param type {@code tenant}, {@code org} or {@code workspace}
 */
public record GrantTarget(String type, String id) {}
