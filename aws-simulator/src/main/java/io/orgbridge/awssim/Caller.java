package io.orgbridge.awssim;

/**
 * The authenticated principal that signed a request.
 *
 * @param accessKeyId the access key id from the SigV4 credential scope
 * @param accountId the AWS account the principal belongs to
 * @param arn the IAM user ARN, or the STS assumed-role ARN of a session
 * @param userId the unique id that GetCallerIdentity returns
 * @param canDiscover whether the principal may call the Organizations read and write APIs
 * @param session whether the credentials are temporary credentials issued by AssumeRole
 */
record Caller(String accessKeyId, String accountId, String arn, String userId, boolean canDiscover, boolean session) {}
