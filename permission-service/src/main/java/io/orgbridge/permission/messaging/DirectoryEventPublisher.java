package io.orgbridge.permission.messaging;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.directory.GrantData;
import io.orgbridge.events.directory.OrgData;
import io.orgbridge.events.directory.TenantData;
import io.orgbridge.events.directory.WorkspaceConnectionData;
import io.orgbridge.events.directory.WorkspaceData;
import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.TenantEntity;
import io.orgbridge.permission.entity.WorkspaceEntity;
import io.orgbridge.platform.outbox.Outbox;

/**
 * Adds {@code directory-events} to the outbox. Must run inside the transaction of the change the
 * event describes. Records are keyed by the org id, or by the tenant id for tenant-level changes,
 * so that the events of one org stay in order.
 */
@ApplicationScoped
public class DirectoryEventPublisher {

    public static final String SOURCE = "/orgbridge/permission-service";

    private final Outbox outbox;
    private final Clock clock;

    public DirectoryEventPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> tenantCreated(TenantEntity tenant) {
        var data = new TenantData(tenant.id, tenant.handle, tenant.plan);
        return publish(EventTypes.TENANT_CREATED, tenant.id, tenant.id, tenant.id, null, data);
    }

    public Uni<Void> orgCreated(OrgEntity org) {
        var data = new OrgData(org.id, org.handle, org.tenantId, org.plan);
        return publish(EventTypes.ORG_CREATED, org.id, org.id, org.tenantId, org.id, data);
    }

    public Uni<Void> workspaceCreated(WorkspaceEntity workspace) {
        return workspaceEvent(EventTypes.WORKSPACE_CREATED, workspace);
    }

    public Uni<Void> workspaceDeleted(WorkspaceEntity workspace) {
        return workspaceEvent(EventTypes.WORKSPACE_DELETED, workspace);
    }

    public Uni<Void> grantCreated(GrantEntity grant) {
        return grantEvent(EventTypes.GRANT_CREATED, grant);
    }

    public Uni<Void> grantDeleted(GrantEntity grant) {
        return grantEvent(EventTypes.GRANT_DELETED, grant);
    }

    public Uni<Void> workspaceConnectionAdded(WorkspaceConnectionChange change) {
        return workspaceConnectionEvent(EventTypes.WORKSPACE_CONNECTION_ADDED, change);
    }

    public Uni<Void> workspaceConnectionRemoved(WorkspaceConnectionChange change) {
        return workspaceConnectionEvent(EventTypes.WORKSPACE_CONNECTION_REMOVED, change);
    }

    private Uni<Void> workspaceEvent(String type, WorkspaceEntity workspace) {
        var data = new WorkspaceData(workspace.id, workspace.handle, workspace.orgId, workspace.tenantId);
        return publish(type, workspace.orgId, workspace.id, workspace.tenantId, workspace.orgId, data);
    }

    private Uni<Void> grantEvent(String type, GrantEntity grant) {
        var data = new GrantData(
                grant.id,
                grant.resourceType,
                grant.resourceId,
                grant.targetType,
                grant.targetId,
                grant.tenantId,
                grant.orgId);
        String key = grant.orgId != null ? grant.orgId : grant.tenantId;
        return publish(type, key, grant.id, grant.tenantId, grant.orgId, data);
    }

    private Uni<Void> workspaceConnectionEvent(String type, WorkspaceConnectionChange change) {
        var data = new WorkspaceConnectionData(change.workspaceId(), change.connectionId(), change.schemaName());
        return publish(type, change.orgId(), change.workspaceId(), change.tenantId(), change.orgId(), data);
    }

    private Uni<Void> publish(String type, String key, String subject, String tenantId, String orgId, Object data) {
        var event = EventCodec.create(SOURCE, type, subject, tenantId, orgId, data, clock.instant());
        return outbox.add(Topics.DIRECTORY_EVENTS, key, event);
    }

    /** One row added to or removed from a workspace's connection list. */
    public record WorkspaceConnectionChange(
            String workspaceId, String connectionId, String schemaName, String orgId, String tenantId) {}
}
