package io.orgbridge.awssim;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Organizations-style paging: at most {@value #MAX_PAGE_SIZE} items a page, {@code MaxResults}
 * 1-20, and an opaque NextToken that only the same operation on the same parent accepts.
 */
final class Pagination {

    static final int MAX_PAGE_SIZE = 20;

    private static final String TOKEN_PREFIX = "awssim1";

    private Pagination() {}

    /** One page of items and the token of the next page, null on the last page. */
    record Page<T>(List<T> items, String nextToken) {}

    /**
     * Cuts the page that the call's NextToken and MaxResults ask for. With {@code emptyFirstPage},
     * a call without NextToken gets no items and a token that leads to the real first page.
     */
    static <T> Page<T> page(List<T> items, ApiCall call, String scope, boolean emptyFirstPage) {
        int pageSize = maxResults(call.input());
        String token = OrganizationsInput.optionalText(call.input(), "NextToken");
        if (token == null && emptyFirstPage) {
            return new Page<>(List.of(), encode(call.operation(), scope, 0));
        }
        int offset = token == null ? 0 : decode(token, call.operation(), scope);
        int from = Math.min(offset, items.size());
        int to = Math.min(from + pageSize, items.size());
        String next = to < items.size() ? encode(call.operation(), scope, to) : null;
        return new Page<>(List.copyOf(items.subList(from, to)), next);
    }

    static int maxResults(JsonNode input) {
        JsonNode value = input.get("MaxResults");
        if (value == null || value.isNull()) {
            return MAX_PAGE_SIZE;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ServiceError(
                    "SerializationException", 400, "MaxResults must be an integer, got '" + value.asText() + "'.");
        }
        int maxResults = value.asInt();
        if (maxResults < 1) {
            throw OrganizationsErrors.invalidInput(
                    "MIN_VALUE_EXCEEDED",
                    "1 validation error detected: Value '" + maxResults
                            + "' at 'maxResults' failed to satisfy constraint: Member must have value greater than or"
                            + " equal to 1");
        }
        if (maxResults > MAX_PAGE_SIZE) {
            throw OrganizationsErrors.invalidInput(
                    "MAX_VALUE_EXCEEDED",
                    "1 validation error detected: Value '" + maxResults
                            + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or"
                            + " equal to " + MAX_PAGE_SIZE);
        }
        return maxResults;
    }

    static String encode(String operation, String scope, int offset) {
        String plain = TOKEN_PREFIX + "|" + operation + "|" + scope + "|" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String token, String operation, String scope) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OrganizationsErrors.invalidNextToken();
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length != 4
                || !TOKEN_PREFIX.equals(parts[0])
                || !operation.equals(parts[1])
                || !scope.equals(parts[2])
                || !parts[3].matches("\\d{1,9}")) {
            throw OrganizationsErrors.invalidNextToken();
        }
        return Integer.parseInt(parts[3]);
    }
}
