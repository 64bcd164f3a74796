package io.orgbridge.integration.service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Shows request values inside error messages. Every value is cut to {@value #MAX_SHOWN_LENGTH}
 * characters, so that a huge invalid value cannot make the error response huge.
 */
public final class MessageValues {

    public static final int MAX_SHOWN_LENGTH = 64;

    private static final String ELLIPSIS = "...";

    private MessageValues() {}

    /** Returns the value in single quotes, cut to {@value #MAX_SHOWN_LENGTH} characters followed by "...". */
    public static String quote(String value) {
        return "'" + cut(value) + "'";
    }

    /** Returns the value cut to {@value #MAX_SHOWN_LENGTH} characters followed by "...", or "null". */
    public static String cut(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() > MAX_SHOWN_LENGTH ? value.substring(0, MAX_SHOWN_LENGTH) + ELLIPSIS : value;
    }

    /** Describes a JSON value by its type and, for scalars, its cut value, such as {@code a number (3)}. */
    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case NUMBER -> "a number (" + cut(node.asText()) + ")";
            case STRING -> "a string (" + quote(node.asText()) + ")";
            default -> describeType(node);
        };
    }

    /** Describes a JSON value by its type alone, for values such as secrets that must not be repeated. */
    public static String describeType(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase();
        };
    }
}
