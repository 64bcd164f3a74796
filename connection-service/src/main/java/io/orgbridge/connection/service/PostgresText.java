package io.orgbridge.connection.service;

/**
 * Checks and repairs of text bound for PostgreSQL. A {@code text} or {@code varchar} value cannot
 * contain U+0000 (the server rejects it as an invalid UTF-8 byte sequence), and an unpaired UTF-16
 * surrogate has no UTF-8 encoding at all. Every other character is stored as sent.
 */
public final class PostgresText {

    /** Stands in for each character PostgreSQL cannot store. */
    public static final char REPLACEMENT = '\uFFFD';

    private PostgresText() {}

    /** Returns the value with U+0000 and every unpaired surrogate replaced by U+FFFD, or null for null. */
    public static String storable(String value) {
        if (value == null || isStorable(value)) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isPairAt(value, i)) {
                cleaned.append(c).append(value.charAt(i + 1));
                i++;
            } else if (c == '\0' || Character.isSurrogate(c)) {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** Checks that PostgreSQL can store the value unchanged; null counts as storable. */
    public static boolean isStorable(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isPairAt(value, i)) {
                i++;
            } else if (c == '\0' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the value cut to at most {@code maxCodePoints} characters, as PostgreSQL counts them
     * in a {@code varchar(n)} column, without splitting a surrogate pair.
     */
    public static String truncate(String value, int maxCodePoints) {
        if (value == null || value.codePointCount(0, value.length()) <= maxCodePoints) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxCodePoints));
    }

    private static boolean isPairAt(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i))
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }
}
