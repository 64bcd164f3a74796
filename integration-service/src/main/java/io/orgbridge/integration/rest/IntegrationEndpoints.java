package io.orgbridge.integration.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.integration.api.CreateIntegrationRequest;
import io.orgbridge.integration.api.IntegrationCommandRequest;
import io.orgbridge.integration.api.IntegrationResponse;
import io.orgbridge.integration.api.TestDiscoveryResponse;
import io.orgbridge.integration.api.TestIntegrationRequest;
import io.orgbridge.integration.api.UpdateIntegrationRequest;
import io.orgbridge.integration.service.DiscoveryTestService;
import io.orgbridge.integration.service.IntegrationService;
import io.orgbridge.integration.template.TemplateService;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/** The integration endpoints shared by the org and tenant resources, for one scope at a time. */
@ApplicationScoped
public class IntegrationEndpoints {

    private final IntegrationService integrations;
    private final DiscoveryTestService discoveryTests;
    private final TemplateService templates;

    public IntegrationEndpoints(
            IntegrationService integrations, DiscoveryTestService discoveryTests, TemplateService templates) {
        this.integrations = integrations;
        this.discoveryTests = discoveryTests;
        this.templates = templates;
    }

    public Uni<Page<IntegrationResponse>> list(Scope scope, String limit, String nextToken) {
        return integrations
                .list(scope, parseLimit(limit), nextToken)
                .map(page -> new Page<>(
                        page.items().stream().map(IntegrationMapper::toResponse).toList(), page.nextToken()));
    }

    public Uni<RestResponse<IntegrationResponse>> create(Scope scope, CreateIntegrationRequest request) {
        return integrations
                .create(scope, request)
                .map(IntegrationMapper::toResponse)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, created));
    }

    public Uni<IntegrationResponse> get(Scope scope, String handle) {
        return integrations.get(scope, handle).map(IntegrationMapper::toResponse);
    }

    public Uni<IntegrationResponse> update(
            Scope scope, String handle, String ifMatch, UpdateIntegrationRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "a JSON body with the fields to change is required");
        }
        return integrations.update(scope, handle, ifMatch, request).map(IntegrationMapper::toResponse);
    }

    public Uni<IntegrationResponse> delete(Scope scope, String handle, String confirm, String ifMatch) {
        return integrations.delete(scope, handle, confirm, ifMatch).map(IntegrationMapper::toResponse);
    }

    public Uni<RestResponse<IntegrationCommandRequest>> command(
            Scope scope, String handle, IntegrationCommandRequest request) {
        return integrations
                .command(scope, handle, request)
                .map(accepted -> RestResponse.status(RestResponse.Status.CREATED, accepted));
    }

    public Uni<TestDiscoveryResponse> test(Scope scope, String handle, TestIntegrationRequest request) {
        return discoveryTests.test(scope, handle, request);
    }

    public Uni<RestResponse<String>> template(
            Scope scope, String handle, String format, String role, String roleName, String externalId) {
        return templates
                .render(scope, handle, format, role, roleName, externalId)
                .map(rendered -> RestResponse.ResponseBuilder.ok(rendered.content(), rendered.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + rendered.fileName() + "\"")
                        .build());
    }

    private static Integer parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(limit.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    "query.limit", "limit '" + limit + "' is not a number; use a whole number from 1 to 100");
        }
    }
}
