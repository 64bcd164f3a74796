package io.orgbridge.connection.rest;

import java.time.Instant;
import java.util.List;

import io.orgbridge.connection.entity.AwsConnectionSettings;

/**
 * A connection as the API returns it.
 *
 * @param trunk the folders above the connection, top-level folder first
 * @param integrationResourceIdentifier the AWS account id
 * @param integrationResourcePath the root's and OU names down to the account's OU, joined by {@code /}
 */
public record ConnectionView(
        String id,
        String type,
        String handle,
        String handleMode,
        String handleDynamic,
        String plugin,
        String status,
        String statusReason,
        String tenantId,
        String orgId,
        String parentId,
        String integrationId,
        String integrationHandle,
        AwsConnectionSettings config,
        String configSource,
        List<TrunkItem> trunk,
        String integrationResourceType,
        String integrationResourceIdentifier,
        String integrationResourceName,
        String integrationResourcePath,
        String accountState,
        long versionId,
        Instant createdAt,
        Instant updatedAt,
        String updatedById) {}
