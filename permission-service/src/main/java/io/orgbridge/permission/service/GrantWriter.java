package io.orgbridge.permission.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.permission.entity.GrantEntity;
import io.orgbridge.permission.messaging.DirectoryEventPublisher;
import io.orgbridge.platform.id.Ids;

/**
 * Creates and deletes grants together with their {@code grant.created} and {@code grant.deleted}
 * events. Callers recompute the affected workspaces afterwards. Must run inside a transaction.
 */
@ApplicationScoped
public class GrantWriter {

    private final DirectoryEventPublisher events;
    private final Clock clock;

    public GrantWriter(DirectoryEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public Uni<GrantEntity> create(GrantedItem item, GrantTarget target, String origin, String callerId) {
        Instant now = clock.instant();
        GrantEntity grant = new GrantEntity();
        grant.id = Ids.newId(Ids.GRANT);
        grant.resourceType = item.resourceType();
        grant.resourceId = item.resourceId();
        grant.tenantId = item.tenantId();
        grant.orgId = item.orgId();
        grant.integrationId = item.integrationId();
        grant.targetType = target.type();
        grant.targetId = target.id();
        grant.origin = origin;
        grant.versionId = 1;
        grant.createdAt = now;
        grant.createdById = callerId;
        grant.updatedAt = now;
        grant.updatedById = callerId;
        return grant.<GrantEntity>persist()
                .call(events::grantCreated)
                .invoke(created -> Log.infof(
                        "Created grant %s of %s %s to %s %s (origin %s)",
                        created.id,
                        created.resourceType,
                        created.resourceId,
                        created.targetType,
                        created.targetId,
                        origin));
    }

    public Uni<Void> delete(GrantEntity grant) {
        return grant.delete()
                .call(() -> events.grantDeleted(grant))
                .invoke(() -> Log.infof(
                        "Deleted grant %s of %s %s to %s %s",
                        grant.id, grant.resourceType, grant.resourceId, grant.targetType, grant.targetId));
    }

    public Uni<Void> deleteAll(List<GrantEntity> grants) {
        return Sequence.forEach(grants, this::delete);
    }

    /** Deletes the grants on a folder or connection that no longer exists. */
    public Uni<Void> deleteOnResource(String resourceType, String resourceId) {
        return GrantEntity.listOnResource(resourceType, resourceId).chain(this::deleteAll);
    }

    /** Deletes the grants whose target (a workspace, org or tenant) no longer exists. */
    public Uni<Void> deleteTargeting(String targetType, String targetId) {
        return GrantEntity.listTargeting(targetType, targetId).chain(this::deleteAll);
    }

    /** Deletes every grant on the folders and connections of a deleted integration. */
    public Uni<Void> deleteOnIntegrationItems(String integrationId) {
        return GrantEntity.listOnIntegrationItems(integrationId).chain(this::deleteAll);
    }
}
