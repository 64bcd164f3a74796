package io.orgbridge.connection.service;

import java.util.List;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;

/**
 * A connection with what its API view shows besides its own fields.
 *
 * @param trunk the folders above it, top-level folder first
 */
public record ConnectionDetails(ConnectionEntity connection, List<FolderEntity> trunk, String integrationHandle) {}
