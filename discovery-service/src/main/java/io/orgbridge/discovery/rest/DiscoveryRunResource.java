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

/**
 * Discovery runs of an org integration ({@code /api/v0/org/{handle}/integration/...}) or a tenant
 * integration ({@code /api/v0/tenant/{handle}/integration/...}), newest first. Members of the scope
 * may read them.
 */
@Path("/api/v0/{scope_kind: org|tenant}/{scope_handle}/integration/{integration_handle}/discovery_run")
@Produces(MediaType.APPLICATION_JSON)
@WithSession
public class DiscoveryRunResource {

    private static final String ORG = "org";

    private final Access access;

    public DiscoveryRunResource(Access access) {
        this.access = access;
    }

    @GET
    public Uni<Page<DiscoveryRunView>> listRuns(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("integration_handle") String integrationHandle,
            @QueryParam("limit") String limit,
            @QueryParam("next_token") String nextToken) {
        return list(scope(kind, scopeHandle), integrationHandle, PageRequest.parse(limit, nextToken));
    }

    @GET
    @Path("/{run_id}")
    public Uni<DiscoveryRunView> getRun(
            @PathParam("scope_kind") String kind,
            @PathParam("scope_handle") String scopeHandle,
            @PathParam("integration_handle") String integrationHandle,
            @PathParam("run_id") String runId) {
        return get(scope(kind, scopeHandle), integrationHandle, runId);
    }

    /** Returns the org or tenant that the path addresses. The path pattern admits only these two kinds. */
    private static Scope scope(String kind, String handle) {
        return ORG.equals(kind) ? Scope.org(handle) : Scope.tenant(handle);
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
