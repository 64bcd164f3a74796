package io.orgbridge.events.directory;

/** A tenant: the shared default tenant or a custom one with a plan. */
public record TenantData(String id, String handle, String plan) {}
