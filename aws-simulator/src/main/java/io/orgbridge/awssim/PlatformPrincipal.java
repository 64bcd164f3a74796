package io.orgbridge.awssim;

import java.util.Objects;

/**
 * Long-term credentials of the SaaS platform's own AWS principal, which assumes roles in customer
 * accounts. Its account is outside the simulated organization, so it may call STS but gets
 * {@code AWSOrganizationsNotInUseException} from Organizations.
 */
public record PlatformPrincipal(String accessKeyId, String secretAccessKey, String accountId) {

    public static final String DEFAULT_ACCESS_KEY_ID = "AKIAORGBRIDGEPLATFORM";
    public static final String DEFAULT_SECRET_ACCESS_KEY = "orgbridge-platform-secret-for-simulator-only";
    public static final String DEFAULT_ACCOUNT_ID = "999999999999";

    /** The principal the simulator accepts unless the configuration names others. */
    public static final PlatformPrincipal DEFAULT =
            new PlatformPrincipal(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY, DEFAULT_ACCOUNT_ID);

    public PlatformPrincipal {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(accountId, "accountId");
        if (!accessKeyId.matches("AKIA[A-Z0-9]{12,124}")) {
            throw new IllegalArgumentException("Invalid platform access key id '" + accessKeyId
                    + "': expected AKIA followed by 12-124 A-Z or 0-9");
        }
        if (secretAccessKey.isEmpty()) {
            throw new IllegalArgumentException("Missing platform secret access key for " + accessKeyId);
        }
        if (!Validation.ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("Invalid platform account id '" + accountId + "': expected 12 digits");
        }
    }

    /**
     * Parses {@code ACCESS_KEY_ID:SECRET} or {@code ACCESS_KEY_ID:SECRET:ACCOUNT_ID}. The account
     * defaults to {@value #DEFAULT_ACCOUNT_ID}.
     */
    public static PlatformPrincipal parse(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length == 2) {
            return new PlatformPrincipal(parts[0], parts[1], DEFAULT_ACCOUNT_ID);
        }
        if (parts.length == 3) {
            return new PlatformPrincipal(parts[0], parts[1], parts[2]);
        }
        throw new IllegalArgumentException(
                "Invalid platform key: expected ACCESS_KEY_ID:SECRET or ACCESS_KEY_ID:SECRET:ACCOUNT_ID");
    }

    @Override
    public String toString() {
        return "PlatformPrincipal[accessKeyId=" + accessKeyId + ", accountId=" + accountId + ", secretAccessKey=****]";
    }
}
