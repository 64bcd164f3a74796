package io.orgbridge.platform.crypto;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY =
            Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes());

    @Test
    void shouldOpenWhatItSealed() {
        // given
        SecretBox box = SecretBox.fromBase64Key("test.key", KEY);

        // when
        String sealed = box.seal("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "i_owner");

        // then
        assertThat(sealed).startsWith("v1.").doesNotContain("wJalrXUtnFEMI");
        assertThat(box.open(sealed, "i_owner")).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @Test
    void shouldSealTheSameSecretDifferentlyEachTime() {
        SecretBox box = SecretBox.fromBase64Key("test.key", KEY);

        assertThat(box.seal("secret", "i_owner")).isNotEqualTo(box.seal("secret", "i_owner"));
    }

    @Test
    void shouldNotOpenForAnotherOwner() {
        SecretBox box = SecretBox.fromBase64Key("test.key", KEY);
        String sealed = box.seal("hunter2-value", "i_owner");

        assertThatThrownBy(() -> box.open(sealed, "i_other"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void shouldNotOpenWithAnotherKey() {
        String sealed = SecretBox.fromBase64Key("test.key", KEY).seal("secret", "i_owner");
        SecretBox other = SecretBox.fromBase64Key("test.key", OTHER_KEY);

        assertThatThrownBy(() -> other.open(sealed, "i_owner")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotOpenTamperedValue() {
        SecretBox box = SecretBox.fromBase64Key("test.key", KEY);
        String sealed = box.seal("secret", "i_owner");
        // A character in the middle carries ciphertext bits; the last one may only carry padding bits.
        int middle = sealed.length() / 2;
        char replaced = sealed.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = sealed.substring(0, middle) + replaced + sealed.substring(middle + 1);

        assertThatThrownBy(() -> box.open(tampered, "i_owner")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> box.open("plain text", "i_owner")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameThePropertyOfAnUnusableKey() {
        assertThatThrownBy(() -> SecretBox.fromBase64Key("orgbridge.secrets.storage-key", "not base64!"))
                .hasMessageContaining("orgbridge.secrets.storage-key")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SecretBox.fromBase64Key("orgbridge.secrets.storage-key", "c2hvcnQ="))
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("not 5");
    }
}
