package io.orgbridge.integration.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Format rules of AWS values in an integration's configuration. Each check returns the reason a
 * value is invalid, phrased so that it can follow "value 'x' is invalid: ".
 */
public final class AwsRules {

    /** Integration handle, as in the Pipes API. */
    static final Pattern INTEGRATION_HANDLE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,37}[a-z0-9]$");

    /** Connection handle, which becomes a PostgreSQL schema name. */
    static final Pattern CONNECTION_HANDLE = Pattern.compile("^[a-z](?:[a-z0-9]|_(?=[a-z0-9])){0,38}$");

    static final Pattern WORKSPACE_HANDLE = Pattern.compile("^[a-z0-9]{1,23}$");

    /** Role ARN; the resource part after {@code role/} is the optional path and the name. */
    static final Pattern ROLE_ARN = Pattern.compile("^arn:(aws|aws-us-gov|aws-cn):iam::(\\d{12}):role/(.+)$");

    /** IAM role name: 1-64 characters of letters, digits and {@code _+=,.@-}. */
    static final Pattern ROLE_NAME = Pattern.compile("^[\\w+=,.@-]{1,64}$");

    /** IAM path segment characters (printable ASCII without space), as IAM's path pattern allows. */
    static final Pattern ROLE_PATH_CHARACTERS = Pattern.compile("^[\\x21-\\x7E]*$");

    static final int MAX_ROLE_PATH_LENGTH = 512;

    /** STS AssumeRole ExternalId: 2-1224 characters of letters, digits and {@code _+=,.@:/-}. */
    static final Pattern EXTERNAL_ID = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");

    /** Long-term IAM user access key id. */
    static final Pattern ACCESS_KEY_ID = Pattern.compile("^AKIA[A-Z0-9]{16}$");

    /** Temporary (STS) access key id, which cannot be stored because it expires and needs a session token. */
    static final Pattern TEMPORARY_ACCESS_KEY_ID = Pattern.compile("^ASIA[A-Z0-9]{16}$");

    /**
     * Secret access key. AWS issues 40 base64 characters. Up to 128 are accepted, because
     * AWS-compatible endpoints issue longer keys, such as the 41-character example key of the AWS
     * simulator.
     */
    static final Pattern SECRET_ACCESS_KEY = Pattern.compile("^[A-Za-z0-9/+=]{40,128}$");

    /** Region name such as {@code us-east-1}, {@code us-gov-west-1} or {@code ap-southeast-3}. */
    static final Pattern REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    /** Region pattern with {@code *} and {@code ?} wildcards, such as {@code *}, {@code us-*} or {@code eu-west-?}. */
    static final Pattern REGION_WILDCARD = Pattern.compile("^[a-z0-9*?-]{1,32}$");

    /** AWS error code, optionally with {@code *} wildcards, such as {@code AccessDenied} or {@code Throttling*}. */
    static final Pattern ERROR_CODE = Pattern.compile("^[A-Za-z0-9.:_*-]{1,128}$");

    static final int MAX_HANDLE_PREFIX_LENGTH = 20;

    static final String INTEGRATION_HANDLE_RULE =
            "use 2-40 characters of lower-case letters, digits and '-', starting and ending with a letter or digit";
    public static final String ROLE_NAME_RULE = "use 1-64 characters of letters, digits and _+=,.@-";
    public static final String EXTERNAL_ID_RULE =
            "use 2-1224 characters of letters, digits and _+=,.@:/- (the AWS STS ExternalId format)";
    static final String WORKSPACE_HANDLE_RULE = "use 1-23 characters of lower-case letters and digits";

    private AwsRules() {}

    public static Optional<String> checkIntegrationHandle(String handle) {
        return INTEGRATION_HANDLE.matcher(handle).matches() ? Optional.empty() : Optional.of(INTEGRATION_HANDLE_RULE);
    }

    public static Optional<String> checkExternalId(String externalId) {
        return EXTERNAL_ID.matcher(externalId).matches() ? Optional.empty() : Optional.of(EXTERNAL_ID_RULE);
    }

    public static Optional<String> checkRoleName(String roleName) {
        return ROLE_NAME.matcher(roleName).matches() ? Optional.empty() : Optional.of(ROLE_NAME_RULE);
    }

    /** Checks a role ARN {@code arn:<partition>:iam::<12-digit account>:role/[<path>/]<name>}. */
    static Optional<String> checkRoleArn(String arn) {
        Matcher matcher = ROLE_ARN.matcher(arn);
        if (!matcher.matches()) {
            return Optional.of("use arn:<partition>:iam::<12-digit account id>:role/<role name>, where the partition"
                    + " is aws, aws-us-gov or aws-cn, for example arn:aws:iam::111111111111:role/pipes_discovery");
        }
        String resource = matcher.group(3);
        int lastSlash = resource.lastIndexOf('/');
        String name = resource.substring(lastSlash + 1);
        if (!ROLE_NAME.matcher(name).matches()) {
            return Optional.of("role name " + MessageValues.quote(name) + " breaks the IAM rule: " + ROLE_NAME_RULE);
        }
        if (lastSlash >= 0) {
            return checkRolePath(resource.substring(0, lastSlash));
        }
        return Optional.empty();
    }

    private static Optional<String> checkRolePath(String path) {
        if (path.length() + 2 > MAX_ROLE_PATH_LENGTH) {
            return Optional.of("the role path is longer than " + MAX_ROLE_PATH_LENGTH + " characters");
        }
        if (path.isEmpty() || path.contains("//") || path.startsWith("/") || path.endsWith("/")) {
            return Optional.of("the role path has an empty segment; write role/<path>/<name> with single slashes");
        }
        if (!ROLE_PATH_CHARACTERS.matcher(path).matches()) {
            return Optional.of("the role path may contain printable ASCII characters only, without spaces");
        }
        return Optional.empty();
    }

    /** Returns the partition of a role ARN that {@link #checkRoleArn} accepted, or empty. */
    static Optional<String> partitionOf(String arn) {
        Matcher matcher = ROLE_ARN.matcher(arn);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Returns the name of a role ARN, without its path. */
    public static String roleNameOf(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    /** Returns the path of a role ARN in IAM's form ({@code /} or {@code /a/b/}). */
    public static String rolePathOf(String arn) {
        String resource = arn.substring(arn.indexOf(":role/") + ":role/".length());
        int lastSlash = resource.lastIndexOf('/');
        return lastSlash < 0 ? "/" : "/" + resource.substring(0, lastSlash) + "/";
    }

    static Optional<String> checkAccessKeyId(String accessKeyId) {
        if (TEMPORARY_ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            return Optional.of(
                    "ASIA keys are temporary STS credentials that expire and need a session token;"
                            + " use the long-term access key (AKIA followed by 16 upper-case letters or digits) of an IAM user");
        }
        if (!ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            return Optional.of("use a long-term access key id: AKIA followed by 16 upper-case letters or digits");
        }
        return Optional.empty();
    }

    /** Checks a secret access key; the message never repeats the value. */
    static Optional<String> checkSecretAccessKey(String secret) {
        if (SECRET_ACCESS_KEY.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of("use the secret access key AWS issued with the access key id (40 characters; 40-128 of"
                + " A-Z, a-z, 0-9, '/', '+' and '=' are accepted); the value is not repeated here");
    }

    /**
     * Checks a connection handle prefix: empty, or at most {@value #MAX_HANDLE_PREFIX_LENGTH}
     * characters such that the prefix followed by a letter is a valid connection handle.
     */
    static Optional<String> checkHandlePrefix(String prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        if (prefix.length() > MAX_HANDLE_PREFIX_LENGTH) {
            return Optional.of("use at most " + MAX_HANDLE_PREFIX_LENGTH
                    + " characters, so that generated connection handles keep room for the account name");
        }
        if (!CONNECTION_HANDLE.matcher(prefix + "a").matches()) {
            return Optional.of("start with a lower-case letter and use lower-case letters, digits and single"
                    + " underscores, so that prefix + account name is a valid connection handle (for example aws_)");
        }
        return Optional.empty();
    }

    static Optional<String> checkRegion(String region) {
        if (!region.equals(region.toLowerCase())) {
            return Optional.of("region names are lower case, for example us-east-1");
        }
        if (region.indexOf('*') >= 0 || region.indexOf('?') >= 0) {
            return REGION_WILDCARD.matcher(region).matches()
                    ? Optional.empty()
                    : Optional.of("a region wildcard uses lower-case letters, digits, '-', '*' and '?' (at most 32"
                            + " characters), for example * or us-* or eu-west-?");
        }
        return REGION.matcher(region).matches()
                ? Optional.empty()
                : Optional.of("use a region name such as us-east-1, or a wildcard such as * or us-*");
    }

    static Optional<String> checkDefaultRegion(String region) {
        if (REGION.matcher(region).matches()) {
            return Optional.empty();
        }
        return Optional.of("use one region name such as us-east-1 (lower case, no wildcards)");
    }

    /** Returns the partition whose regions include {@code region}. */
    static String partitionOfRegion(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** Returns the default region of a partition: us-east-1, us-gov-west-1 or cn-north-1. */
    static String defaultRegionOf(String partition) {
        return switch (partition) {
            case "aws-us-gov" -> "us-gov-west-1";
            case "aws-cn" -> "cn-north-1";
            default -> "us-east-1";
        };
    }

    static Optional<String> checkErrorCode(String code) {
        return ERROR_CODE.matcher(code).matches()
                ? Optional.empty()
                : Optional.of("use an AWS error code such as AccessDenied (1-128 characters of letters, digits and"
                        + " .:_-, '*' as a wildcard)");
    }

    static Optional<String> checkWorkspaceHandle(String handle) {
        return WORKSPACE_HANDLE.matcher(handle).matches() ? Optional.empty() : Optional.of(WORKSPACE_HANDLE_RULE);
    }
}
