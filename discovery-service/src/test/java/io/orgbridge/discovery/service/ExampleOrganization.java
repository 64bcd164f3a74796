package io.orgbridge.discovery.service;

import java.util.LinkedHashMap;
import java.util.Map;

import io.orgbridge.awssim.Fixture;
import io.orgbridge.awssim.FixtureLoader;

/** The example organization the AWS simulator serves, as maps of child id to parent id. */
public final class ExampleOrganization {

    public static final String ROOT_ID = "r-ex4m";
    public static final String MANAGEMENT_ACCOUNT = "111111111111";
    public static final String DISCOVERY_ROLE_ARN = "arn:aws:iam::111111111111:role/pipes_discovery";
    public static final String DISCOVERY_EXTERNAL_ID = "o_examplecorp:d1sc0v3r";
    public static final String DISCOVERY_ACCESS_KEY_ID = "AKIAEXAMPLEDISCOVER1";
    public static final String DISCOVERY_SECRET_ACCESS_KEY = "exampleSecretKeyForDiscovery0000000000001";
    public static final String CONNECTION_ROLE_NAME = "pipes_readonly";
    public static final String CONNECTION_EXTERNAL_ID = "o_examplecorp:k3y4ex4m";
    /** Workloads/SDLC, which contains seven accounts. */
    public static final String WORKLOADS_SDLC = "ou-ex4m-00008104";
    /** Workloads > Business Unit A > Retail > EMEA > France, five levels below the root. */
    public static final String[] DEEPEST_CHAIN = {
        "ou-ex4m-00013169", "ou-ex4m-00012156", "ou-ex4m-00011143", "ou-ex4m-00010130", "ou-ex4m-00009117"
    };

    private ExampleOrganization() {}

    public static Fixture fixture() {
        return FixtureLoader.exampleCorp();
    }

    /** OU id to parent id, in fixture order. */
    public static Map<String, String> unitParents() {
        Map<String, String> parents = new LinkedHashMap<>();
        collect(fixture().root(), parents, new LinkedHashMap<>());
        return parents;
    }

    /** Account id to parent id, in fixture order. */
    public static Map<String, String> accountParents() {
        Map<String, String> parents = new LinkedHashMap<>();
        collect(fixture().root(), new LinkedHashMap<>(), parents);
        return parents;
    }

    /** Account id to State. */
    public static Map<String, String> accountStates() {
        Map<String, String> states = new LinkedHashMap<>();
        fixture().allAccounts().forEach(account -> states.put(account.id(), account.state()));
        return states;
    }

    private static void collect(Fixture.ParentSpec parent, Map<String, String> units, Map<String, String> accounts) {
        parent.accounts().forEach(account -> accounts.put(account.id(), parent.id()));
        for (Fixture.ParentSpec unit : parent.organizationalUnits()) {
            units.put(unit.id(), parent.id());
            collect(unit, units, accounts);
        }
    }
}
