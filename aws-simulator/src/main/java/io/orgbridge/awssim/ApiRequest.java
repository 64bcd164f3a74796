package io.orgbridge.awssim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as received: method, raw (still percent-encoded) path and query, headers keyed by
 * lower-case name, body, and the request id the simulator assigned to it.
 */
record ApiRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body, String requestId) {

    /** Returns the first value of a header, or null; {@code name} is case-insensitive. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    String contentType() {
        String contentType = header("content-type");
        return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    }
}
