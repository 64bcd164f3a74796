package io.orgbridge.connection.service;

import java.util.List;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;

/** Every folder and connection of a tenant or org, or of one of its integrations, for the tree view. */
public record TreeNodes(List<FolderEntity> folders, List<ConnectionEntity> connections) {}
