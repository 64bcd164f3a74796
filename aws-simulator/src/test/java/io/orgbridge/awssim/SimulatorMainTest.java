package io.orgbridge.awssim;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorMainTest {

    @Test
    void shouldUseDefaults() {
        // when
        SimulatorConfig config = SimulatorMain.parse(new String[0]);

        // then
        assertThat(config.port()).isEqualTo(9599);
        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.throttling()).isTrue();
        assertThat(config.platformPrincipals()).containsExactly(PlatformPrincipal.DEFAULT);
        assertThat(config.fixture().organization().id()).isEqualTo("o-ex4mpl3c0rp");
    }

    @Test
    void shouldParseOptions() {
        // when
        SimulatorConfig config = SimulatorMain.parse(new String[] {
            "--port",
            "0",
            "--bind",
            "0.0.0.0",
            "--no-throttling",
            "--platform-key",
            "AKIAPLATFORMTEST0001:s3cret",
            "--platform-key",
            "AKIAPLATFORMTEST0002:other:123456789012",
            "--create-account-delay",
            "30",
            "--close-account-delay",
            "60"
        });

        // then
        assertThat(config.port()).isZero();
        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.throttling()).isFalse();
        assertThat(config.platformPrincipals())
                .containsExactly(
                        new PlatformPrincipal("AKIAPLATFORMTEST0001", "s3cret", "999999999999"),
                        new PlatformPrincipal("AKIAPLATFORMTEST0002", "other", "123456789012"));
        assertThat(config.createAccountDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.closeAccountDelay()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldReturnNullForHelp() {
        assertThat(SimulatorMain.parse(new String[] {"--help"})).isNull();
    }

    @Test
    void shouldRejectBadOptions() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--colour"})).hasMessage("Unknown option: --colour");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"})).hasMessage("Missing value for --port");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port", "http"}))
                .hasMessageContaining("Invalid --port 'http'");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--platform-key", "ASIA123:secret"}))
                .hasMessageContaining("Invalid platform access key id 'ASIA123'");
    }

    @Test
    void platformPrincipalHidesSecret() {
        assertThat(PlatformPrincipal.DEFAULT.toString())
                .doesNotContain(PlatformPrincipal.DEFAULT_SECRET_ACCESS_KEY)
                .contains("AKIAORGBRIDGEPLATFORM");
    }
}
