package io.orgbridge.integration.config;

import io.smallrye.config.ConfigMapping;

/** AES-256-GCM keys, each the base64 form of 32 random bytes ({@code openssl rand -base64 32}). */
@ConfigMapping(prefix = "orgbridge.secrets")
public interface SecretsConfig {

    /** Key that encrypts the discovery secret key at rest. No default: production sets ORGBRIDGE_SECRETS_STORAGE_KEY. */
    String storageKey();

    /**
     * Key that seals the discovery secret key on {@code integration-events}; discovery-service has
     * the same key. No default: production sets ORGBRIDGE_SECRETS_TRANSPORT_KEY.
     */
    String transportKey();
}
