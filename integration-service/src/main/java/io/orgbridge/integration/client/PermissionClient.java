package io.orgbridge.integration.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Reads orgs and tenants from permission-service with the caller's bearer token, so that
 * permission-service applies the caller's own memberships. Base URL:
 * {@code orgbridge.permission-service.url}.
 */
@RegisterRestClient(configKey = "permission-service")
@Path("/api/v0")
public interface PermissionClient {

    @GET
    @Path("/org/{org_handle}")
    Uni<OrgView> org(
            @PathParam("org_handle") String orgHandle, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/tenant/{tenant_handle}")
    Uni<TenantView> tenant(
            @PathParam("tenant_handle") String tenantHandle,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
