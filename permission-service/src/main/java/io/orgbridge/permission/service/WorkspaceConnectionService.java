package io.orgbridge.permission.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import io.orgbridge.permission.entity.WorkspaceEntity;
import io.orgbridge.permission.messaging.DirectoryEventPublisher;
import io.orgbridge.permission.messaging.DirectoryEventPublisher.WorkspaceConnectionChange;

/**
 * Keeps {@code workspace_connection} equal to the connections each workspace can use: enabled,
 * live connections with a grant on themselves or on any live ancestor folder that targets the
 * workspace, its org or its tenant. Each recompute covers the workspaces of the affected orgs,
 * computes the wanted rows with one recursive query, applies the difference in two statements,
 * and publishes one workspace-connection event per row removed or added. A renamed connection
 * is removed under its old schema name and added under the new one.
 *
 * <p>Must run inside a transaction. It flushes the session first, so the query reads the
 * caller's pending changes.
 */
@ApplicationScoped
public class WorkspaceConnectionService {

    /** Folders deeper than this are ignored, which also stops a parent cycle in bad data. */
    static final int MAX_FOLDER_DEPTH = 64;

    private static final String WANTED_ROWS =
            """
            with recursive
            scope_workspace as (
                select w.id, w.org_id, w.tenant_id from workspace w where w.org_id in (:orgIds)
            ),
            live_connection as (
                select c.id, c.tenant_id, c.org_id, c.parent_id, c.handle
                from tree_connection c
                where not c.deleted and c.status = 'enabled'
                  and c.tenant_id in (select s.tenant_id from scope_workspace s)
                  and (c.org_id is null or c.org_id in (:orgIds))
            ),
            ancestor (connection_id, folder_id, parent_id, depth) as (
                select c.id, f.id, f.parent_id, 1
                from live_connection c join tree_folder f on f.id = c.parent_id and not f.deleted
                union all
                select a.connection_id, p.id, p.parent_id, a.depth + 1
                from ancestor a join tree_folder p on p.id = a.parent_id and not p.deleted
                where a.depth < %d
            ),
            granted_item (connection_id, resource_type, resource_id) as (
                select c.id, 'connection', c.id from live_connection c
                union all
                select a.connection_id, 'folder', a.folder_id from ancestor a
            ),
            candidate as (
                select distinct w.id as workspace_id, w.org_id, w.tenant_id,
                       c.id as connection_id, c.handle as schema_name, c.org_id as connection_org_id
                from granted_item gi
                join permission_grant g on g.resource_type = gi.resource_type and g.resource_id = gi.resource_id
                join live_connection c on c.id = gi.connection_id
                join scope_workspace w on w.tenant_id = c.tenant_id
                    and (c.org_id is null or c.org_id = w.org_id)
                    and ((g.target_type = 'workspace' and g.target_id = w.id)
                      or (g.target_type = 'org' and g.target_id = w.org_id)
                      or (g.target_type = 'tenant' and g.target_id = w.tenant_id))
            ),
            wanted as (
                select ranked.workspace_id, ranked.org_id, ranked.tenant_id, ranked.connection_id, ranked.schema_name
                from (select cand.*, row_number() over (
                          partition by cand.workspace_id, cand.schema_name
                          order by (cand.connection_org_id is null), cand.connection_id) as schema_rank
                      from candidate cand) ranked
                where ranked.schema_rank = 1
            )
            """
                    .formatted(MAX_FOLDER_DEPTH);

    // NOTE: an org connection and a tenant connection with the same handle would collide as schema
    // names in a workspace. The ranking keeps the org connection, then the lower id.
    private static final String DELETE_UNWANTED = WANTED_ROWS
            + """
            , removed as (
                delete from workspace_connection wc
                using scope_workspace s
                where wc.workspace_id = s.id
                  and not exists (select 1 from wanted d
                                  where d.workspace_id = wc.workspace_id
                                    and d.connection_id = wc.connection_id
                                    and d.schema_name = wc.schema_name)
                returning wc.workspace_id, wc.connection_id, wc.schema_name, wc.org_id, wc.tenant_id
            )
            select workspace_id, connection_id, schema_name, org_id, tenant_id
            from removed order by workspace_id, schema_name
            """;

    private static final String INSERT_MISSING = WANTED_ROWS
            + """
            , added as (
                insert into workspace_connection (workspace_id, connection_id, schema_name, org_id, tenant_id)
                select d.workspace_id, d.connection_id, d.schema_name, d.org_id, d.tenant_id
                from wanted d
                where not exists (select 1 from workspace_connection wc
                                  where wc.workspace_id = d.workspace_id and wc.connection_id = d.connection_id)
                returning workspace_id, connection_id, schema_name, org_id, tenant_id
            )
            select workspace_id, connection_id, schema_name, org_id, tenant_id
            from added order by workspace_id, schema_name
            """;

    private static final String DELETE_OF_WORKSPACE =
            """
            with removed as (
                delete from workspace_connection where workspace_id = :workspaceId
                returning workspace_id, connection_id, schema_name, org_id, tenant_id
            )
            select workspace_id, connection_id, schema_name, org_id, tenant_id
            from removed order by schema_name
            """;

    private static final String LIST_OF_WORKSPACE =
            """
            select wc.connection_id, wc.schema_name, c.integration_id, c.parent_id, c.plugin, c.status
            from workspace_connection wc join tree_connection c on c.id = wc.connection_id
            where wc.workspace_id = :workspaceId
            order by wc.schema_name
            limit :limit offset :offset
            """;

    private static final String SCHEMAS_OF_WORKSPACES =
            """
            select wc.workspace_id, wc.schema_name, c.plugin
            from workspace_connection wc join tree_connection c on c.id = wc.connection_id
            where wc.workspace_id in (:workspaceIds)
            """;

    private final DirectoryEventPublisher events;

    public WorkspaceConnectionService(DirectoryEventPublisher events) {
        this.events = events;
    }

    /**
     * Recomputes the workspaces an item of this scope can reach: those of one org, or of every org
     * of the tenant. Orgs without workspaces have nothing to recompute and are skipped.
     */
    public Uni<Void> recomputeScope(String tenantId, String orgId) {
        return WorkspaceEntity.listOrgIdsWithWorkspaces(tenantId, orgId).chain(this::recomputeOrgs);
    }

    public Uni<Void> recomputeOrgs(List<String> orgIds) {
        if (orgIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.flush()
                        .chain(() -> AdvisoryLocks.orgs(orgIds))
                        .chain(() -> changes(session, DELETE_UNWANTED, "orgIds", orgIds))
                        .chain(removed -> Sequence.forEach(removed, events::workspaceConnectionRemoved))
                        .chain(() -> changes(session, INSERT_MISSING, "orgIds", orgIds))
                        .chain(added -> Sequence.forEach(added, events::workspaceConnectionAdded)))
                .invoke(() -> Log.debugf("Recomputed workspace connections of orgs %s", orgIds));
    }

    /** Removes every row of a workspace that is being deleted and publishes the removals. */
    public Uni<Void> removeAllOf(WorkspaceEntity workspace) {
        return Panache.getSession()
                .chain(session ->
                        session.flush().chain(() -> changes(session, DELETE_OF_WORKSPACE, "workspaceId", workspace.id)))
                .chain(removed -> Sequence.forEach(removed, events::workspaceConnectionRemoved));
    }

    public Uni<List<WorkspaceConnectionRow>> list(String workspaceId, int offset, int fetchSize) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LIST_OF_WORKSPACE, Object[].class)
                        .setParameter("workspaceId", workspaceId)
                        .setParameter("limit", fetchSize)
                        .setParameter("offset", offset)
                        .getResultList())
                .map(rows ->
                        rows.stream().map(WorkspaceConnectionService::toRow).toList());
    }

    /**
     * Builds the search path of each workspace: {@code public}, then an {@code all_<plugin>}
     * aggregator for each plugin with two or more connections, then the connection schemas, each
     * group in alphabetical order.
     */
    public Uni<Map<String, List<String>>> searchPaths(List<String> workspaceIds) {
        if (workspaceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SCHEMAS_OF_WORKSPACES, Object[].class)
                        .setParameter("workspaceIds", workspaceIds)
                        .getResultList())
                .map(rows -> SearchPaths.build(workspaceIds, rows));
    }

    private static Uni<List<WorkspaceConnectionChange>> changes(
            Mutiny.Session session, String sql, String parameter, Object value) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter(parameter, value)
                .getResultList()
                .map(rows ->
                        rows.stream().map(WorkspaceConnectionService::toChange).toList());
    }

    private static WorkspaceConnectionChange toChange(Object[] row) {
        return new WorkspaceConnectionChange(
                (String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
    }

    private static WorkspaceConnectionRow toRow(Object[] row) {
        return new WorkspaceConnectionRow(
                (String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5]);
    }

    /** A connection a workspace can use, with the replica fields the API returns. */
    public record WorkspaceConnectionRow(
            String connectionId,
            String schemaName,
            String integrationId,
            String folderId,
            String plugin,
            String status) {}

    /** Groups schema rows by workspace into search paths. */
    static final class SearchPaths {

        private SearchPaths() {}

        static Map<String, List<String>> build(List<String> workspaceIds, List<Object[]> rows) {
            Map<String, TreeSet<String>> schemas = new HashMap<>();
            Map<String, Map<String, Integer>> pluginCounts = new HashMap<>();
            for (Object[] row : rows) {
                String workspaceId = (String) row[0];
                schemas.computeIfAbsent(workspaceId, id -> new TreeSet<>()).add((String) row[1]);
                if (row[2] != null) {
                    pluginCounts
                            .computeIfAbsent(workspaceId, id -> new TreeMap<>())
                            .merge((String) row[2], 1, Integer::sum);
                }
            }
            Map<String, List<String>> paths = new HashMap<>();
            for (String workspaceId : workspaceIds) {
                TreeSet<String> connectionSchemas = schemas.getOrDefault(workspaceId, new TreeSet<>());
                List<String> path = new ArrayList<>();
                path.add("public");
                pluginCounts.getOrDefault(workspaceId, Map.of()).forEach((plugin, count) -> {
                    String aggregator = "all_" + plugin;
                    // A connection that already uses the aggregator's name keeps it.
                    if (count >= 2 && !connectionSchemas.contains(aggregator)) {
                        path.add(aggregator);
                    }
                });
                path.addAll(connectionSchemas);
                paths.put(workspaceId, List.copyOf(path));
            }
            return paths;
        }
    }
}
