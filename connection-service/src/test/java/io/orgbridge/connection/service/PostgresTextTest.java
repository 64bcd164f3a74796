package io.orgbridge.connection.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTextTest {

    @Test
    void shouldReplaceNul() {
        // when
        String stored = PostgresText.storable("Bad\u0000Name\u0000");

        // then
        assertThat(stored).isEqualTo("Bad\uFFFDName\uFFFD");
    }

    @Test
    void shouldReplaceUnpairedSurrogates() {
        // given: a lone high surrogate, a lone low one, and a valid pair (U+1F600) in between
        String text = "a\uD800b\uD83D\uDE00c\uDC00";

        // when
        String stored = PostgresText.storable(text);

        // then
        assertThat(stored).isEqualTo("a\uFFFDb\uD83D\uDE00c\uFFFD");
        assertThat(PostgresText.isStorable(text)).isFalse();
        assertThat(PostgresText.isStorable(stored)).isTrue();
    }

    @Test
    void shouldKeepStorableTextAsItIs() {
        // given: control characters other than U+0000 are valid PostgreSQL text
        String text = "Prod\tEU\n\u00e9\uD83D\uDE00";

        // when
        String stored = PostgresText.storable(text);

        // then
        assertThat(stored).isSameAs(text);
        assertThat(PostgresText.storable(null)).isNull();
    }

    @Test
    void shouldTruncateByCodePoints() {
        // given: three emoji, six UTF-16 units
        String emoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02";

        // then
        assertThat(PostgresText.truncate(emoji, 3)).isSameAs(emoji);
        assertThat(PostgresText.truncate(emoji, 2)).isEqualTo("\uD83D\uDE00\uD83D\uDE01");
        assertThat(PostgresText.truncate(null, 2)).isNull();
    }
}
