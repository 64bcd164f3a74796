package io.orgbridge.permission.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.events.EventCodec;
import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.permission.entity.FolderReplica;
import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.entity.IntegrationReplica;
import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.WorkspaceEntity;

/**
 * Turns an integration's {@code permissions} setting into grants on its top-level folder, once
 * both the setting and the folder are known. {@code all_workspaces} becomes one grant to the
 * integration's org (or tenant), which covers workspaces created later; {@code workspaces}
 * becomes one grant per listed workspace. These grants carry origin {@code integration}: a later
 * change of the setting adds and deletes only them, never a grant a user made.
 *
 * <p>The root folder and settings last applied are stored on the integration, so a redelivered
 * event or an unrelated update changes nothing, and a grant a user deleted stays deleted until the
 * setting changes. Callers recompute the workspaces when this reports a change.
 */
@ApplicationScoped
public class InitialPermissionService {

    private final GrantWriter grants;

    public InitialPermissionService(GrantWriter grants) {
        this.grants = grants;
    }

    /** Applies the integration's setting if its root folder is known; emits whether any grant changed. */
    public Uni<Boolean> applyFor(IntegrationReplica integration) {
        if (integration.deleted) {
            return Uni.createFrom().item(false);
        }
        return FolderReplica.findIntegrationRoot(integration.id).chain(root -> {
            if (root == null) {
                return Uni.createFrom().item(false);
            }
            return apply(integration, root);
        });
    }

    /** Applies the setting of the integration that owns this root folder, if the integration is known. */
    public Uni<Boolean> applyForRoot(FolderReplica root) {
        return IntegrationReplica.<IntegrationReplica>findById(root.integrationId)
                .chain(integration -> {
                    if (integration == null || integration.deleted) {
                        return Uni.createFrom().item(false);
                    }
                    return apply(integration, root);
                });
    }

    private Uni<Boolean> apply(IntegrationReplica integration, FolderReplica root) {
        PermissionSettings settings = settingsOf(integration);
        String applied = root.id + " " + toJson(settings);
        if (applied.equals(integration.appliedPermissions)) {
            return Uni.createFrom().item(false);
        }
        integration.appliedPermissions = applied;
        GrantedItem item =
                new GrantedItem(GrantEntity.RESOURCE_FOLDER, root.id, root.tenantId, root.orgId, integration.id);
        return targets(integration, settings)
                .chain(targets -> GrantEntity.listFromIntegration(integration.id)
                        .chain(existing -> reconcile(item, targets, existing)))
                .replaceWith(true);
    }

    private Uni<Void> reconcile(GrantedItem item, List<GrantTarget> targets, List<GrantEntity> existing) {
        List<GrantEntity> obsolete = existing.stream()
                .filter(grant -> !grant.resourceId.equals(item.resourceId()) || !targets.contains(targetOf(grant)))
                .toList();
        List<GrantTarget> missing = targets.stream()
                .filter(target -> existing.stream()
                        .noneMatch(grant -> grant.resourceId.equals(item.resourceId())
                                && targetOf(grant).equals(target)))
                .toList();
        return grants.deleteAll(obsolete)
                .chain(() -> Sequence.forEach(missing, target -> createUnlessPresent(item, target)));
    }

    private Uni<Void> createUnlessPresent(GrantedItem item, GrantTarget target) {
        return GrantEntity.findSame(item.resourceType(), item.resourceId(), target.type(), target.id())
                .chain(same -> {
                    if (same != null) {
                        // A user already made this grant; it stays theirs.
                        return Uni.createFrom().voidItem();
                    }
                    return grants.create(
                                    item, target, GrantEntity.ORIGIN_INTEGRATION, "integration:" + item.integrationId())
                            .replaceWithVoid();
                });
    }

    private Uni<List<GrantTarget>> targets(IntegrationReplica integration, PermissionSettings settings) {
        return switch (settings.mode()) {
            case PermissionSettings.ALL_WORKSPACES -> Uni.createFrom().item(List.of(scopeTarget(integration)));
            case PermissionSettings.WORKSPACES -> workspaceTargets(integration, settings.workspaces());
            default -> Uni.createFrom().item(List.of());
        };
    }

    private static GrantTarget scopeTarget(IntegrationReplica integration) {
        return integration.isOrgScope()
                ? new GrantTarget(GrantEntity.TARGET_ORG, integration.orgId)
                : new GrantTarget(GrantEntity.TARGET_TENANT, integration.tenantId);
    }

    private Uni<List<GrantTarget>> workspaceTargets(IntegrationReplica integration, List<String> handles) {
        List<GrantTarget> targets = new ArrayList<>();
        return Sequence.forEach(handles, handle -> findWorkspace(integration, handle)
                        .invoke(found -> found.ifPresentOrElse(
                                workspace -> targets.add(new GrantTarget(GrantEntity.TARGET_WORKSPACE, workspace.id)),
                                () -> Log.warnf(
                                        "Skipping workspace handle %s in the permissions of integration %s:"
                                                + " no such workspace in its %s",
                                        handle, integration.id, integration.scope)))
                        .replaceWithVoid())
                .map(ignored -> List.copyOf(targets));
    }

    /**
     * Finds a listed workspace. An org integration names workspaces of its org; a tenant
     * integration names {@code <org handle>/<workspace handle>}, or a bare workspace handle that
     * only one org of the tenant uses.
     */
    private Uni<Optional<WorkspaceEntity>> findWorkspace(IntegrationReplica integration, String handle) {
        if (integration.isOrgScope()) {
            return WorkspaceEntity.findInOrg(integration.orgId, handle).map(Optional::ofNullable);
        }
        int slash = handle.indexOf('/');
        if (slash > 0) {
            return OrgEntity.findByHandle(handle.substring(0, slash)).chain(org -> {
                if (org == null || !org.tenantId.equals(integration.tenantId)) {
                    return Uni.createFrom().item(Optional.<WorkspaceEntity>empty());
                }
                return WorkspaceEntity.findInOrg(org.id, handle.substring(slash + 1))
                        .map(Optional::ofNullable);
            });
        }
        return WorkspaceEntity.listInTenantByHandle(integration.tenantId, handle)
                .map(found -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.<WorkspaceEntity>empty());
    }

    private static GrantTarget targetOf(GrantEntity grant) {
        return new GrantTarget(grant.targetType, grant.targetId);
    }

    /** Reads the stored setting, with a missing or unknown mode read as {@code none} and handles sorted. */
    static PermissionSettings settingsOf(IntegrationReplica integration) {
        if (integration.permissions == null) {
            return new PermissionSettings(PermissionSettings.NONE, List.of());
        }
        try {
            return normalize(EventCodec.dataMapper().readValue(integration.permissions, PermissionSettings.class));
        } catch (JsonProcessingException e) {
            Log.warnf(
                    "Reading the stored permissions of integration %s failed, using none: %s",
                    integration.id, e.getMessage());
            return new PermissionSettings(PermissionSettings.NONE, List.of());
        }
    }

    static PermissionSettings normalize(PermissionSettings settings) {
        if (settings == null || settings.mode() == null) {
            return new PermissionSettings(PermissionSettings.NONE, List.of());
        }
        String mode = settings.mode();
        if (!mode.equals(PermissionSettings.ALL_WORKSPACES) && !mode.equals(PermissionSettings.WORKSPACES)) {
            if (!mode.equals(PermissionSettings.NONE)) {
                Log.warnf("Unknown permissions mode %s, using none", mode);
            }
            return new PermissionSettings(PermissionSettings.NONE, List.of());
        }
        List<String> handles = settings.workspaces() == null || mode.equals(PermissionSettings.ALL_WORKSPACES)
                ? List.of()
                : settings.workspaces().stream()
                        .filter(h -> h != null && !h.isBlank())
                        .distinct()
                        .sorted()
                        .toList();
        return new PermissionSettings(mode, handles);
    }

    static String toJson(PermissionSettings settings) {
        try {
            return EventCodec.dataMapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode permission settings", e);
        }
    }
}
