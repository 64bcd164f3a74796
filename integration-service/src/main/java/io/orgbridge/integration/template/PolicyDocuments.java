package io.orgbridge.integration.template;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** IAM policy documents shared by the CloudFormation and Terraform templates, as JSON-ready maps. */
final class PolicyDocuments {

    /** The Organizations read actions discovery calls. */
    static final List<String> ORGANIZATIONS_READ_ACTIONS = List.of(
            "organizations:DescribeOrganization",
            "organizations:DescribeOrganizationalUnit",
            "organizations:DescribeAccount",
            "organizations:ListRoots",
            "organizations:ListOrganizationalUnitsForParent",
            "organizations:ListAccountsForParent",
            "organizations:ListAccounts",
            "organizations:ListChildren",
            "organizations:ListParents",
            "organizations:ListTagsForResource");

    static final String ORGANIZATIONS_READ_POLICY_NAME = "OrganizationsRead";

    /** Managed policy the member roles carry, with the partition left to the template. */
    static final String READ_ONLY_ACCESS_PATH = ":iam::aws:policy/ReadOnlyAccess";

    private PolicyDocuments() {}

    /**
     * Returns the external IDs the management account's role trusts: the member external ID, and
     * the discovery external ID too when that role is also the discovery role.
     */
    static List<String> managementExternalIds(RoleTemplateRequest request) {
        Set<String> externalIds = new LinkedHashSet<>();
        externalIds.add(request.memberExternalId());
        if (request.managementRoleIsDiscoveryRole()) {
            externalIds.add(request.discoveryExternalId().orElseThrow());
        }
        return List.copyOf(externalIds);
    }

    /**
     * Returns a trust policy that lets the platform principal assume the role only with one of the
     * external IDs ({@code sts:ExternalId} condition).
     */
    static Map<String, Object> trustPolicy(String principalArn, List<String> externalIds) {
        Object externalId = externalIds.size() == 1 ? externalIds.get(0) : externalIds;
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("AWS", principalArn));
        statement.put("Action", "sts:AssumeRole");
        statement.put("Condition", Map.of("StringEquals", Map.of("sts:ExternalId", externalId)));
        return document(statement);
    }

    static Map<String, Object> organizationsReadPolicy() {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", ORGANIZATIONS_READ_ACTIONS);
        statement.put("Resource", "*");
        return document(statement);
    }

    private static Map<String, Object> document(Map<String, Object> statement) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statement));
        return document;
    }
}
