package io.orgbridge.permission.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.TenantEntity;
import io.orgbridge.permission.messaging.DirectoryEventPublisher;
import io.orgbridge.permission.security.Caller;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;

/**
 * Creates and reads orgs. Platform administrators create orgs in any tenant; an owner of a custom
 * tenant creates orgs in that tenant.
 */
@ApplicationScoped
public class OrgService {

    public static final Set<String> PLANS = Set.of("free", "team", "enterprise");

    private final DirectoryEventPublisher events;
    private final ScopeLoader scopes;
    private final Clock clock;

    public OrgService(DirectoryEventPublisher events, ScopeLoader scopes, Clock clock) {
        this.events = events;
        this.scopes = scopes;
        this.clock = clock;
    }

    public Uni<OrgView> create(Caller caller, String handle, String displayName, String plan, String tenantHandle) {
        if (!caller.isPlatformAdmin()
                && caller.tenantHandles().stream().noneMatch(caller.memberships()::isTenantOwner)) {
            throw ProblemException.forbidden(
                    "only a platform administrator or an owner of a custom tenant may create orgs");
        }
        String effectivePlan = plan == null ? "free" : plan;
        String effectiveTenant = tenantHandle == null ? TenantEntity.DEFAULT_HANDLE : tenantHandle;
        validate(handle, displayName, effectivePlan, effectiveTenant);
        return Panache.withTransaction(() -> tenantForNewOrg(caller, effectiveTenant)
                        .chain(tenant -> OrgEntity.findByHandle(handle).chain(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().failure(duplicate(handle));
                            }
                            return persist(caller, handle, displayName, effectivePlan, tenant)
                                    .map(org -> new OrgView(org, tenant));
                        })))
                .onFailure(UniqueViolation::in)
                .transform(failure -> duplicate(handle));
    }

    public Uni<Page<OrgView>> list(Caller caller, PageRequest page) {
        List<String> orgHandles = List.copyOf(caller.orgHandles());
        List<String> tenantHandles = List.copyOf(caller.tenantHandles());
        if (!caller.isPlatformAdmin() && orgHandles.isEmpty() && tenantHandles.isEmpty()) {
            return Uni.createFrom().item(page.page(List.of()));
        }
        return Panache.withSession(() -> visibleOrgs(caller, orgHandles, tenantHandles, page)
                .chain(orgs -> withTenants(orgs))
                .map(page::page));
    }

    public Uni<OrgView> get(Caller caller, String handle) {
        return Panache.withSession(() -> scopes.readableOrg(caller, handle))
                .map(context -> new OrgView(context.org(), context.tenant()));
    }

    private static Uni<List<OrgEntity>> visibleOrgs(
            Caller caller, List<String> orgHandles, List<String> tenantHandles, PageRequest page) {
        if (caller.isPlatformAdmin()) {
            return OrgEntity.listAllPage(page.offset(), page.fetchSize());
        }
        // An empty IN list is not valid SQL; the empty handle matches no tenant or org.
        List<String> orgs = orgHandles.isEmpty() ? List.of("") : orgHandles;
        List<String> tenants = tenantHandles.isEmpty() ? List.of("") : tenantHandles;
        return OrgEntity.listVisiblePage(orgs, tenants, page.offset(), page.fetchSize());
    }

    private static Uni<List<OrgView>> withTenants(List<OrgEntity> orgs) {
        if (orgs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> tenantIds = orgs.stream().map(org -> org.tenantId).collect(Collectors.toSet());
        return TenantEntity.<TenantEntity>list("id in ?1", tenantIds).map(tenants -> {
            Map<String, TenantEntity> byId =
                    tenants.stream().collect(Collectors.toMap(tenant -> tenant.id, Function.identity()));
            return orgs.stream()
                    .map(org -> new OrgView(org, byId.get(org.tenantId)))
                    .toList();
        });
    }

    /** Loads the tenant of a new org; a custom tenant the caller may not see reads as missing. */
    private static Uni<TenantEntity> tenantForNewOrg(Caller caller, String tenantHandle) {
        return TenantEntity.findByHandle(tenantHandle).map(tenant -> {
            if (tenant == null || (tenant.custom && !caller.canReadTenant(tenant))) {
                throw ProblemException.invalidField(
                        "body.tenant_handle",
                        "tenant " + tenantHandle + " not found; omit tenant_handle for the default tenant");
            }
            if (!caller.canCreateOrgIn(tenant)) {
                throw ProblemException.forbidden("only a platform administrator or an owner of tenant " + tenant.handle
                        + " may create orgs in it");
            }
            return tenant;
        });
    }

    private Uni<OrgEntity> persist(Caller caller, String handle, String displayName, String plan, TenantEntity tenant) {
        Instant now = clock.instant();
        OrgEntity org = new OrgEntity();
        org.id = Ids.newId(Ids.ORG);
        org.handle = handle;
        org.displayName = displayName == null || displayName.isBlank() ? handle : displayName;
        org.plan = plan;
        org.tenantId = tenant.id;
        org.versionId = 1;
        org.createdAt = now;
        org.createdById = caller.id();
        org.updatedAt = now;
        org.updatedById = caller.id();
        return org.<OrgEntity>persist()
                .call(events::orgCreated)
                .invoke(created ->
                        Log.infof("Created org %s (%s) in tenant %s", created.handle, created.id, tenant.handle));
    }

    private static void validate(String handle, String displayName, String plan, String tenantHandle) {
        ValidationErrors errors = new ValidationErrors();
        Handles.validateTenantOrOrg(errors, handle, displayName);
        if (!PLANS.contains(plan)) {
            errors.add("body.plan", "plan " + plan + " is invalid; use free, team or enterprise");
        }
        if (!Handles.isTenantOrOrgHandle(tenantHandle)) {
            errors.add(
                    "body.tenant_handle",
                    "tenant_handle " + tenantHandle + " is invalid; " + Handles.TENANT_OR_ORG_RULE
                            + ", or omit it for the default tenant");
        }
        errors.throwIfAny();
    }

    private static ProblemException duplicate(String handle) {
        return ProblemException.conflict("an org with handle " + handle + " already exists; choose another handle");
    }
}
