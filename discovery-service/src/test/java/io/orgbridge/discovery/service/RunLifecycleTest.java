package io.orgbridge.discovery.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunLifecycleTest {

    @Test
    void shouldReplaceNulInStoredErrorText() {
        // when
        String stored = RunLifecycle.storable("You provided an invalid value 'Bad\u0000Name'.");

        // then
        assertThat(stored).isEqualTo("You provided an invalid value 'Bad\uFFFDName'.");
        assertThat(RunLifecycle.storable(null)).isNull();
    }
}
