package io.orgbridge.e2e;

import java.nio.file.Path;

import io.orgbridge.awssim.Fixture;
import io.orgbridge.awssim.FixtureLoader;

/**
 * The sample organization as a customer of one org would set it up: the platform issues external
 * IDs of the form {@code <org id>:<suffix>}, and the customer writes them into the trust policies
 * of the discovery and member roles. The sample fixture carries placeholder IDs with the same
 * suffixes, which this class rewrites for the org created in a run.
 */
public final class SampleOrganization {

    public static final String DISCOVERY_SUFFIX = "d1sc0v3r";
    public static final String MEMBER_SUFFIX = "k3y4ex4m";

    private SampleOrganization() {}

    /** Loads the fixture with every role's external ID moved to the given org's prefix. */
    public static Fixture trustingOrg(Path fixture, String orgId) {
        Fixture loaded = FixtureLoader.load(fixture);
        var roles = loaded.iam().roles().stream()
                .map(role -> new Fixture.RoleSpec(
                        role.accounts(),
                        role.exceptAccounts(),
                        role.roleName(),
                        role.externalId() == null ? null : reissue(role.externalId(), orgId),
                        role.canDiscover()))
                .toList();
        return new Fixture(
                loaded.organization(),
                loaded.root(),
                new Fixture.IamSpec(roles, loaded.iam().accessKeys()));
    }

    public static String discoveryExternalId(String orgId) {
        return orgId + ":" + DISCOVERY_SUFFIX;
    }

    public static String memberExternalId(String orgId) {
        return orgId + ":" + MEMBER_SUFFIX;
    }

    private static String reissue(String externalId, String orgId) {
        int colon = externalId.indexOf(':');
        return orgId + ":" + (colon < 0 ? externalId : externalId.substring(colon + 1));
    }
}
