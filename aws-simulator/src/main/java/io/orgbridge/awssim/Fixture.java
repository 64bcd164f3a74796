package io.orgbridge.awssim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An organization fixture: the OU and account tree, IAM roles and access keys that the simulator
 * serves. {@link FixtureLoader} parses and validates it, and the README describes the JSON format.
 */
public record Fixture(OrganizationSpec organization, ParentSpec root, IamSpec iam) {

    /** Returns every account of the tree in fixture order: a parent's accounts, then its OUs depth first. */
    public List<AccountSpec> allAccounts() {
        List<AccountSpec> accounts = new ArrayList<>();
        root.collectAccounts(accounts);
        return accounts;
    }

    /** Returns every OU of the tree, depth first, without the root. */
    public List<ParentSpec> allOrganizationalUnits() {
        List<ParentSpec> units = new ArrayList<>();
        root.collectOrganizationalUnits(units);
        return units;
    }

    /** The organization's identity: ids, partition and management account. */
    public record OrganizationSpec(
            String id,
            String partition,
            String featureSet,
            String managementAccountId,
            String managementAccountEmail) {}

    /** The root or an OU, with the accounts and OUs directly below it. */
    public record ParentSpec(String id, String name, List<AccountSpec> accounts, List<ParentSpec> organizationalUnits) {

        public ParentSpec {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
            organizationalUnits = organizationalUnits == null ? List.of() : List.copyOf(organizationalUnits);
        }

        void collectAccounts(List<AccountSpec> target) {
            target.addAll(accounts);
            organizationalUnits.forEach(unit -> unit.collectAccounts(target));
        }

        void collectOrganizationalUnits(List<ParentSpec> target) {
            for (ParentSpec unit : organizationalUnits) {
                target.add(unit);
                unit.collectOrganizationalUnits(target);
            }
        }
    }

    /** An AWS account of the organization, with {@code joinedTimestamp} in ISO 8601. */
    public record AccountSpec(
            String id,
            String name,
            String email,
            String state,
            String joinedMethod,
            String joinedTimestamp,
            Map<String, String> tags) {

        public AccountSpec {
            tags = tags == null ? Map.of() : tags;
        }
    }

    /** The IAM roles that AssumeRole may target and the long-term access keys that may sign requests. */
    public record IamSpec(List<RoleSpec> roles, List<AccessKeySpec> accessKeys) {

        public static final IamSpec EMPTY = new IamSpec(List.of(), List.of());

        public IamSpec {
            roles = roles == null ? List.of() : List.copyOf(roles);
            accessKeys = accessKeys == null ? List.of() : List.copyOf(accessKeys);
        }
    }

    /**
     * An IAM role present in some accounts. {@code accounts} is the JSON string {@code "*"} (every
     * account of the organization) or an array of account ids.
     */
    public record RoleSpec(
            JsonNode accounts, List<String> exceptAccounts, String roleName, String externalId, Boolean canDiscover) {

        public RoleSpec {
            exceptAccounts = exceptAccounts == null ? List.of() : List.copyOf(exceptAccounts);
        }

        public boolean inEveryAccount() {
            return accounts != null && accounts.isTextual() && "*".equals(accounts.asText());
        }

        /** Returns whether the role exists in the account, assuming that the account belongs to the organization. */
        public boolean existsIn(String accountId) {
            if (exceptAccounts.contains(accountId)) {
                return false;
            }
            if (inEveryAccount()) {
                return true;
            }
            if (accounts == null || !accounts.isArray()) {
                return false;
            }
            for (JsonNode account : accounts) {
                if (accountId.equals(account.asText())) {
                    return true;
                }
            }
            return false;
        }

        public boolean discoveryAllowed() {
            return Boolean.TRUE.equals(canDiscover);
        }
    }

    /** Long-term credentials of an IAM user in {@code accountId}. */
    public record AccessKeySpec(String accessKeyId, String secretAccessKey, String accountId, Boolean canDiscover) {

        public boolean discoveryAllowed() {
            return Boolean.TRUE.equals(canDiscover);
        }

        @Override
        public String toString() {
            return "AccessKeySpec[accessKeyId=" + accessKeyId + ", accountId=" + accountId + ", canDiscover="
                    + canDiscover + ", secretAccessKey=****]";
        }
    }
}
