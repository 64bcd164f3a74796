package io.orgbridge.connection.service;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format rules of the AWS settings a user may override on one connection. Each check returns the
 * reason a value is invalid, or empty.
 *
 * <p>NOTE: integration-service checks the same settings of an integration (its {@code AwsRules}
 * and {@code AwsConfigReader}), and both services must agree, because a connection inherits its
 * integration's settings. No shared module contains these rules yet, so they are copied here. Change
 * both together.
 */
final class AwsSettingRules {

    /** Region name such as {@code us-east-1}, {@code us-gov-west-1} or {@code ap-southeast-3}. */
    static final Pattern REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    /** Region pattern with {@code *} and {@code ?} wildcards, such as {@code *}, {@code us-*} or {@code eu-west-?}. */
    static final Pattern REGION_WILDCARD = Pattern.compile("^[a-z0-9*?-]{1,32}$");

    /** AWS error code, optionally with {@code *} wildcards, such as {@code AccessDenied} or {@code Throttling*}. */
    static final Pattern ERROR_CODE = Pattern.compile("^[A-Za-z0-9.:_*-]{1,128}$");

    static final int MIN_ERROR_RETRY_ATTEMPTS = 1;
    static final int MAX_ERROR_RETRY_ATTEMPTS = 100;

    /** Bounds of {@code min_error_retry_delay}, in milliseconds. */
    static final int MIN_ERROR_RETRY_DELAY = 1;

    static final int MAX_ERROR_RETRY_DELAY = 60_000;

    private AwsSettingRules() {}

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
        return REGION.matcher(region).matches()
                ? Optional.empty()
                : Optional.of("use one region name such as us-east-1 (lower case, no wildcards)");
    }

    static Optional<String> checkErrorCode(String code) {
        return ERROR_CODE.matcher(code).matches()
                ? Optional.empty()
                : Optional.of("use an AWS error code such as AccessDenied (1-128 characters of letters, digits and"
                        + " .:_-, '*' as a wildcard)");
    }
}
