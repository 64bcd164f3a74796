package io.orgbridge.permission.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.TenantEntity;
import io.orgbridge.permission.messaging.DirectoryEventPublisher;
import io.orgbridge.permission.security.Caller;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;

/** Creates and reads tenants. Custom tenants are on the enterprise plan; only platform administrators create them. */
@ApplicationScoped
public class TenantService {

    private final DirectoryEventPublisher events;
    private final ScopeLoader scopes;
    private final Clock clock;

    public TenantService(DirectoryEventPublisher events, ScopeLoader scopes, Clock clock) {
        this.events = events;
        this.scopes = scopes;
        this.clock = clock;
    }

    public Uni<TenantEntity> create(Caller caller, String handle, String displayName, String plan) {
        if (!caller.isPlatformAdmin()) {
            throw ProblemException.forbidden("only a platform administrator (group platform:admin) may create tenants");
        }
        String effectivePlan = plan == null ? TenantEntity.PLAN_ENTERPRISE : plan;
        validate(handle, displayName, effectivePlan);
        return Panache.withTransaction(() -> TenantEntity.findByHandle(handle).chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().failure(duplicate(handle));
                    }
                    return persist(caller, handle, displayName, effectivePlan);
                }))
                .onFailure(UniqueViolation::in)
                .transform(failure -> duplicate(handle));
    }

    public Uni<Page<TenantEntity>> list(Caller caller, PageRequest page) {
        if (caller.isPlatformAdmin()) {
            return Panache.withSession(() -> TenantEntity.listAllPage(page.offset(), page.fetchSize()))
                    .map(page::page);
        }
        List<String> handles = List.copyOf(caller.tenantHandles());
        if (handles.isEmpty()) {
            return Uni.createFrom().item(page.page(List.of()));
        }
        return Panache.withSession(() -> TenantEntity.listByHandlesPage(handles, page.offset(), page.fetchSize()))
                .map(page::page);
    }

    public Uni<TenantEntity> get(Caller caller, String handle) {
        return Panache.withSession(() -> scopes.readableTenant(caller, handle)).map(ScopeContext::tenant);
    }

    private Uni<TenantEntity> persist(Caller caller, String handle, String displayName, String plan) {
        Instant now = clock.instant();
        TenantEntity tenant = new TenantEntity();
        tenant.id = Ids.newId(Ids.TENANT);
        tenant.handle = handle;
        tenant.displayName = displayName == null || displayName.isBlank() ? handle : displayName;
        tenant.plan = plan;
        tenant.custom = true;
        tenant.versionId = 1;
        tenant.createdAt = now;
        tenant.createdById = caller.id();
        tenant.updatedAt = now;
        tenant.updatedById = caller.id();
        return tenant.<TenantEntity>persist()
                .call(events::tenantCreated)
                .invoke(created -> Log.infof("Created tenant %s (%s)", created.handle, created.id));
    }

    private static void validate(String handle, String displayName, String plan) {
        ValidationErrors errors = new ValidationErrors();
        Handles.validateTenantOrOrg(errors, handle, displayName);
        if (!TenantEntity.PLAN_ENTERPRISE.equals(plan)) {
            errors.add("body.plan", "plan " + plan + " is invalid; custom tenants are on the enterprise plan");
        }
        errors.throwIfAny();
    }

    private static ProblemException duplicate(String handle) {
        return ProblemException.conflict("a tenant with handle " + handle + " already exists; choose another handle");
    }
}
