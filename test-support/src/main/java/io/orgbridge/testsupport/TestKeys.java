package io.orgbridge.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair for signing test bearer tokens, generated on first use and kept in a file, so
 * that the Quarkus test class loader and the JUnit class loader (and several test JVMs) sign and
 * verify with the same key. Nothing outside tests uses it.
 */
public final class TestKeys {

    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "orgbridge-test-keys");
    private static final Path PRIVATE = DIR.resolve("private.der");
    private static final Path PUBLIC = DIR.resolve("public.der");

    private TestKeys() {}

    public static synchronized PrivateKey privateKey() {
        try {
            ensureKeys();
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(PRIVATE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized PublicKey publicKey() {
        try {
            ensureKeys();
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Files.readAllBytes(PUBLIC)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as base64 DER, the form {@code quarkus.oidc.public-key} takes. */
    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey().getEncoded());
    }

    private static void ensureKeys() throws IOException, GeneralSecurityException {
        if (Files.exists(PRIVATE) && Files.exists(PUBLIC)) {
            return;
        }
        Files.createDirectories(DIR);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        // Public first: a reader that sees the private file also finds the public one.
        write(PUBLIC, pair.getPublic().getEncoded());
        write(PRIVATE, pair.getPrivate().getEncoded());
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Path temp = Files.createTempFile(DIR, "key", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
