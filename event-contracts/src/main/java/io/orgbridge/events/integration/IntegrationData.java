package io.orgbridge.events.integration;

/**
 * State of an integration as published on {@code integration-events}. The discovery secret key
 * appears only sealed under the transport key.
 *
 * @param scope {@code tenant} or {@code org}
 * @param orgId null for tenant integrations
 */
public record IntegrationData(
        String id,
        String handle,
        String type,
        String scope,
        String tenantId,
        String tenantHandle,
        String orgId,
        String orgHandle,
        long versionId,
        String state,
        DiscoverySettings discovery,
        ConnectionSettings connection,
        PermissionSettings permissions) {

    public static final String SCOPE_TENANT = "tenant";
    public static final String SCOPE_ORG = "org";

    /** Returns the id of the tenant or org whose namespace the integration's connection handles share. */
    public String scopeId() {
        return SCOPE_ORG.equals(scope) ? orgId : tenantId;
    }
}
