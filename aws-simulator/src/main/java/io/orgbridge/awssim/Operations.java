package io.orgbridge.awssim;

import java.util.Set;
import java.util.TreeSet;

/** Names of the API operations the simulator implements, as AWS spells them. */
final class Operations {

    static final Set<String> STS = Set.of("AssumeRole", "GetCallerIdentity");

    static final Set<String> ORGANIZATIONS_READ = Set.of(
            "DescribeOrganization",
            "ListRoots",
            "ListOrganizationalUnitsForParent",
            "ListAccountsForParent",
            "ListAccounts",
            "ListChildren",
            "ListParents",
            "DescribeAccount",
            "DescribeOrganizationalUnit",
            "ListTagsForResource",
            "DescribeCreateAccountStatus");

    static final Set<String> ORGANIZATIONS_WRITE = Set.of(
            "CreateAccount",
            "CloseAccount",
            "MoveAccount",
            "RemoveAccountFromOrganization",
            "CreateOrganizationalUnit",
            "UpdateOrganizationalUnit",
            "DeleteOrganizationalUnit",
            "TagResource",
            "UntagResource");

    static final Set<String> ACCOUNT = Set.of("PutAccountName");

    /** Operations that return a NextToken, so the empty-first-page fault applies to them. */
    static final Set<String> PAGINATED = Set.of(
            "ListRoots",
            "ListOrganizationalUnitsForParent",
            "ListAccountsForParent",
            "ListAccounts",
            "ListChildren",
            "ListParents",
            "ListTagsForResource");

    private Operations() {}

    static boolean isOrganizations(String operation) {
        return ORGANIZATIONS_READ.contains(operation) || ORGANIZATIONS_WRITE.contains(operation);
    }

    static boolean isKnown(String operation) {
        return STS.contains(operation) || isOrganizations(operation) || ACCOUNT.contains(operation);
    }

    static Set<String> all() {
        Set<String> all = new TreeSet<>(STS);
        all.addAll(ORGANIZATIONS_READ);
        all.addAll(ORGANIZATIONS_WRITE);
        all.addAll(ACCOUNT);
        return all;
    }
}
