package io.orgbridge.awssim;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response to write back: status, content type, extra headers and body. */
record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    static final String AMZ_JSON_1_1 = "application/x-amz-json-1.1";
    static final String JSON = "application/json";
    static final String XML = "text/xml";

    static ApiResponse of(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.put(name, value);
        return new ApiResponse(status, contentType, merged, body);
    }
}
