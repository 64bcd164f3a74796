package io.orgbridge.permission.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestResponse;

import io.orgbridge.permission.service.TenantService;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.security.Access;

/** Tenants: platform administrators create them; members read them. */
@Path("/api/v0/tenant")
public class TenantResource {

    private final TenantService tenants;
    private final Access access;

    public TenantResource(TenantService tenants, Access access) {
        this.tenants = tenants;
        this.access = access;
    }

    @POST
    public Uni<RestResponse<TenantResponse>> create(CreateTenantRequest body) {
        CreateTenantRequest request = RequestParameters.requireBody(body);
        return tenants.create(Callers.of(access), request.handle(), request.displayName(), request.plan())
                .map(tenant -> RestResponse.status(Response.Status.CREATED, TenantResponse.from(tenant)));
    }

    /** Lists the tenants the caller is a member of; platform administrators see every tenant. */
    @GET
    public Uni<Page<TenantResponse>> list(
            @QueryParam("limit") String limit, @QueryParam("next_token") String nextToken) {
        var page = RequestParameters.page(limit, nextToken);
        return tenants.list(Callers.of(access), page).map(result -> Pages.map(result, TenantResponse::from));
    }

    @GET
    @Path("/{tenant_handle}")
    public Uni<TenantResponse> get(@PathParam("tenant_handle") String tenantHandle) {
        return tenants.get(Callers.of(access), tenantHandle).map(TenantResponse::from);
    }
}
