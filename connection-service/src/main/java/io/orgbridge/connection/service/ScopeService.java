package io.orgbridge.connection.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.connection.repository.IntegrationReplicaRepository;
import io.orgbridge.platform.security.Scope;

/** Maps the tenant or org handle of a URL to the id that items store as {@code scope_id}. */
@ApplicationScoped
public class ScopeService {

    private final IntegrationReplicaRepository integrations;

    public ScopeService(IntegrationReplicaRepository integrations) {
        this.integrations = integrations;
    }

    /** Emits the scope id, or null when no integration of that tenant or org is known. */
    public Uni<String> scopeId(Scope scope) {
        return integrations.findScopeId(scope);
    }

    /** Integration handles by integration id. */
    public Uni<Map<String, String>> integrationHandles(Set<String> integrationIds) {
        if (integrationIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return integrations.list("id in ?1", List.copyOf(integrationIds)).map(replicas -> {
            Map<String, String> handles = new HashMap<>();
            for (IntegrationReplica replica : replicas) {
                handles.put(replica.id, replica.handle);
            }
            return handles;
        });
    }
}
