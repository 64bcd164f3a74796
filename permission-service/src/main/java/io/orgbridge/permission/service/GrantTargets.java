package io.orgbridge.permission.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.WorkspaceEntity;
import io.orgbridge.platform.rest.ProblemException;

/**
 * Turns a {@link PermissionRequest} into the target of a grant, within the item's scope. Nothing
 * crosses tenants or orgs: an org item goes to its own org or one of its workspaces, a tenant item
 * to its tenant, one of its orgs, or a workspace of one of its orgs. Every rejection is a 400
 * naming the field.
 */
@ApplicationScoped
public class GrantTargets {

    public Uni<GrantTarget> resolve(ScopeContext context, PermissionRequest request) {
        PermissionRequest body = request != null ? request : new PermissionRequest(null, null, null);
        requireHandleFormats(body);
        requireSameTenant(context, body.tenantHandle());
        return context.isOrg() ? forOrgItem(context, body) : forTenantItem(context, body);
    }

    private static Uni<GrantTarget> forOrgItem(ScopeContext context, PermissionRequest body) {
        OrgEntity org = context.org();
        if (isBlank(body.identityHandle())) {
            if (!isBlank(body.tenantHandle())) {
                throw ProblemException.invalidField(
                        "body.tenant_handle",
                        "items of org " + org.handle + " cannot be granted to a tenant; set identity_handle to "
                                + org.handle + " instead");
            }
            throw ProblemException.invalidField(
                    "body.identity_handle",
                    "identity_handle is required; set it to " + org.handle
                            + " (the org), and add workspace_handle to grant one workspace");
        }
        if (!org.handle.equals(body.identityHandle())) {
            throw ProblemException.invalidField(
                    "body.identity_handle",
                    "org " + body.identityHandle() + " is not org " + org.handle + "; items of org " + org.handle
                            + " can be granted only within it");
        }
        return orgOrWorkspace(org, body.workspaceHandle());
    }

    private static Uni<GrantTarget> forTenantItem(ScopeContext context, PermissionRequest body) {
        String tenantHandle = context.tenant().handle;
        if (isBlank(body.identityHandle())) {
            if (!isBlank(body.workspaceHandle())) {
                throw ProblemException.invalidField(
                        "body.identity_handle",
                        "identity_handle is required with workspace_handle; set it to the handle of the workspace's org");
            }
            if (isBlank(body.tenantHandle())) {
                throw ProblemException.invalidField(
                        "body.tenant_handle",
                        "set tenant_handle to " + tenantHandle + " to grant the whole tenant, or identity_handle to"
                                + " an org of tenant " + tenantHandle);
            }
            return Uni.createFrom().item(new GrantTarget(GrantEntity.TARGET_TENANT, context.tenant().id));
        }
        return OrgEntity.findByHandle(body.identityHandle()).chain(org -> {
            if (org == null || !org.tenantId.equals(context.tenant().id)) {
                throw ProblemException.invalidField(
                        "body.identity_handle",
                        "org " + body.identityHandle() + " not found in tenant " + tenantHandle
                                + "; items of a tenant can be granted only within it");
            }
            return orgOrWorkspace(org, body.workspaceHandle());
        });
    }

    private static Uni<GrantTarget> orgOrWorkspace(OrgEntity org, String workspaceHandle) {
        if (isBlank(workspaceHandle)) {
            return Uni.createFrom().item(new GrantTarget(GrantEntity.TARGET_ORG, org.id));
        }
        return WorkspaceEntity.findInOrg(org.id, workspaceHandle).map(workspace -> {
            if (workspace == null) {
                throw ProblemException.invalidField(
                        "body.workspace_handle",
                        "workspace " + workspaceHandle + " not found in org " + org.handle
                                + "; omit workspace_handle to grant every workspace of the org");
            }
            return new GrantTarget(GrantEntity.TARGET_WORKSPACE, workspace.id);
        });
    }

    /** Rejects malformed handles before they reach a query; no org or workspace could have them. */
    private static void requireHandleFormats(PermissionRequest body) {
        if (!isBlank(body.identityHandle()) && !Handles.isTenantOrOrgHandle(body.identityHandle())) {
            throw ProblemException.invalidField(
                    "body.identity_handle",
                    "identity_handle " + body.identityHandle() + " is not an org handle; "
                            + Handles.TENANT_OR_ORG_RULE);
        }
        if (!isBlank(body.workspaceHandle()) && !Handles.isWorkspaceHandle(body.workspaceHandle())) {
            throw ProblemException.invalidField(
                    "body.workspace_handle",
                    "workspace_handle " + body.workspaceHandle() + " is not a workspace handle; "
                            + Handles.WORKSPACE_RULE);
        }
    }

    private static void requireSameTenant(ScopeContext context, String tenantHandle) {
        if (!isBlank(tenantHandle) && !tenantHandle.equals(context.tenant().handle)) {
            throw ProblemException.invalidField(
                    "body.tenant_handle",
                    "tenant " + tenantHandle + " is not the tenant of " + context + " (" + context.tenant().handle
                            + "); omit tenant_handle or set it to " + context.tenant().handle);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
