package io.orgbridge.permission.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.permission.service.OrgService;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Access;

/** Orgs: platform administrators and custom tenant owners create them; members read them. */
@Path("/api/v0/org")
public class OrgResource {

    private final OrgService orgs;
    private final Access access;

    public OrgResource(OrgService orgs, Access access) {
        this.orgs = orgs;
        this.access = access;
    }

    @POST
    public Uni<RestResponse<OrgResponse>> create(CreateOrgRequest body) {
        CreateOrgRequest request = RequestParameters.requireBody(body);
        return orgs.create(
                        Callers.of(access),
                        request.handle(),
                        request.displayName(),
                        request.plan(),
                        request.tenantHandle())
                .map(view -> RestResponse.status(Response.Status.CREATED, OrgResponse.from(view)));
    }

    /** Lists the orgs the caller is a member of, directly or through a custom tenant. */
    @GET
    public Uni<Page<OrgResponse>> list(@QueryParam("limit") String limit, @QueryParam("next_token") String nextToken) {
        var page = RequestParameters.page(limit, nextToken);
        return orgs.list(Callers.of(access), page).map(result -> Pages.map(result, OrgResponse::from));
    }

    @GET
    @Path("/{org_handle}")
    public Uni<OrgResponse> get(@PathParam("org_handle") String orgHandle) {
        return orgs.get(Callers.of(access), orgHandle).map(OrgResponse::from);
    }
}
