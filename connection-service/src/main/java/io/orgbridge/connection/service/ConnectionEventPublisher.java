package io.orgbridge.connection.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.Topics;
import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.connection.FolderData;
import io.orgbridge.platform.outbox.Outbox;

/**
 * Adds folder and connection events to the outbox, keyed by integration id so that every event
 * of one integration lands in one partition in order. Must run inside the transaction of the change.
 */
@ApplicationScoped
public class ConnectionEventPublisher {

    public static final String SOURCE = "/orgbridge/connection-service";

    private final Outbox outbox;
    private final Clock clock;

    public ConnectionEventPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Publishes every change in the order consumers need: new folders parents first, moved or
     * renamed folders, then connections, and deleted folders last, children first.
     */
    public Uni<Void> publish(TreeChanges changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        chain = folders(chain, EventTypes.FOLDER_CREATED, changes.createdFolders());
        chain = folders(chain, EventTypes.FOLDER_UPDATED, changes.updatedFolders());
        chain = connections(chain, EventTypes.CONNECTION_CREATED, changes.createdConnections());
        chain = connections(chain, EventTypes.CONNECTION_UPDATED, changes.updatedConnections());
        chain = connections(chain, EventTypes.CONNECTION_DELETED, changes.deletedConnections());
        return folders(chain, EventTypes.FOLDER_DELETED, changes.deletedFolders());
    }

    public Uni<Void> folder(String type, FolderEntity folder) {
        var event = EventCodec.create(
                SOURCE, type, folder.id, folder.tenantId, folder.orgId, folderData(folder), clock.instant());
        return outbox.add(Topics.CONNECTION_EVENTS, folder.integrationId, event);
    }

    public Uni<Void> connection(String type, ConnectionEntity connection) {
        var event = EventCodec.create(
                SOURCE,
                type,
                connection.id,
                connection.tenantId,
                connection.orgId,
                connectionData(connection),
                clock.instant());
        return outbox.add(Topics.CONNECTION_EVENTS, connection.integrationId, event);
    }

    static FolderData folderData(FolderEntity folder) {
        return new FolderData(
                folder.id,
                folder.tenantId,
                folder.orgId,
                folder.integrationId,
                folder.parentId,
                folder.title,
                folder.ouId,
                folder.integrationRoot,
                folder.versionId);
    }

    static ConnectionData connectionData(ConnectionEntity connection) {
        AwsConnectionSettings config = connection.config;
        return new ConnectionData(
                connection.id,
                connection.tenantId,
                connection.orgId,
                connection.integrationId,
                connection.parentId,
                connection.handle,
                connection.handleMode,
                connection.plugin,
                connection.status,
                connection.statusReason,
                connection.accountId,
                connection.accountName,
                connection.accountState,
                connection.ouPath,
                new ConnectionData.AwsConnectionConfig(
                        config.roleArn(),
                        config.externalId(),
                        config.regions(),
                        config.defaultRegion(),
                        config.maxErrorRetryAttempts(),
                        config.minErrorRetryDelay(),
                        config.ignoreErrorCodes()),
                connection.versionId);
    }

    private Uni<Void> folders(Uni<Void> chain, String type, List<FolderEntity> folders) {
        Uni<Void> result = chain;
        for (FolderEntity folder : folders) {
            result = result.chain(() -> folder(type, folder));
        }
        return result;
    }

    private Uni<Void> connections(Uni<Void> chain, String type, List<ConnectionEntity> connections) {
        Uni<Void> result = chain;
        for (ConnectionEntity connection : connections) {
            result = result.chain(() -> connection(type, connection));
        }
        return result;
    }
}
