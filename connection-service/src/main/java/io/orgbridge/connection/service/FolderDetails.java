package io.orgbridge.connection.service;

import java.util.List;

import io.orgbridge.connection.entity.FolderEntity;

/**
 * A folder with what its API view shows besides its own fields.
 *
 * @param trunk the folders above it, top-level folder first; empty for a top-level folder
 */
public record FolderDetails(FolderEntity folder, List<FolderEntity> trunk, String integrationHandle) {}
