package io.orgbridge.permission.rest;

import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;

/** Parses query and header parameters into values, with a 400 naming the parameter when one is invalid. */
final class RequestParameters {

    private RequestParameters() {}

    /** Parses {@code limit} (1-100, default 25) and {@code next_token}; a non-numeric limit is a 400, not a 404. */
    static PageRequest page(String limit, String nextToken) {
        return PageRequest.parse(limit, nextToken);
    }

    /** Parses an If-Match header holding a version_id, quoted or not; null when absent. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    "header.If-Match", "If-Match " + header + " is not a version_id; send the version_id you read");
        }
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw ProblemException.invalidField("body", "a JSON request body is required");
        }
        return body;
    }
}
