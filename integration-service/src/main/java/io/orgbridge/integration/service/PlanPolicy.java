package io.orgbridge.integration.service;

import java.util.Set;

import io.orgbridge.platform.rest.ProblemException;

/**
 * Rule for which owners may create integrations: orgs on the Team or Enterprise plan, and custom
 * (Enterprise) tenants. The shared default tenant has no tenant-level integrations.
 */
final class PlanPolicy {

    static final Set<String> ORG_PLANS = Set.of("team", "enterprise");

    private PlanPolicy() {}

    /** Raises 402 Payment Required when the owner's plan does not include AWS integrations. */
    static void requireIntegrations(IntegrationOwner owner) {
        if (owner.isOrg()) {
            if (owner.plan() == null || !ORG_PLANS.contains(owner.plan())) {
                throw ProblemException.paymentRequired("org " + owner.orgHandle() + " is on the '" + owner.plan()
                        + "' plan; org integrations need the team or enterprise plan");
            }
            return;
        }
        if (!owner.tenantCustom()) {
            throw ProblemException.paymentRequired("tenant " + owner.tenantHandle() + " is not a custom tenant;"
                    + " tenant integrations need a custom tenant on the Enterprise plan (create the integration"
                    + " in an org instead)");
        }
    }
}
