package io.orgbridge.permission.rest;

/** Body of {@code POST /api/v0/org/{org_handle}/workspace}. */
public record CreateWorkspaceRequest(String handle) {}
