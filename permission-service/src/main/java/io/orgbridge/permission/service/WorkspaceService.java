package io.orgbridge.permission.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.entity.WorkspaceEntity;
import io.orgbridge.permission.messaging.DirectoryEventPublisher;
import io.orgbridge.permission.security.Caller;
import io.orgbridge.permission.service.WorkspaceConnectionService.WorkspaceConnectionRow;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/**
 * Creates, reads and deletes workspaces, and lists the connections each can use. Org members
 * read; org owners create and delete.
 */
@ApplicationScoped
public class WorkspaceService {

    private final ScopeLoader scopes;
    private final DirectoryEventPublisher events;
    private final WorkspaceConnectionService workspaceConnections;
    private final GrantWriter grants;
    private final Clock clock;

    public WorkspaceService(
            ScopeLoader scopes,
            DirectoryEventPublisher events,
            WorkspaceConnectionService workspaceConnections,
            GrantWriter grants,
            Clock clock) {
        this.scopes = scopes;
        this.events = events;
        this.workspaceConnections = workspaceConnections;
        this.grants = grants;
        this.clock = clock;
    }

    /** Creates a workspace; grants to its org or tenant make their connections available at once. */
    public Uni<WorkspaceView> create(Caller caller, String orgHandle, String handle) {
        return Panache.withTransaction(() -> scopes.owned(caller, Scope.org(orgHandle))
                        .invoke(ignored -> validateHandle(handle))
                        .chain(context -> WorkspaceEntity.findInOrg(context.org().id, handle)
                                .chain(existing -> {
                                    if (existing != null) {
                                        return Uni.createFrom().failure(duplicate(handle, orgHandle));
                                    }
                                    return persist(caller, context, handle);
                                })))
                .onFailure(UniqueViolation::in)
                .transform(failure -> duplicate(handle, orgHandle));
    }

    public Uni<Page<WorkspaceView>> list(Caller caller, String orgHandle, PageRequest page) {
        return Panache.withSession(() -> scopes.readable(caller, Scope.org(orgHandle))
                .chain(context -> WorkspaceEntity.listInOrgPage(context.org().id, page.offset(), page.fetchSize()))
                .chain(workspaces -> views(workspaces, orgHandle))
                .map(page::page));
    }

    public Uni<WorkspaceView> get(Caller caller, String orgHandle, String handle) {
        return Panache.withSession(
                () -> find(caller, orgHandle, handle, false).chain(workspace -> view(workspace, orgHandle)));
    }

    /** Deletes a workspace with the grants that target it; emits it as it was, with its last search path. */
    public Uni<WorkspaceView> delete(Caller caller, String orgHandle, String handle, Long expectedVersion) {
        return Panache.withTransaction(() -> find(caller, orgHandle, handle, true)
                .invoke(workspace -> requireVersion(workspace, expectedVersion))
                .chain(workspace -> view(workspace, orgHandle))
                .call(view -> workspaceConnections.removeAllOf(view.workspace()))
                .call(view -> grants.deleteTargeting(GrantEntity.TARGET_WORKSPACE, view.workspace().id))
                .call(view -> view.workspace().delete())
                .call(view -> events.workspaceDeleted(view.workspace()))
                .invoke(view ->
                        Log.infof("Deleted workspace %s (%s) of org %s", handle, view.workspace().id, orgHandle)));
    }

    public Uni<Page<WorkspaceConnectionRow>> listConnections(
            Caller caller, String orgHandle, String handle, PageRequest page) {
        return Panache.withSession(() -> find(caller, orgHandle, handle, false)
                .chain(workspace -> workspaceConnections.list(workspace.id, page.offset(), page.fetchSize()))
                .map(page::page));
    }

    private Uni<WorkspaceEntity> find(Caller caller, String orgHandle, String handle, boolean owner) {
        Scope scope = Scope.org(orgHandle);
        Uni<ScopeContext> context = owner ? scopes.owned(caller, scope) : scopes.readable(caller, scope);
        return context.chain(loaded -> WorkspaceEntity.findInOrg(loaded.org().id, handle))
                .map(workspace -> {
                    if (workspace == null) {
                        throw ProblemException.notFound("workspace " + handle + " not found in org " + orgHandle);
                    }
                    return workspace;
                });
    }

    private Uni<WorkspaceView> persist(Caller caller, ScopeContext context, String handle) {
        Instant now = clock.instant();
        WorkspaceEntity workspace = new WorkspaceEntity();
        workspace.id = Ids.newId(Ids.WORKSPACE);
        workspace.orgId = context.org().id;
        workspace.tenantId = context.tenant().id;
        workspace.handle = handle;
        workspace.versionId = 1;
        workspace.createdAt = now;
        workspace.createdById = caller.id();
        workspace.updatedAt = now;
        workspace.updatedById = caller.id();
        return workspace
                .<WorkspaceEntity>persist()
                .call(events::workspaceCreated)
                .call(created -> workspaceConnections.recomputeOrgs(List.of(created.orgId)))
                .invoke(created ->
                        Log.infof("Created workspace %s (%s) in org %s", handle, created.id, context.org().handle))
                .chain(created -> view(created, context.org().handle));
    }

    private Uni<WorkspaceView> view(WorkspaceEntity workspace, String orgHandle) {
        return views(List.of(workspace), orgHandle).map(views -> views.get(0));
    }

    private Uni<List<WorkspaceView>> views(List<WorkspaceEntity> workspaces, String orgHandle) {
        List<String> ids = workspaces.stream().map(workspace -> workspace.id).toList();
        return workspaceConnections.searchPaths(ids).map(paths -> workspaces.stream()
                .map(workspace ->
                        new WorkspaceView(workspace, orgHandle, paths.getOrDefault(workspace.id, List.of("public"))))
                .toList());
    }

    private static void requireVersion(WorkspaceEntity workspace, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != workspace.versionId) {
            throw ProblemException.preconditionFailed("workspace " + workspace.handle + " is at version "
                    + workspace.versionId + ", not " + expectedVersion + "; read it again and retry");
        }
    }

    private static void validateHandle(String handle) {
        ValidationErrors errors = new ValidationErrors();
        if (handle == null || handle.isEmpty()) {
            errors.add("body.handle", "handle is required; " + Handles.WORKSPACE_RULE);
        } else if (!Handles.isWorkspaceHandle(handle)) {
            errors.add("body.handle", "handle " + handle + " is invalid; " + Handles.WORKSPACE_RULE);
        }
        errors.throwIfAny();
    }

    private static ProblemException duplicate(String handle, String orgHandle) {
        return ProblemException.conflict("a workspace with handle " + handle + " already exists in org " + orgHandle
                + "; choose another handle");
    }
}
