package io.orgbridge.integration.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.integration.api.CreateIntegrationRequest;
import io.orgbridge.integration.api.IntegrationCommandRequest;
import io.orgbridge.integration.api.IntegrationResponse;
import io.orgbridge.integration.api.TestDiscoveryResponse;
import io.orgbridge.integration.api.TestIntegrationRequest;
import io.orgbridge.integration.api.UpdateIntegrationRequest;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Scope;

/** AWS integrations of a custom tenant. */
@Path("/api/v0/tenant/{tenant_handle}/integration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "TenantIntegrations")
public class TenantIntegrationResource {

    private final IntegrationEndpoints endpoints;

    public TenantIntegrationResource(IntegrationEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List integrations, by handle")
    public Uni<Page<IntegrationResponse>> list(
            @PathParam("tenant_handle") String owner,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return endpoints.list(Scope.tenant(owner), limit, nextToken);
    }

    @POST
    @Operation(summary = "Create an integration (201)")
    public Uni<RestResponse<IntegrationResponse>> create(
            @PathParam("tenant_handle") String owner, CreateIntegrationRequest request) {
        return endpoints.create(Scope.tenant(owner), request);
    }

    @GET
    @Path("/{integration_handle}")
    @Operation(summary = "Get an integration")
    public Uni<IntegrationResponse> get(
            @PathParam("tenant_handle") String owner, @PathParam("integration_handle") String handle) {
        return endpoints.get(Scope.tenant(owner), handle);
    }

    @PATCH
    @Path("/{integration_handle}")
    @Operation(summary = "Change an integration; If-Match carries the expected version_id (412 on mismatch)")
    public Uni<IntegrationResponse> update(
            @PathParam("tenant_handle") String owner,
            @PathParam("integration_handle") String handle,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            UpdateIntegrationRequest request) {
        return endpoints.update(Scope.tenant(owner), handle, ifMatch, request);
    }

    @DELETE
    @Path("/{integration_handle}")
    @Operation(summary = "Delete an integration and everything it created; ?confirm=<handle> is required")
    public Uni<IntegrationResponse> delete(
            @PathParam("tenant_handle") String owner,
            @PathParam("integration_handle") String handle,
            @QueryParam("confirm") String confirm,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return endpoints.delete(Scope.tenant(owner), handle, confirm, ifMatch);
    }

    @POST
    @Path("/{integration_handle}/command")
    @Operation(summary = "Run a command: refresh starts a discovery run (201)")
    public Uni<RestResponse<IntegrationCommandRequest>> command(
            @PathParam("tenant_handle") String owner,
            @PathParam("integration_handle") String handle,
            IntegrationCommandRequest request) {
        return endpoints.command(Scope.tenant(owner), handle, request);
    }

    @POST
    @Path("/{integration_handle}/test")
    @Operation(summary = "Test Discovery; handle _ tests a configuration before the integration exists")
    public Uni<TestDiscoveryResponse> test(
            @PathParam("tenant_handle") String owner,
            @PathParam("integration_handle") String handle,
            TestIntegrationRequest request) {
        return endpoints.test(Scope.tenant(owner), handle, request);
    }

    @GET
    @Path("/{integration_handle}/template")
    @Produces({"application/yaml", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "CloudFormation (YAML) or Terraform (HCL) template of the discovery, member or management role")
    public Uni<RestResponse<String>> template(
            @PathParam("tenant_handle") String owner,
            @PathParam("integration_handle") String handle,
            @QueryParam("format") String format,
            @QueryParam("role") String role,
            @QueryParam("role_name") String roleName,
            @QueryParam("external_id") String externalId) {
        return endpoints.template(Scope.tenant(owner), handle, format, role, roleName, externalId);
    }
}
