package io.orgbridge.integration.service;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.orgbridge.integration.api.StrictRequest;
import io.orgbridge.platform.rest.ProblemException;

/**
 * Parses request bodies. Resources receive the body as text and the service parses it after the
 * access checks, so that every malformed body gets a problem response naming {@code body}: a
 * syntax error without the text the parser stopped at (it may be a secret sent without quotes),
 * and a list, string, number or boolean with the shape that was expected.
 */
final class RequestBodies {

    /**
     * Binds field names as they are, because the request classes have one-word fields and
     * JsonNode values only. Trailing text after the JSON value is an error.
     */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("(?s)Unrecognized token '.*': was expecting");
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("(?s)Unexpected character \\('.*?' \\(code \\d+\\)\\)");

    private RequestBodies() {}

    /**
     * Returns the body as {@code type}, or null when the body is empty or JSON null.
     *
     * @param example a body of the expected shape, shown when the body is not a JSON object
     * @throws ProblemException 400 at {@code body} when the body is not valid JSON or not an object
     */
    static <T extends StrictRequest> T read(String body, Class<T> type, String example) {
        JsonNode tree = parse(body);
        if (tree == null || tree.isNull()) {
            return null;
        }
        if (!tree.isObject()) {
            throw ProblemException.invalidField(
                    "body",
                    "the body must be a JSON object such as " + example + ", not " + MessageValues.describe(tree));
        }
        try {
            return JSON.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            // The request classes have JsonNode fields only and collect unknown fields, so binding
            // an object fails only after a change to one of them.
            throw new IllegalStateException("cannot bind a JSON object to " + type.getSimpleName(), e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidField(
                    "body",
                    "the body is not valid JSON: " + redact(e.getOriginalMessage()) + position(e.getLocation()));
        }
    }

    /** Removes the token or character that the parser's message quotes, keeping what it expected. */
    static String redact(String parserMessage) {
        if (parserMessage == null) {
            return "the parser stopped";
        }
        String redacted = UNRECOGNIZED_TOKEN.matcher(parserMessage).replaceAll("Unrecognized token: was expecting");
        return UNEXPECTED_CHARACTER.matcher(redacted).replaceAll("Unexpected character");
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
