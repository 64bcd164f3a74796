package io.orgbridge.integration.template;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes Java maps, lists, strings and booleans as HCL expressions, such as the argument of {@code jsonencode}. */
final class HclWriter {

    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*$");
    private static final String INDENT = "  ";

    private HclWriter() {}

    static String expression(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            return object(map, depth);
        }
        if (value instanceof List<?> list) {
            return list(list, depth);
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        return string(String.valueOf(value));
    }

    /**
     * Quotes a string literal, escaping backslashes and quotes, and doubling {@code $} and
     * {@code %} before {@code {} so that no template interpolation happens.
     */
    static String string(String value) {
        String escaped = value.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("${", "$${")
                .replace("%{", "%%{");
        return "\"" + escaped + "\"";
    }

    private static String object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder("{\n");
        String inner = INDENT.repeat(depth + 1);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String writtenKey = IDENTIFIER.matcher(key).matches() ? key : string(key);
            out.append(inner)
                    .append(writtenKey)
                    .append(" = ")
                    .append(expression(entry.getValue(), depth + 1))
                    .append('\n');
        }
        return out.append(INDENT.repeat(depth)).append('}').toString();
    }

    private static String list(List<?> list, int depth) {
        if (list.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[\n");
        String inner = INDENT.repeat(depth + 1);
        for (Object item : list) {
            out.append(inner).append(expression(item, depth + 1)).append(",\n");
        }
        return out.append(INDENT.repeat(depth)).append(']').toString();
    }
}
