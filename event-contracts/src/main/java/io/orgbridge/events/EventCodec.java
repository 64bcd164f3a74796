package io.orgbridge.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Encodes and decodes CloudEvents and their snake_case data records. One shared mapper keeps the
 * wire format identical in every service.
 */
public final class EventCodec {

    private static final ObjectMapper ENVELOPE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ObjectMapper DATA =
            ENVELOPE.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private EventCodec() {}

    /** Builds an event with a fresh id; the outbox stores it, so redeliveries keep that id. */
    public static CloudEvent create(
            String source, String type, String subject, String tenantId, String orgId, Object data, Instant time) {
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type,
                subject,
                time,
                "application/json",
                tenantId,
                orgId,
                DATA.valueToTree(data));
    }

    public static String encode(CloudEvent event) {
        try {
            return ENVELOPE.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode event " + event.id(), e);
        }
    }

    /** Decodes an envelope; a malformed value raises {@link InvalidEventException}. */
    public static CloudEvent decode(String value) {
        try {
            return ENVELOPE.readValue(value, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("not a CloudEvents 1.0 JSON event: " + e.getMessage(), e);
        }
    }

    /** Decodes the data of an event into its record type. */
    public static <T> T data(CloudEvent event, Class<T> type) {
        try {
            return DATA.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException(
                    "event " + event.id() + " of type " + event.type() + " has invalid data: " + e.getMessage(), e);
        }
    }

    /** Returns the snake_case mapper used for event data, for services that store event data as JSON. */
    public static ObjectMapper dataMapper() {
        return DATA;
    }
}
