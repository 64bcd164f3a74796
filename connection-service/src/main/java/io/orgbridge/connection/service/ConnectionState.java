package io.orgbridge.connection.service;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.connection.entity.ConnectionEntity;

/** The fields of a connection that discovery and the integration's settings decide. */
record ConnectionState(
        String parentId,
        String handle,
        String handleDynamic,
        String status,
        String statusReason,
        String accountName,
        String accountState,
        String ouPath,
        AwsConnectionSettings config) {

    static ConnectionState of(ConnectionEntity connection) {
        return new ConnectionState(
                connection.parentId,
                connection.handle,
                connection.handleDynamic,
                connection.status,
                connection.statusReason,
                connection.accountName,
                connection.accountState,
                connection.ouPath,
                connection.config);
    }

    void applyTo(ConnectionEntity connection) {
        connection.parentId = parentId;
        connection.handle = handle;
        connection.handleDynamic = handleDynamic;
        connection.status = status;
        connection.statusReason = statusReason;
        connection.accountName = accountName;
        connection.accountState = accountState;
        connection.ouPath = ouPath;
        connection.config = config;
    }
}
