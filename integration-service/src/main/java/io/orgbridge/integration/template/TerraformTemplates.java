package io.orgbridge.integration.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform configurations (HCL, hashicorp/aws provider) of the roles an integration needs. ARNs
 * of AWS managed policies come from the {@code aws_partition} data source, so they work in every
 * partition.
 */
final class TerraformTemplates {

    private static final String PROVIDERS =
            """
            terraform {
              required_providers {
                aws = {
                  source = "hashicorp/aws"
                }
              }
            }

            data "aws_partition" "current" {}
            """;

    private static final String READ_ONLY_ACCESS_ARN =
            "\"arn:${data.aws_partition.current.partition}" + PolicyDocuments.READ_ONLY_ACCESS_PATH + "\"";

    private TerraformTemplates() {}

    static String discoveryRole(RoleTemplateRequest request) {
        String roleName = request.discoveryRoleName().orElseThrow();
        String trust = HclWriter.expression(
                PolicyDocuments.trustPolicy(
                        request.platformPrincipalArn(),
                        List.of(request.discoveryExternalId().orElseThrow())),
                1);
        String policy = HclWriter.expression(PolicyDocuments.organizationsReadPolicy(), 1);
        StringBuilder out = header("Discovery role " + roleName + " for orgbridge integration "
                + request.integrationHandle() + ": apply in the management (or delegated administrator) account.");
        if (request.managementRoleIsDiscoveryRole()) {
            out.append("# The management role configuration creates this same role; apply only one of the two.\n");
        }
        out.append(comment(
                request.externalIdNote(List.of(request.discoveryExternalId().orElseThrow()))));
        out.append(PROVIDERS).append('\n');
        out.append("resource \"aws_iam_role\" \"discovery\" {\n")
                .append("  name               = ")
                .append(HclWriter.string(roleName))
                .append('\n')
                .append("  path               = ")
                .append(HclWriter.string(request.discoveryRolePath()))
                .append('\n')
                .append("  assume_role_policy = jsonencode(")
                .append(trust)
                .append(")\n")
                .append("}\n\n");
        out.append("resource \"aws_iam_role_policy\" \"discovery_organizations_read\" {\n")
                .append("  name   = ")
                .append(HclWriter.string(PolicyDocuments.ORGANIZATIONS_READ_POLICY_NAME))
                .append('\n')
                .append("  role   = aws_iam_role.discovery.id\n")
                .append("  policy = jsonencode(")
                .append(policy)
                .append(")\n")
                .append("}\n\n");
        return out.append(output("discovery_role_arn", "aws_iam_role.discovery.arn"))
                .toString();
    }

    /**
     * Renders a service-managed StackSet of the connection role. AWS never deploys it to the
     * management account, which needs {@link #managementRole}.
     */
    static String memberRoleStackSet(RoleTemplateRequest request) {
        String name = "orgbridge-" + request.integrationHandle() + "-member-role";
        String defaultTargets = request.rootId()
                .map(rootId -> "[" + HclWriter.string(rootId) + "]")
                .orElse(null);
        StringBuilder out = header("StackSet of connection role " + request.memberRoleName() + " for orgbridge"
                + " integration " + request.integrationHandle() + ": apply in the management account. A"
                + " service-managed StackSet never deploys to the management account itself.");
        out.append(comment(request.externalIdNote(List.of(request.memberExternalId()))));
        out.append(PROVIDERS).append('\n');
        out.append("variable \"organizational_unit_ids\" {\n")
                .append("  description = \"Root or OU ids whose accounts get the role\"\n")
                .append("  type        = list(string)\n");
        if (defaultTargets != null) {
            out.append("  default     = ").append(defaultTargets).append('\n');
        }
        out.append("}\n\n");
        out.append("resource \"aws_cloudformation_stack_set\" \"member_role\" {\n")
                .append("  name             = ")
                .append(HclWriter.string(name))
                .append('\n')
                .append("  permission_model = \"SERVICE_MANAGED\"\n")
                .append("  capabilities     = [\"CAPABILITY_NAMED_IAM\"]\n\n")
                .append("  auto_deployment {\n")
                .append("    enabled                          = true\n")
                .append("    retain_stacks_on_account_removal = false\n")
                .append("  }\n\n")
                .append("  template_body = jsonencode(")
                .append(HclWriter.expression(memberRoleTemplate(request), 1))
                .append(")\n\n")
                .append("  lifecycle {\n")
                .append("    ignore_changes = [administration_role_arn]\n")
                .append("  }\n")
                .append("}\n\n");
        out.append("resource \"aws_cloudformation_stack_set_instance\" \"member_role\" {\n")
                .append("  stack_set_name = aws_cloudformation_stack_set.member_role.name\n\n")
                .append("  deployment_targets {\n")
                .append("    organizational_unit_ids = var.organizational_unit_ids\n")
                .append("  }\n")
                .append("}\n");
        return out.toString();
    }

    static String managementRole(RoleTemplateRequest request) {
        List<String> externalIds = PolicyDocuments.managementExternalIds(request);
        String trust =
                HclWriter.expression(PolicyDocuments.trustPolicy(request.platformPrincipalArn(), externalIds), 1);
        StringBuilder out = header("Connection role " + request.memberRoleName() + " of the management account for"
                + " orgbridge integration " + request.integrationHandle() + ": the member role StackSet never"
                + " deploys there, so apply this in the management account.");
        out.append(comment(request.externalIdNote(externalIds)));
        out.append(PROVIDERS).append('\n');
        out.append("resource \"aws_iam_role\" \"management\" {\n")
                .append("  name               = ")
                .append(HclWriter.string(request.memberRoleName()))
                .append('\n')
                .append("  assume_role_policy = jsonencode(")
                .append(trust)
                .append(")\n")
                .append("}\n\n");
        out.append("resource \"aws_iam_role_policy_attachment\" \"management_read_only\" {\n")
                .append("  role       = aws_iam_role.management.name\n")
                .append("  policy_arn = ")
                .append(READ_ONLY_ACCESS_ARN)
                .append('\n')
                .append("}\n\n");
        if (request.managementRoleIsDiscoveryRole()) {
            out.append("# Same name as the discovery role, so this role also reads the organization.\n")
                    .append("resource \"aws_iam_role_policy\" \"management_organizations_read\" {\n")
                    .append("  name   = ")
                    .append(HclWriter.string(PolicyDocuments.ORGANIZATIONS_READ_POLICY_NAME))
                    .append('\n')
                    .append("  role   = aws_iam_role.management.id\n")
                    .append("  policy = jsonencode(")
                    .append(HclWriter.expression(PolicyDocuments.organizationsReadPolicy(), 1))
                    .append(")\n")
                    .append("}\n\n");
        }
        return out.append(output("management_role_arn", "aws_iam_role.management.arn"))
                .toString();
    }

    private static Map<String, Object> memberRoleTemplate(RoleTemplateRequest request) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("RoleName", request.memberRoleName());
        properties.put(
                "AssumeRolePolicyDocument",
                PolicyDocuments.trustPolicy(request.platformPrincipalArn(), List.of(request.memberExternalId())));
        // Written with $${...} by HclWriter, so CloudFormation, not Terraform, resolves the partition.
        properties.put(
                "ManagedPolicyArns",
                List.of(Map.of("Fn::Sub", "arn:${AWS::Partition}" + PolicyDocuments.READ_ONLY_ACCESS_PATH)));
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("Type", "AWS::IAM::Role");
        role.put("Properties", properties);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Resources", Map.of("MemberRole", role));
        return template;
    }

    private static StringBuilder header(String description) {
        return new StringBuilder("# ").append(description).append("\n");
    }

    /** Returns a note as a comment line; the note starts with a space and ends the header block. */
    private static String comment(String note) {
        return "#" + note + "\n\n";
    }

    private static String output(String name, String value) {
        return "output \"" + name + "\" {\n  value = " + value + "\n}\n";
    }
}
