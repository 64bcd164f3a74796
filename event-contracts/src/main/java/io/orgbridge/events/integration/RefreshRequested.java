package io.orgbridge.events.integration;

/** A user asked for a discovery run now. */
public record RefreshRequested(String integrationId, long versionId, String requestedBy) {}
