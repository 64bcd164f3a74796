package io.orgbridge.aws;

/**
 * AWS Organizations read operations with their per-account throttling limits (requests per
 * second and burst), as the AWS Organizations User Guide lists them on its page "Quotas and
 * service limits for AWS Organizations". The organization-wide limits are slightly higher; a per-account limit binds
 * first because discovery calls from one account.
 */
public enum OrganizationsOperation {
    DESCRIBE_ORGANIZATION("DescribeOrganization", 1, 2),
    LIST_ROOTS("ListRoots", 1, 2),
    LIST_ORGANIZATIONAL_UNITS_FOR_PARENT("ListOrganizationalUnitsForParent", 5, 8),
    LIST_ACCOUNTS_FOR_PARENT("ListAccountsForParent", 5, 8),
    LIST_CHILDREN("ListChildren", 6, 10),
    LIST_ACCOUNTS("ListAccounts", 8, 12),
    LIST_PARENTS("ListParents", 5, 8),
    DESCRIBE_ACCOUNT("DescribeAccount", 20, 30),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource", 10, 15);

    private final String operationName;
    private final double ratePerSecond;
    private final int burst;

    OrganizationsOperation(String operationName, double ratePerSecond, int burst) {
        this.operationName = operationName;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    /** Returns the API name, such as {@code ListAccountsForParent}. */
    public String operationName() {
        return operationName;
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    public int burst() {
        return burst;
    }
}
