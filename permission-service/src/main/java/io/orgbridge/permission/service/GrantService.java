package io.orgbridge.permission.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.ConnectionReplica;
import io.orgbridge.permission.entity.FolderReplica;
import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.WorkspaceEntity;
import io.orgbridge.permission.security.Caller;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/**
 * Grants ("permissions" in the Pipes API) on folders and connections. Members of the item's
 * tenant or org read them, and owners create and delete them. {@link GrantTargets} checks where
 * an item may be granted. Grants are additive and reach every descendant of the item, present
 * and future.
 */
@ApplicationScoped
public class GrantService {

    private final ScopeLoader scopes;
    private final GrantTargets targets;
    private final GrantWriter writer;
    private final WorkspaceConnectionService workspaceConnections;

    public GrantService(
            ScopeLoader scopes,
            GrantTargets targets,
            GrantWriter writer,
            WorkspaceConnectionService workspaceConnections) {
        this.scopes = scopes;
        this.targets = targets;
        this.writer = writer;
        this.workspaceConnections = workspaceConnections;
    }

    public Uni<GrantView> create(Caller caller, ItemRef ref, PermissionRequest request) {
        return Panache.withTransaction(() -> scopes.owned(caller, ref.scope())
                        .chain(context -> resolveItem(context, ref).chain(item -> targets.resolve(context, request)
                                .chain(target -> createUnique(caller, item, target))
                                .call(grant -> workspaceConnections.recomputeScope(item.tenantId(), item.orgId()))
                                .chain(grant -> view(context, grant)))))
                .onFailure(UniqueViolation::in)
                .transform(failure ->
                        ProblemException.conflict("an equal grant was created at the same time; list the grants"));
    }

    public Uni<Page<GrantView>> list(Caller caller, ItemRef ref, PageRequest page) {
        return Panache.withSession(() -> scopes.readable(caller, ref.scope())
                .chain(context -> resolveItem(context, ref)
                        .chain(item -> GrantEntity.listOnResourcePage(
                                item.resourceType(), item.resourceId(), page.offset(), page.fetchSize()))
                        .chain(grants -> views(context, grants)))
                .map(page::page));
    }

    public Uni<GrantView> get(Caller caller, ItemRef ref, String grantId) {
        return Panache.withSession(() -> scopes.readable(caller, ref.scope()).chain(context -> resolveItem(context, ref)
                .chain(item -> findOn(item, grantId))
                .chain(grant -> view(context, grant))));
    }

    /** Deletes a grant and emits it as it was; {@code expectedVersion} comes from If-Match. */
    public Uni<GrantView> delete(Caller caller, ItemRef ref, String grantId, Long expectedVersion) {
        return Panache.withTransaction(() -> scopes.owned(caller, ref.scope())
                .chain(context -> resolveItem(context, ref).chain(item -> findOn(item, grantId)
                        .invoke(grant -> requireVersion(grant, expectedVersion))
                        .chain(grant -> view(context, grant))
                        .call(view -> writer.delete(view.grant()))
                        .call(() -> workspaceConnections.recomputeScope(item.tenantId(), item.orgId())))));
    }

    private Uni<GrantEntity> createUnique(Caller caller, GrantedItem item, GrantTarget target) {
        return GrantEntity.findSame(item.resourceType(), item.resourceId(), target.type(), target.id())
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom()
                                .failure(ProblemException.conflict("grant " + existing.id + " already gives "
                                        + item.resourceType() + " " + item.resourceId() + " to " + target.type() + " "
                                        + target.id() + "; grants are additive, so a second one changes nothing"));
                    }
                    return writer.create(item, target, GrantEntity.ORIGIN_USER, caller.id());
                });
    }

    /** Resolves the folder id or connection handle of the path in the tree replica, within the scope. */
    private static Uni<GrantedItem> resolveItem(ScopeContext context, ItemRef ref) {
        if (ref.isFolder()) {
            return FolderReplica.<FolderReplica>findById(ref.key()).map(folder -> {
                if (folder == null || folder.deleted || !inScope(context, folder.tenantId, folder.orgId)) {
                    throw ProblemException.notFound("connection folder " + ref.key() + " not found in " + context);
                }
                return new GrantedItem(
                        GrantEntity.RESOURCE_FOLDER, folder.id, folder.tenantId, folder.orgId, folder.integrationId);
            });
        }
        String query = context.isOrg()
                ? "handle = ?1 and deleted = false and tenantId = ?2 and orgId = ?3"
                : "handle = ?1 and deleted = false and tenantId = ?2 and orgId is null";
        Object[] parameters = context.isOrg()
                ? new Object[] {ref.key(), context.tenant().id, context.org().id}
                : new Object[] {ref.key(), context.tenant().id};
        return ConnectionReplica.<ConnectionReplica>find(query + " order by versionId desc", parameters)
                .firstResult()
                .map(connection -> {
                    if (connection == null) {
                        throw ProblemException.notFound("connection " + ref.key() + " not found in " + context);
                    }
                    return new GrantedItem(
                            GrantEntity.RESOURCE_CONNECTION,
                            connection.id,
                            connection.tenantId,
                            connection.orgId,
                            connection.integrationId);
                });
    }

    private static boolean inScope(ScopeContext context, String tenantId, String orgId) {
        if (!context.tenant().id.equals(tenantId)) {
            return false;
        }
        return context.isOrg() ? context.org().id.equals(orgId) : orgId == null;
    }

    private static Uni<GrantEntity> findOn(GrantedItem item, String grantId) {
        return GrantEntity.<GrantEntity>findById(grantId).map(grant -> {
            if (grant == null
                    || !grant.resourceType.equals(item.resourceType())
                    || !grant.resourceId.equals(item.resourceId())) {
                throw ProblemException.notFound(
                        "permission " + grantId + " not found on " + item.resourceType() + " " + item.resourceId());
            }
            return grant;
        });
    }

    private static void requireVersion(GrantEntity grant, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != grant.versionId) {
            throw ProblemException.preconditionFailed("permission " + grant.id + " is at version " + grant.versionId
                    + ", not " + expectedVersion + "; read it again and retry");
        }
    }

    private static Uni<GrantView> view(ScopeContext context, GrantEntity grant) {
        return views(context, List.of(grant)).map(views -> views.get(0));
    }

    /** Adds target handles with two queries per page: one for workspaces, one for orgs. */
    private static Uni<List<GrantView>> views(ScopeContext context, List<GrantEntity> grants) {
        Set<String> workspaceIds = grants.stream()
                .filter(grant -> grant.targetType.equals(GrantEntity.TARGET_WORKSPACE))
                .map(grant -> grant.targetId)
                .collect(Collectors.toSet());
        Uni<List<WorkspaceEntity>> workspaces =
                workspaceIds.isEmpty() ? Uni.createFrom().item(List.of()) : WorkspaceEntity.listByIds(workspaceIds);
        return workspaces.chain(loaded -> {
            Map<String, WorkspaceEntity> workspaceById =
                    loaded.stream().collect(Collectors.toMap(workspace -> workspace.id, Function.identity()));
            Set<String> orgIds = new HashSet<>();
            loaded.forEach(workspace -> orgIds.add(workspace.orgId));
            grants.stream()
                    .filter(grant -> grant.targetType.equals(GrantEntity.TARGET_ORG))
                    .forEach(grant -> orgIds.add(grant.targetId));
            Uni<List<OrgEntity>> orgs =
                    orgIds.isEmpty() ? Uni.createFrom().item(List.of()) : OrgEntity.listByIds(orgIds);
            return orgs.map(loadedOrgs -> {
                Map<String, OrgEntity> orgById =
                        loadedOrgs.stream().collect(Collectors.toMap(org -> org.id, Function.identity()));
                return grants.stream()
                        .map(grant -> toView(context, grant, workspaceById, orgById))
                        .toList();
            });
        });
    }

    private static GrantView toView(
            ScopeContext context,
            GrantEntity grant,
            Map<String, WorkspaceEntity> workspaceById,
            Map<String, OrgEntity> orgById) {
        WorkspaceEntity workspace =
                grant.targetType.equals(GrantEntity.TARGET_WORKSPACE) ? workspaceById.get(grant.targetId) : null;
        String orgId = workspace != null
                ? workspace.orgId
                : grant.targetType.equals(GrantEntity.TARGET_ORG) ? grant.targetId : null;
        OrgEntity org = orgId != null ? orgById.get(orgId) : null;
        return new GrantView(
                grant,
                context.tenant().handle,
                orgId,
                org != null ? org.handle : null,
                workspace != null ? workspace.id : null,
                workspace != null ? workspace.handle : null);
    }

    /**
     * A folder or connection addressed by a request path.
     *
     * @param key the folder id, or the connection handle
     */
    public record ItemRef(Scope scope, String resourceType, String key) {

        public static ItemRef folder(Scope scope, String folderId) {
            return new ItemRef(scope, GrantEntity.RESOURCE_FOLDER, folderId);
        }

        public static ItemRef connection(Scope scope, String connectionHandle) {
            return new ItemRef(scope, GrantEntity.RESOURCE_CONNECTION, connectionHandle);
        }

        boolean isFolder() {
            return GrantEntity.RESOURCE_FOLDER.equals(resourceType);
        }
    }
}
