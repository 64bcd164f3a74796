package io.orgbridge.aws;

import java.util.Locale;

/**
 * Credentials that read an AWS Organization: a role in the management (or delegated
 * administrator) account assumed with an external ID, or a long-term access key pair.
 *
 * @param externalId the external ID the role's trust policy requires; may be null in role mode
 */
public record DiscoveryCredentials(
        Mode mode, String roleArn, String externalId, String accessKeyId, String secretAccessKey) {

    /** Authentication mode of discovery; {@link #wireName()} is the value used in the API and events. */
    public enum Mode {
        ROLE("role"),
        ACCESS_KEY("access_key");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** Parses {@code role} or {@code access_key}. */
        public static Mode fromWireName(String value) {
            for (Mode mode : values()) {
                if (mode.wireName.equals(value == null ? null : value.toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("discovery mode '" + value + "' is invalid; use 'role' or 'access_key'");
        }
    }

    public DiscoveryCredentials {
        if (mode == null) {
            throw new IllegalArgumentException("discovery mode is missing; use 'role' or 'access_key'");
        }
        if (mode == Mode.ROLE && isBlank(roleArn)) {
            throw new IllegalArgumentException("role mode needs a role ARN");
        }
        if (mode == Mode.ACCESS_KEY && (isBlank(accessKeyId) || isBlank(secretAccessKey))) {
            throw new IllegalArgumentException("access_key mode needs an access key id and a secret access key");
        }
    }

    public static DiscoveryCredentials role(String roleArn, String externalId) {
        return new DiscoveryCredentials(Mode.ROLE, roleArn, externalId, null, null);
    }

    public static DiscoveryCredentials accessKey(String accessKeyId, String secretAccessKey) {
        return new DiscoveryCredentials(Mode.ACCESS_KEY, null, null, accessKeyId, secretAccessKey);
    }

    /** Masks the secret access key. */
    @Override
    public String toString() {
        return "DiscoveryCredentials[mode=" + mode.wireName() + ", roleArn=" + roleArn + ", externalId=" + externalId
                + ", accessKeyId=" + accessKeyId + ", secretAccessKey=" + (secretAccessKey == null ? null : "****")
                + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
