package io.orgbridge.connection.rest;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/** Parses the parts of a request that every resource of this service shares. */
final class RequestParts {

    static final String ORG = "org";

    private RequestParts() {}

    /** Returns the tenant or org a path addresses: {@code /api/v0/org/{handle}/...} or {@code /api/v0/tenant/{handle}/...}. */
    static Scope scope(String kind, String handle) {
        return ORG.equals(kind) ? Scope.org(handle) : Scope.tenant(handle);
    }

    /**
     * Reads the version from an {@code If-Match} header such as {@code 3}, {@code "3"} or {@code W/"3"}.
     *
     * @return null when the header is absent
     */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    "header.If-Match",
                    "If-Match " + header + " is not a version_id; send the item's version_id, such as 3");
        }
    }

    /** Checks that the body is a JSON object with only known fields. */
    static JsonNode object(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalidField("body", "the request body must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ProblemException.invalidField(
                        "body." + name,
                        name + " cannot be changed here; send only "
                                + String.join(", ", fields.stream().sorted().toList()));
            }
        }
        return body;
    }

    /** Returns a text field, null when absent; rejects any other JSON type. */
    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProblemException.invalidField("body." + field, field + " must be a string, not " + node);
        }
        return node.asText();
    }
}
