package io.orgbridge.integration.template;

import java.util.List;
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
 * @param ownerKind {@code org} or {@code tenant}: who owns the integration
 * @param externalIdPrefix the owner id and a colon, which every external ID must start with
 */
public record RoleTemplateRequest(
        String integrationHandle,
        String platformPrincipalArn,
        Optional<String> discoveryRoleName,
        String discoveryRolePath,
        Optional<String> discoveryExternalId,
        String memberRoleName,
        String memberExternalId,
        Optional<String> rootId,
        String ownerKind,
        String externalIdPrefix) {

    /** True when the management account's connection role is also the discovery role. */
    public boolean managementRoleIsDiscoveryRole() {
        return discoveryRoleName.map(memberRoleName::equals).orElse(false) && "/".equals(discoveryRolePath);
    }

    /**
     * Returns a sentence for the template's description about the external IDs its trust policy
     * names: why they start with the owner's id, or a warning when one was stored before the
     * platform required that.
     */
    String externalIdNote(List<String> externalIds) {
        if (externalIds.stream().allMatch(id -> id.startsWith(externalIdPrefix))) {
            return " The trust policy's external ID starts with " + externalIdPrefix + " (the id of the " + ownerKind
                    + " that owns the integration), because the platform ties each external ID to one " + ownerKind
                    + " so that no other customer can make the platform assume this role.";
        }
        return " Warning: the trust policy's external ID does not start with " + externalIdPrefix + " (the id of the "
                + ownerKind + " that owns the integration). The platform accepts only external IDs tied to their "
                + ownerKind + ", so set a new external ID on the integration before deploying this template.";
    }
}
