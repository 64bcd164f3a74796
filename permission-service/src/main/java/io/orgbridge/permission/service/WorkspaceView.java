package io.orgbridge.permission.service;

import java.util.List;

import io.orgbridge.permission.entity.WorkspaceEntity;

/**
 * A workspace with its org handle and search path.
 *
 * @param searchPath {@code public}, then aggregator schemas, then connection schemas
 */
public record WorkspaceView(WorkspaceEntity workspace, String orgHandle, List<String> searchPath) {}
