package io.orgbridge.integration.template;

import java.util.Optional;

/**
 * Inputs of the role templates of one integration.
 *
 * @param integrationHandle names the stacks and StackSet
 * @param platformPrincipalArn the AWS principal every role trusts
 * @param discoveryRoleName name of the discovery role in the management account; empty when the
 *     integration discovers with an access key
 * @param discoveryRolePath IAM path of the discovery role, such as {@code /}
 * @param memberRoleName role each account's connection assumes
 * @param rootId the organization root id from the last discovery, used as the default StackSet
 *     target; empty before the first discovery
 */
public record RoleTemplateRequest(
        String integrationHandle,
        String platformPrincipalArn,
        Optional<String> discoveryRoleName,
        String discoveryRolePath,
        Optional<String> discoveryExternalId,
        String memberRoleName,
        String memberExternalId,
        Optional<String> rootId) {

    /** True when the management account's connection role is also the discovery role. */
    public boolean managementRoleIsDiscoveryRole() {
        return discoveryRoleName.map(memberRoleName::equals).orElse(false) && "/".equals(discoveryRolePath);
    }
}
