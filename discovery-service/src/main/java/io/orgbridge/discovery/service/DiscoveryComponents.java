package io.orgbridge.discovery.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.MemberRoleCheck;
import io.orgbridge.discovery.config.DiscoveryConfig;

/** Builds the plain walker and role checker from configuration. */
public class DiscoveryComponents {

    @Produces
    @Singleton
    OrganizationWalker organizationWalker(AwsClientFactory clients, DiscoveryConfig config) {
        return new OrganizationWalker(clients, config.pageSize(), config.parentConcurrency());
    }

    @Produces
    @Singleton
    RoleChecker roleChecker(MemberRoleCheck memberRoleCheck, DiscoveryConfig config) {
        return new RoleChecker(memberRoleCheck, config.roleCheckConcurrency());
    }
}
