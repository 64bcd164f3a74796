package io.orgbridge.platform.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated page request: {@code limit} 1-100 (default 25) and an opaque {@code next_token}.
 *
 * <p>The token encodes the offset of the next item. NOTE: offsets can skip or repeat an item when
 * the list changes between pages; a keyset token would not.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    /**
     * Parses the raw {@code limit} query parameter; a value that is not a whole number is a 400
     * naming it, where a JAX-RS {@code Integer} parameter would turn it into a 404.
     */
    public static PageRequest parse(String limit, String nextToken) {
        if (limit == null || limit.isBlank()) {
            return of(null, nextToken);
        }
        try {
            return of(Integer.valueOf(limit.trim()), nextToken);
        } catch (NumberFormatException e) {
            String shown = limit.length() > 40 ? limit.substring(0, 40) + "..." : limit;
            throw ProblemException.invalidField(
                    "query.limit", "limit '" + shown + "' is not a whole number; use a value from 1 to " + MAX_LIMIT);
        }
    }

    public static PageRequest of(Integer limit, String nextToken) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField(
                    "query.limit", "limit " + size + " is out of range; use a value from 1 to " + MAX_LIMIT);
        }
        return new PageRequest(size, decode(nextToken));
    }

    /** Builds the page: {@code fetched} holds up to {@code limit + 1} items, the extra one signals more. */
    public <T> Page<T> page(java.util.List<T> fetched) {
        if (fetched.size() > limit) {
            return new Page<>(fetched.subList(0, limit), encode(offset + limit));
        }
        return new Page<>(fetched, null);
    }

    /** Rows to fetch so that {@link #page} can tell whether another page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    private static int decode(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith("o:")) {
                throw new IllegalArgumentException(text);
            }
            int offset = Integer.parseInt(text.substring(2));
            if (offset < 0) {
                throw new IllegalArgumentException(text);
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "query.next_token",
                    "next_token is not one this API issued; pass the next_token of the previous page");
        }
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }
}
