package io.orgbridge.integration.service;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import io.orgbridge.integration.config.SecretsConfig;
import io.orgbridge.platform.crypto.SecretBox;

/**
 * Seals the discovery secret key: under the storage key for the database, under the transport key
 * for {@code integration-events}. Both bind the sealed value to the integration id (associated
 * data), so a value copied onto another integration does not open. Built at startup, so a missing
 * or malformed key stops the service before it accepts requests.
 */
@Startup
@Singleton
public class SecretCipher {

    private final SecretBox storage;
    private final SecretBox transport;

    public SecretCipher(SecretsConfig config) {
        this.storage = SecretBox.fromBase64Key("orgbridge.secrets.storage-key", config.storageKey());
        this.transport = SecretBox.fromBase64Key("orgbridge.secrets.transport-key", config.transportKey());
    }

    public String sealForStorage(String secret, String integrationId) {
        return storage.seal(secret, integrationId);
    }

    public String openStored(String sealed, String integrationId) {
        return storage.open(sealed, integrationId);
    }

    /** Re-seals a stored secret under the transport key for an event. */
    public String storedToTransport(String storedSealed, String integrationId) {
        return transport.seal(openStored(storedSealed, integrationId), integrationId);
    }
}
