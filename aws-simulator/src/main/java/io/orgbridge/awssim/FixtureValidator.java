package io.orgbridge.awssim;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a parsed fixture against the rules of the fixture format and AWS's own id and name constraints. */
final class FixtureValidator {

    /** AWS Organizations allows five levels of OUs below the root. */
    static final int MAX_OU_DEPTH = 5;

    static final int MAX_TAGS_PER_RESOURCE = 50;

    private static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("AKIA[A-Z0-9]{12,124}");
    private static final Set<String> PARTITIONS = Set.of("aws", "aws-us-gov", "aws-cn");
    private static final Set<String> FEATURE_SETS = Set.of("ALL", "CONSOLIDATED_BILLING");
    private static final Set<String> JOINED_METHODS = Set.of("CREATED", "INVITED");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> accountIds = new HashSet<>();

    List<String> validate(Fixture fixture) {
        if (fixture.root() == null) {
            problem("root", "is missing");
        } else {
            validateParent(fixture.root(), "root", 0);
        }
        if (fixture.organization() == null) {
            problem("organization", "is missing");
        } else {
            validateOrganization(fixture.organization());
        }
        if (fixture.iam() != null) {
            validateRoles(fixture.iam().roles(), fixture);
            validateAccessKeys(fixture.iam().accessKeys());
        }
        return problems;
    }

    private void validateOrganization(Fixture.OrganizationSpec organization) {
        requireMatch("organization.id", organization.id(), ORGANIZATION_ID);
        requireOneOf("organization.partition", organization.partition(), PARTITIONS);
        requireOneOf("organization.featureSet", organization.featureSet(), FEATURE_SETS);
        String managementAccountId = organization.managementAccountId();
        if (requireMatch("organization.managementAccountId", managementAccountId, Validation.ACCOUNT_ID)
                && !accountIds.contains(managementAccountId)) {
            problem("organization.managementAccountId", "'" + managementAccountId + "' is not an account of the tree");
        }
        requireEmail("organization.managementAccountEmail", organization.managementAccountEmail());
    }

    private void validateParent(Fixture.ParentSpec parent, String path, int depth) {
        boolean isRoot = depth == 0;
        if (requireMatch(path + ".id", parent.id(), isRoot ? Validation.ROOT_ID : Validation.OU_ID)) {
            requireUniqueId(path + ".id", parent.id());
        }
        requireLength(path + ".name", parent.name(), 1, 128);
        if (depth > MAX_OU_DEPTH) {
            problem(
                    path,
                    "OU '" + parent.id() + "' is nested " + depth + " levels deep; the maximum is " + MAX_OU_DEPTH);
        }
        for (int i = 0; i < parent.accounts().size(); i++) {
            validateAccount(parent.accounts().get(i), path + ".accounts[" + i + "]");
        }
        Set<String> siblingNames = new HashSet<>();
        for (int i = 0; i < parent.organizationalUnits().size(); i++) {
            Fixture.ParentSpec unit = parent.organizationalUnits().get(i);
            String unitPath = path + ".organizationalUnits[" + i + "]";
            if (unit.name() != null && !siblingNames.add(unit.name())) {
                problem(unitPath + ".name", "'" + unit.name() + "' is already the name of a sibling OU");
            }
            validateParent(unit, unitPath, depth + 1);
        }
    }

    private void validateAccount(Fixture.AccountSpec account, String path) {
        if (requireMatch(path + ".id", account.id(), Validation.ACCOUNT_ID)) {
            requireUniqueId(path + ".id", account.id());
            accountIds.add(account.id());
        }
        if (requireLength(path + ".name", account.name(), 1, 50) && !Validation.isPrintableAscii(account.name())) {
            problem(path + ".name", "'" + account.name() + "' contains characters outside printable ASCII");
        }
        requireEmail(path + ".email", account.email());
        requireOneOf(path + ".state", account.state(), AccountState.names());
        requireOneOf(path + ".joinedMethod", account.joinedMethod(), JOINED_METHODS);
        requireTimestamp(path + ".joinedTimestamp", account.joinedTimestamp());
        validateTags(path + ".tags", account.tags());
    }

    private void validateTags(String path, Map<String, String> tags) {
        if (tags.size() > MAX_TAGS_PER_RESOURCE) {
            problem(path, tags.size() + " tags; the maximum is " + MAX_TAGS_PER_RESOURCE);
        }
        tags.forEach((key, value) -> {
            if (!Validation.isTagKey(key)) {
                problem(path, "'" + key + "' is not a valid tag key");
            }
            if (!Validation.isTagValue(value)) {
                problem(path + "." + key, "'" + value + "' is not a valid tag value");
            }
        });
    }

    private void validateRoles(List<Fixture.RoleSpec> roles, Fixture fixture) {
        Map<String, List<Integer>> rolesByName = new HashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            Fixture.RoleSpec role = roles.get(i);
            String path = "iam.roles[" + i + "]";
            validateRoleAccounts(path, role.accounts());
            for (int j = 0; j < role.exceptAccounts().size(); j++) {
                requireMatch(
                        path + ".exceptAccounts[" + j + "]",
                        role.exceptAccounts().get(j),
                        Validation.ACCOUNT_ID);
            }
            if (requireMatch(path + ".roleName", role.roleName(), Validation.ROLE_NAME)) {
                rolesByName
                        .computeIfAbsent(role.roleName(), name -> new ArrayList<>())
                        .add(i);
            }
            if (role.externalId() != null && !Validation.isExternalId(role.externalId())) {
                problem(path + ".externalId", "'" + role.externalId() + "' is not 2-1224 characters of [\\w+=,.@:/-]");
            }
        }
        rolesByName.values().forEach(indexes -> requireDisjointRoles(indexes, roles, fixture));
    }

    private void validateRoleAccounts(String path, JsonNode accounts) {
        if (accounts == null || accounts.isNull()) {
            problem(path + ".accounts", "is missing; use \"*\" or a list of account ids");
        } else if (accounts.isTextual()) {
            if (!"*".equals(accounts.asText())) {
                problem(path + ".accounts", "'" + accounts.asText() + "' is neither \"*\" nor a list of account ids");
            }
        } else if (accounts.isArray()) {
            for (int j = 0; j < accounts.size(); j++) {
                JsonNode account = accounts.get(j);
                String text = account.isTextual() ? account.asText() : null;
                requireMatch(path + ".accounts[" + j + "]", text, Validation.ACCOUNT_ID);
            }
        } else {
            problem(path + ".accounts", accounts + " is neither \"*\" nor a list of account ids");
        }
    }

    /** Two roles of one name in one account would make AssumeRole ambiguous. */
    private void requireDisjointRoles(List<Integer> indexes, List<Fixture.RoleSpec> roles, Fixture fixture) {
        for (int a = 0; a < indexes.size(); a++) {
            for (int b = a + 1; b < indexes.size(); b++) {
                Fixture.RoleSpec first = roles.get(indexes.get(a));
                Fixture.RoleSpec second = roles.get(indexes.get(b));
                for (String accountId : accountIds) {
                    if (first.existsIn(accountId) && second.existsIn(accountId)) {
                        problem(
                                "iam.roles[" + indexes.get(b) + "].roleName",
                                "role '" + first.roleName() + "' is defined twice for account " + accountId
                                        + " (also by iam.roles[" + indexes.get(a) + "])");
                        break;
                    }
                }
            }
        }
    }

    private void validateAccessKeys(List<Fixture.AccessKeySpec> keys) {
        Set<String> keyIds = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            Fixture.AccessKeySpec key = keys.get(i);
            String path = "iam.accessKeys[" + i + "]";
            if (requireMatch(path + ".accessKeyId", key.accessKeyId(), ACCESS_KEY_ID)
                    && !keyIds.add(key.accessKeyId())) {
                problem(path + ".accessKeyId", "'" + key.accessKeyId() + "' is a duplicate access key id");
            }
            if (key.secretAccessKey() == null || key.secretAccessKey().isEmpty()) {
                problem(path + ".secretAccessKey", "is missing");
            }
            requireMatch(path + ".accountId", key.accountId(), Validation.ACCOUNT_ID);
        }
    }

    private boolean requireMatch(String path, String value, Pattern pattern) {
        if (value == null) {
            problem(path, "is missing");
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            problem(path, "'" + value + "' does not match " + pattern.pattern());
            return false;
        }
        return true;
    }

    private void requireOneOf(String path, String value, Set<String> allowed) {
        if (value == null) {
            problem(path, "is missing");
        } else if (!allowed.contains(value)) {
            problem(path, "'" + value + "' is not one of " + new TreeSet<>(allowed));
        }
    }

    private boolean requireLength(String path, String value, int min, int max) {
        if (value == null) {
            problem(path, "is missing");
            return false;
        }
        if (value.length() < min || value.length() > max) {
            problem(path, "'" + value + "' has " + value.length() + " characters; expected " + min + "-" + max);
            return false;
        }
        return true;
    }

    private void requireEmail(String path, String value) {
        if (requireLength(path, value, 6, 64) && !Validation.isEmail(value)) {
            problem(path, "'" + value + "' is not an e-mail address");
        }
    }

    private void requireTimestamp(String path, String value) {
        if (value == null) {
            problem(path, "is missing");
            return;
        }
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problem(path, "'" + value + "' is not an ISO 8601 timestamp with offset, such as 2024-03-04T10:00:00Z");
        }
    }

    private void requireUniqueId(String path, String id) {
        if (!ids.add(id)) {
            problem(path, "'" + id + "' is a duplicate id");
        }
    }

    private void problem(String path, String message) {
        problems.add(path + ": " + message);
    }
}
