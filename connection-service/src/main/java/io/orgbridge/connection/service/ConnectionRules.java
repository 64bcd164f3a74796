package io.orgbridge.connection.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;

/**
 * Rules that turn an account and its integration's settings into a connection's status and
 * configuration.
 *
 * <p>Status: an account that is not ACTIVE is {@code disabled} with the reason
 * {@code account state is <STATE>}; an ACTIVE account whose connection role could not be assumed
 * is {@code disabled} with the reason {@code role <role ARN> could not be assumed: <AWS message>},
 * so that it is never attached to a workspace; any other ACTIVE account is {@code enabled} without
 * a reason. An ACTIVE account without a role check result is enabled too, because a missing result
 * is no evidence of a broken role.
 */
public final class ConnectionRules {

    public static final String ACTIVE = "ACTIVE";
    public static final String DEFAULT_PARTITION = "aws";
    static final int MAX_STATUS_REASON_LENGTH = 2048;

    private static final Pattern ROLE_ARN_PARTITION = Pattern.compile("^arn:([a-z-]+):iam::");

    private ConnectionRules() {}

    /** A connection's status and the reason shown when it is disabled. */
    public record Status(String status, String reason) {}

    public static Status status(Account account, String roleArn) {
        if (!ACTIVE.equals(account.state())) {
            return new Status(ConnectionEntity.DISABLED, "account state is " + account.state());
        }
        RoleCheck check = account.roleCheck();
        if (check != null && RoleCheck.FAILED.equals(check.status())) {
            String reason = "role " + roleArn + " could not be assumed";
            if (check.reason() != null && !check.reason().isBlank()) {
                reason += ": " + check.reason().strip();
            }
            return new Status(ConnectionEntity.DISABLED, truncate(reason));
        }
        return new Status(ConnectionEntity.ENABLED, null);
    }

    /** Builds the ARN of the role a connection assumes: {@code arn:<partition>:iam::<account id>:role/<role name>}. */
    public static String roleArn(String partition, String accountId, String roleName) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }

    /** The settings a connection inherits from its integration. */
    public static AwsConnectionSettings inheritedSettings(
            IntegrationReplica integration, String partition, String accountId) {
        return new AwsConnectionSettings(
                roleArn(partition, accountId, integration.roleName),
                integration.externalId,
                integration.regions,
                integration.defaultRegion,
                integration.maxErrorRetryAttempts,
                integration.minErrorRetryDelay,
                integration.ignoreErrorCodes);
    }

    /** Returns the partition of a role ARN, or {@code aws} when the ARN is missing or malformed. */
    public static String partitionOf(String roleArn) {
        if (roleArn == null) {
            return DEFAULT_PARTITION;
        }
        Matcher matcher = ROLE_ARN_PARTITION.matcher(roleArn);
        return matcher.find() ? matcher.group(1) : DEFAULT_PARTITION;
    }

    private static String truncate(String reason) {
        if (reason.codePointCount(0, reason.length()) <= MAX_STATUS_REASON_LENGTH) {
            return reason;
        }
        return PostgresText.truncate(reason, MAX_STATUS_REASON_LENGTH - 3) + "...";
    }
}
