package io.orgbridge.awssim;

import java.util.regex.Pattern;

/** Value constraints from the AWS API models of STS, Organizations and Account Management. */
final class Validation {

    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final Pattern ROOT_ID = Pattern.compile("r-[0-9a-z]{4,32}");
    static final Pattern OU_ID = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
    static final Pattern PARENT_ID = Pattern.compile("(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})");
    static final Pattern CHILD_ID = Pattern.compile("(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})");
    static final Pattern TAGGABLE_ID =
            Pattern.compile("(\\d{12})|(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})");
    static final Pattern CREATE_ACCOUNT_REQUEST_ID = Pattern.compile("car-[a-z0-9]{8,32}");
    static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    static final Pattern ROLE_SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");
    static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]*");

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\u0020-\\u007E]+");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    /** Account Management's AccountName: printable ASCII without '<' and '>'. */
    private static final Pattern MANAGED_ACCOUNT_NAME = Pattern.compile("[ -;=?-~]+");

    private Validation() {}

    static boolean isPrintableAscii(String value) {
        return PRINTABLE_ASCII.matcher(value).matches();
    }

    static boolean isEmail(String value) {
        return value.length() >= 6
                && value.length() <= 64
                && EMAIL.matcher(value).matches();
    }

    static boolean isExternalId(String value) {
        return value.length() >= 2
                && value.length() <= 1224
                && EXTERNAL_ID.matcher(value).matches();
    }

    static boolean isTagKey(String key) {
        return key != null
                && !key.isEmpty()
                && key.length() <= 128
                && TAG_TEXT.matcher(key).matches();
    }

    static boolean isTagValue(String value) {
        return value != null && value.length() <= 256 && TAG_TEXT.matcher(value).matches();
    }

    static boolean isManagedAccountName(String value) {
        return value.length() <= 50 && MANAGED_ACCOUNT_NAME.matcher(value).matches();
    }
}
