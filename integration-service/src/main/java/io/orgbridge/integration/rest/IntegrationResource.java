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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.integration.api.CreateIntegrationRequest;
import io.orgbridge.integration.api.IntegrationCommandRequest;
import io.orgbridge.integration.api.IntegrationCommandResponse;
import io.orgbridge.integration.api.IntegrationResponse;
import io.orgbridge.integration.api.TestDiscoveryResponse;
import io.orgbridge.integration.api.TestIntegrationRequest;
import io.orgbridge.integration.api.UpdateIntegrationRequest;
import io.orgbridge.integration.service.DiscoveryTestService;
import io.orgbridge.integration.service.IntegrationService;
import io.orgbridge.integration.template.TemplateService;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.security.Scope;

/**
 * AWS integrations of an org ({@code /api/v0/org/{handle}/integration}) or a custom tenant
 * ({@code /api/v0/tenant/{handle}/integration}). Request bodies arrive as text and the services
 * parse them after the access checks, so that a body that is not a JSON object gets a problem
 * response naming it; the {@code @RequestBody} annotations document the expected shapes.
 */
@Path("/api/v0/{scope_kind: org|tenant}/{scope_handle}/integration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integrations")
public class IntegrationResource {

    private static final String ORG = "org";

    private final IntegrationService integrations;
    private final DiscoveryTestService discoveryTests;
    private final TemplateService templates;

    public IntegrationResource(
            IntegrationService integrations, DiscoveryTestService discoveryTests, TemplateService templates) {
        this.integrations = integrations;
        this.discoveryTests = discoveryTests;
        this.templates = templates;
    }

    @GET
    @Operation(summary = "List integrations, by handle")
    public Uni<Page<IntegrationResponse>> list(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return integrations
                .list(scope(kind, owner), PageRequest.parse(limit, nextToken))
                .map(page -> new Page<>(
                        page.items().stream().map(IntegrationMapper::toResponse).toList(), page.nextToken()));
    }

    @POST
    @Operation(summary = "Create an integration (201)")
    public Uni<RestResponse<IntegrationResponse>> create(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @RequestBody(content = @Content(schema = @Schema(implementation = CreateIntegrationRequest.class)))
                    String body) {
        return integrations
                .create(scope(kind, owner), body)
                .map(IntegrationMapper::toResponse)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, created));
    }

    @GET
    @Path("/{integration_handle}")
    @Operation(summary = "Get an integration")
    public Uni<IntegrationResponse> get(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @PathParam("integration_handle") String handle) {
        return integrations.get(scope(kind, owner), handle).map(IntegrationMapper::toResponse);
    }

    @PATCH
    @Path("/{integration_handle}")
    @Operation(summary = "Change an integration; If-Match carries the expected version_id (412 on mismatch)")
    public Uni<IntegrationResponse> update(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @PathParam("integration_handle") String handle,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = UpdateIntegrationRequest.class)))
                    String body) {
        return integrations.update(scope(kind, owner), handle, ifMatch, body).map(IntegrationMapper::toResponse);
    }

    @DELETE
    @Path("/{integration_handle}")
    @Operation(summary = "Delete an integration and everything it created; ?confirm=<handle> is required")
    public Uni<IntegrationResponse> delete(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @PathParam("integration_handle") String handle,
            @QueryParam("confirm") String confirm,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return integrations.delete(scope(kind, owner), handle, confirm, ifMatch).map(IntegrationMapper::toResponse);
    }

    @POST
    @Path("/{integration_handle}/command")
    @Operation(summary = "Run a command: refresh starts a discovery run (201)")
    public Uni<RestResponse<IntegrationCommandResponse>> command(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @PathParam("integration_handle") String handle,
            @RequestBody(content = @Content(schema = @Schema(implementation = IntegrationCommandRequest.class)))
                    String body) {
        return integrations
                .command(scope(kind, owner), handle, body)
                .map(accepted -> RestResponse.status(RestResponse.Status.CREATED, accepted));
    }

    @POST
    @Path("/{integration_handle}/test")
    @Operation(summary = "Test Discovery; handle _ tests a configuration before the integration exists")
    public Uni<TestDiscoveryResponse> test(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @PathParam("integration_handle") String handle,
            @RequestBody(content = @Content(schema = @Schema(implementation = TestIntegrationRequest.class)))
                    String body) {
        return discoveryTests.test(scope(kind, owner), handle, body);
    }

    @GET
    @Path("/{integration_handle}/template")
    @Produces({"application/yaml", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "CloudFormation (YAML) or Terraform (HCL) template of the discovery, member or management role")
    public Uni<RestResponse<String>> template(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String owner,
            @PathParam("integration_handle") String handle,
            @QueryParam("format") String format,
            @QueryParam("role") String role,
            @QueryParam("role_name") String roleName,
            @QueryParam("external_id") String externalId) {
        return templates
                .render(scope(kind, owner), handle, format, role, roleName, externalId)
                .map(rendered -> RestResponse.ResponseBuilder.ok(rendered.content(), rendered.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + rendered.fileName() + "\"")
                        .build());
    }

    /** Returns the org or tenant that the path addresses. The path pattern admits only these two kinds. */
    private static Scope scope(String kind, String handle) {
        return ORG.equals(kind) ? Scope.org(handle) : Scope.tenant(handle);
    }
}
