package io.orgbridge.awssim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One HTTP request as received: method, raw (still percent-encoded) path and query, headers keyed by
 * lower-case name, body, and the request id the simulator assigned to it.
 */
record ApiRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        String requestId) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Returns the first value of a header, or null. The {@code name} is case-insensitive. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Parses the body as a JSON object, reading an empty body as an empty object. */
    JsonNode jsonBody() {
        if (body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ServiceError(
                    "SerializationException", 400, "The request body is not valid JSON: " + e.getMessage());
        }
        if (parsed == null || !parsed.isObject()) {
            throw new ServiceError("SerializationException", 400, "The request body must be a JSON object.");
        }
        return parsed;
    }

    String contentType() {
        String contentType = header("content-type");
        return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    }
}
