package io.orgbridge.discovery.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import io.orgbridge.discovery.entity.DiscoveryRun;
import io.orgbridge.discovery.entity.IntegrationReplica;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/** Discovery runs of an org or tenant integration, newest first; members of the scope may read them. */
@Path("/api/v0")
@Produces(MediaType.APPLICATION_JSON)
@WithSession
public class DiscoveryRunResource {

    private final Access access;

    public DiscoveryRunResource(Access access) {
        this.access = access;
    }

    @GET
    @Path("/org/{org_handle}/integration/{integration_handle}/discovery_run")
    public Uni<Page<DiscoveryRunView>> listOrgRuns(
            @PathParam("org_handle") String orgHandle,
            @PathParam("integration_handle") String integrationHandle,
            @QueryParam("limit") Integer limit,
            @QueryParam("next_token") String nextToken) {
        return list(Scope.org(orgHandle), integrationHandle, PageRequest.of(limit, nextToken));
    }

    @GET
    @Path("/org/{org_handle}/integration/{integration_handle}/discovery_run/{run_id}")
    public Uni<DiscoveryRunView> getOrgRun(
            @PathParam("org_handle") String orgHandle,
            @PathParam("integration_handle") String integrationHandle,
            @PathParam("run_id") String runId) {
        return get(Scope.org(orgHandle), integrationHandle, runId);
    }

    @GET
    @Path("/tenant/{tenant_handle}/integration/{integration_handle}/discovery_run")
    public Uni<Page<DiscoveryRunView>> listTenantRuns(
            @PathParam("tenant_handle") String tenantHandle,
            @PathParam("integration_handle") String integrationHandle,
            @QueryParam("limit") Integer limit,
            @QueryParam("next_token") String nextToken) {
        return list(Scope.tenant(tenantHandle), integrationHandle, PageRequest.of(limit, nextToken));
    }

    @GET
    @Path("/tenant/{tenant_handle}/integration/{integration_handle}/discovery_run/{run_id}")
    public Uni<DiscoveryRunView> getTenantRun(
            @PathParam("tenant_handle") String tenantHandle,
            @PathParam("integration_handle") String integrationHandle,
            @PathParam("run_id") String runId) {
        return get(Scope.tenant(tenantHandle), integrationHandle, runId);
    }

    private Uni<Page<DiscoveryRunView>> list(Scope scope, String integrationHandle, PageRequest page) {
        access.requireMember(scope);
        return integration(scope, integrationHandle).chain(integration -> DiscoveryRun.<DiscoveryRun>find(
                        "integrationId = ?1 order by runSequence desc", integration.id)
                .range(page.offset(), page.offset() + page.fetchSize() - 1)
                .list()
                .map(runs -> page.page(runs.stream()
                        .map(run -> DiscoveryRunView.of(run, integration.handle))
                        .toList())));
    }

    private Uni<DiscoveryRunView> get(Scope scope, String integrationHandle, String runId) {
        access.requireMember(scope);
        return integration(scope, integrationHandle).chain(integration -> DiscoveryRun.<DiscoveryRun>find(
                        "id = ?1 and integrationId = ?2", runId, integration.id)
                .firstResult()
                .map(run -> {
                    if (run == null) {
                        throw ProblemException.notFound(
                                "discovery run " + runId + " of integration " + integrationHandle + " not found");
                    }
                    return DiscoveryRunView.of(run, integration.handle);
                }));
    }

    /** Finds the live integration with this handle in the scope; 404 when there is none. */
    private static Uni<IntegrationReplica> integration(Scope scope, String handle) {
        String query = scope.isOrg()
                ? "scope = 'org' and orgHandle = ?1 and handle = ?2 and deleted = false"
                : "scope = 'tenant' and tenantHandle = ?1 and handle = ?2 and deleted = false";
        return IntegrationReplica.<IntegrationReplica>find(query, scope.handle(), handle)
                .firstResult()
                .map(integration -> {
                    if (integration == null) {
                        throw ProblemException.notFound("integration " + handle + " not found in " + scope);
                    }
                    return integration;
                });
    }
}
