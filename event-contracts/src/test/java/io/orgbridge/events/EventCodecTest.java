package io.orgbridge.events;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.orgbridge.events.integration.RefreshRequested;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private static final Instant TIME = Instant.parse("2026-12-04T15:43:26Z");

    @Test
    void shouldRoundTripEnvelopeAndData() {
        // given
        CloudEvent event = EventCodec.create(
                "/orgbridge/integration-service",
                EventTypes.INTEGRATION_REFRESH_REQUESTED,
                "i_0123456789abcdefghij",
                "t_00000000000000000000",
                "o_0123456789abcdefghij",
                new RefreshRequested("i_0123456789abcdefghij", 3, "u_owner"),
                TIME);

        // when
        String json = EventCodec.encode(event);
        CloudEvent decoded = EventCodec.decode(json);

        // then
        assertThat(json)
                .contains(
                        "\"specversion\":\"1.0\"",
                        "\"tenantid\":",
                        "\"integration_id\":",
                        "\"time\":\"2026-12-04T15:43:26Z\"");
        assertThat(decoded.id()).isEqualTo(event.id());
        assertThat(decoded.time()).isEqualTo(TIME);
        assertThat(EventCodec.encode(decoded)).isEqualTo(json);
        assertThat(EventCodec.data(decoded, RefreshRequested.class))
                .isEqualTo(new RefreshRequested("i_0123456789abcdefghij", 3, "u_owner"));
    }

    @Test
    void shouldGiveEachEventItsOwnId() {
        CloudEvent first = EventCodec.create("/s", "t", null, "t_1", null, new RefreshRequested("i", 1, "u"), TIME);
        CloudEvent second = EventCodec.create("/s", "t", null, "t_1", null, new RefreshRequested("i", 1, "u"), TIME);

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void shouldLeaveOutAbsentOrgId() {
        CloudEvent event = EventCodec.create("/s", "t", null, "t_1", null, new RefreshRequested("i", 1, "u"), TIME);

        assertThat(EventCodec.encode(event)).doesNotContain("orgid");
    }

    @Test
    void shouldRejectValuesThatAreNotCloudEvents() {
        assertThatThrownBy(() -> EventCodec.decode("hello")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() ->
                        EventCodec.decode("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("specversion");
        assertThatThrownBy(() -> EventCodec.decode("{\"specversion\":\"1.0\",\"source\":\"/s\",\"type\":\"t\"}"))
                .isInstanceOf(InvalidEventException.class);
    }
}
