package io.orgbridge.integration.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * CloudFormation templates (YAML) of the roles an integration needs. Structures are built as maps
 * and written by Jackson YAML, so every value is quoted as YAML requires. ARNs of AWS managed
 * policies use the {@code AWS::Partition} pseudo parameter, so the templates work in every
 * partition.
 */
final class CloudFormationTemplates {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private static final Map<String, Object> READ_ONLY_ACCESS_ARN =
            Map.of("Fn::Sub", "arn:${AWS::Partition}" + PolicyDocuments.READ_ONLY_ACCESS_PATH);

    private CloudFormationTemplates() {}

    /** Renders the discovery role, deployed as a stack in the management (or delegated administrator) account. */
    static String discoveryRole(RoleTemplateRequest request) {
        String roleName = request.discoveryRoleName().orElseThrow();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("RoleName", roleName);
        properties.put("Path", request.discoveryRolePath());
        properties.put(
                "Description", "Reads the AWS Organization for orgbridge integration " + request.integrationHandle());
        properties.put(
                "AssumeRolePolicyDocument",
                PolicyDocuments.trustPolicy(
                        request.platformPrincipalArn(),
                        List.of(request.discoveryExternalId().orElseThrow())));
        properties.put("Policies", List.of(organizationsReadPolicy()));
        String description = "Discovery role " + roleName + " for orgbridge integration " + request.integrationHandle()
                + ". Deploy it as a stack in the management account (or a delegated administrator account).";
        description +=
                request.externalIdNote(List.of(request.discoveryExternalId().orElseThrow()));
        if (request.managementRoleIsDiscoveryRole()) {
            description += " The management role template creates this same role with ReadOnlyAccess as well;"
                    + " deploy only one of the two.";
        }
        return write(template(description, Map.of(), Map.of("DiscoveryRole", role(properties)), "DiscoveryRole"));
    }

    /**
     * Renders a service-managed StackSet that creates the connection role in every account of the
     * chosen OUs, including accounts added later. AWS never deploys a service-managed StackSet to the
     * management account, which needs {@link #managementRole} instead.
     */
    static String memberRoleStackSet(RoleTemplateRequest request) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("Type", "CommaDelimitedList");
        parameter.put(
                "Description",
                "Root or OU ids whose accounts get the role; the StackSet never deploys to the management account");
        request.rootId().ifPresent(rootId -> parameter.put("Default", rootId));

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("StackSetName", "orgbridge-" + request.integrationHandle() + "-member-role");
        properties.put(
                "Description",
                "Connection role " + request.memberRoleName() + " of orgbridge integration "
                        + request.integrationHandle() + " in every member account");
        properties.put("PermissionModel", "SERVICE_MANAGED");
        properties.put("AutoDeployment", Map.of("Enabled", true, "RetainStacksOnAccountRemoval", false));
        properties.put("Capabilities", List.of("CAPABILITY_NAMED_IAM"));
        properties.put("ManagedExecution", Map.of("Active", true));
        properties.put(
                "StackInstancesGroup",
                List.of(Map.of(
                        "DeploymentTargets", Map.of("OrganizationalUnitIds", Map.of("Ref", "OrganizationalUnitIds")),
                        "Regions", List.of(Map.of("Ref", "AWS::Region")))));
        properties.put("TemplateBody", write(memberRoleTemplate(request)));

        Map<String, Object> stackSet = new LinkedHashMap<>();
        stackSet.put("Type", "AWS::CloudFormation::StackSet");
        stackSet.put("Properties", properties);
        String description = "StackSet of connection role " + request.memberRoleName() + " for orgbridge integration "
                + request.integrationHandle() + ". Deploy it in the management account; it reaches every member"
                + " account of the chosen OUs but never the management account itself."
                + request.externalIdNote(List.of(request.memberExternalId()));
        return write(template(
                description, Map.of("OrganizationalUnitIds", parameter), Map.of("MemberRoleStackSet", stackSet), null));
    }

    /** Renders the connection role of the management account, which no service-managed StackSet reaches. */
    static String managementRole(RoleTemplateRequest request) {
        Map<String, Object> resources = Map.of("ManagementRole", role(managementRoleProperties(request)));
        String description = "Connection role " + request.memberRoleName() + " of the management account for"
                + " orgbridge integration " + request.integrationHandle() + ". The member role StackSet never"
                + " deploys to the management account, so deploy this stack there.";
        if (request.managementRoleIsDiscoveryRole()) {
            description += " It is also the discovery role (same name), so it carries the Organizations read"
                    + " policy and trusts both external IDs.";
        }
        description += request.externalIdNote(PolicyDocuments.managementExternalIds(request));
        return write(template(description, Map.of(), resources, "ManagementRole"));
    }

    private static Map<String, Object> memberRoleTemplate(RoleTemplateRequest request) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("RoleName", request.memberRoleName());
        properties.put(
                "AssumeRolePolicyDocument",
                PolicyDocuments.trustPolicy(request.platformPrincipalArn(), List.of(request.memberExternalId())));
        properties.put("ManagedPolicyArns", List.of(READ_ONLY_ACCESS_ARN));
        String description = "Connection role " + request.memberRoleName() + " of orgbridge integration "
                + request.integrationHandle();
        return template(description, Map.of(), Map.of("MemberRole", role(properties)), null);
    }

    private static Map<String, Object> managementRoleProperties(RoleTemplateRequest request) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("RoleName", request.memberRoleName());
        if (request.managementRoleIsDiscoveryRole()) {
            properties.put("Policies", List.of(organizationsReadPolicy()));
        }
        properties.put(
                "AssumeRolePolicyDocument",
                PolicyDocuments.trustPolicy(
                        request.platformPrincipalArn(), PolicyDocuments.managementExternalIds(request)));
        properties.put("ManagedPolicyArns", List.of(READ_ONLY_ACCESS_ARN));
        return properties;
    }

    private static Map<String, Object> organizationsReadPolicy() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("PolicyName", PolicyDocuments.ORGANIZATIONS_READ_POLICY_NAME);
        policy.put("PolicyDocument", PolicyDocuments.organizationsReadPolicy());
        return policy;
    }

    private static Map<String, Object> role(Map<String, Object> properties) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("Type", "AWS::IAM::Role");
        role.put("Properties", properties);
        return role;
    }

    private static Map<String, Object> template(
            String description, Map<String, Object> parameters, Map<String, Object> resources, String outputRole) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description);
        if (!parameters.isEmpty()) {
            template.put("Parameters", parameters);
        }
        template.put("Resources", resources);
        if (outputRole != null) {
            template.put(
                    "Outputs", Map.of("RoleArn", Map.of("Value", Map.of("Fn::GetAtt", List.of(outputRole, "Arn")))));
        }
        return template;
    }

    private static String write(Map<String, Object> template) {
        try {
            return YAML.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a CloudFormation template", e);
        }
    }
}
