package io.orgbridge.events.integration;

/**
 * Credentials used to read the organization.
 *
 * @param mode {@code role} or {@code access_key}
 * @param sealedSecretKey the secret access key sealed with AES-256-GCM under the transport key,
 *     null in role mode
 */
public record DiscoverySettings(
        String mode, String roleArn, String externalId, String accessKeyId, String sealedSecretKey) {

    public static final String MODE_ROLE = "role";
    public static final String MODE_ACCESS_KEY = "access_key";

    @Override
    public String toString() {
        return "DiscoverySettings[mode=" + mode + ", roleArn=" + roleArn + ", accessKeyId=" + accessKeyId + "]";
    }
}
