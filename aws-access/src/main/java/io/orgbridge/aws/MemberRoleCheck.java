package io.orgbridge.aws;

import java.util.concurrent.CompletionStage;

import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * Checks that the query platform can use a member account's connection: it assumes
 * {@code arn:<partition>:iam::<account id>:role/<role name>} with the platform credentials and the
 * connection's external ID, as the platform does for every query of that connection.
 */
public final class MemberRoleCheck {

    /** RoleSessionName of role checks; it appears in the member account's CloudTrail. */
    public static final String SESSION_NAME = "orgbridge-connection-check";

    /** The shortest session AWS allows; the check discards the credentials at once. */
    private static final int SESSION_SECONDS = 900;

    private final AwsClientFactory clients;

    public MemberRoleCheck(AwsClientFactory clients) {
        this.clients = clients;
    }

    /** Returns the ARN of {@code roleName} in {@code accountId}, such as {@code arn:aws:iam::200000001111:role/pipes_readonly}. */
    public static String roleArn(String partition, String accountId, String roleName) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }

    /** Assumes the role; the stage always completes normally, with AWS's refusal inside the result. */
    public CompletionStage<RoleCheckResult> check(
            String partition, String accountId, String roleName, String externalId) {
        String roleArn = roleArn(partition, accountId, roleName);
        AssumeRoleRequest request = AssumeRoleRequest.builder()
                .roleArn(roleArn)
                .roleSessionName(SESSION_NAME)
                .externalId(externalId)
                .durationSeconds(SESSION_SECONDS)
                .build();
        return clients.platformSts()
                .assumeRole(request)
                .handle((response, failure) ->
                        failure == null ? RoleCheckResult.assumed(roleArn) : RoleCheckResult.failed(roleArn, failure));
    }
}
