package io.orgbridge.connection.handle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates connection handles from AWS account names.
 *
 * <p>The rule: lower-case the account name; turn every run of characters other than {@code a-z0-9}
 * into one {@code _}; trim {@code _} at both ends; use the account id when nothing is left;
 * prepend the handle prefix; put {@code aws_} in front when the result starts with a digit or is a
 * {@linkplain ReservedNames reserved name}; cut to 39 characters and trim a trailing {@code _}. A
 * handle already taken in the scope gets {@code _<account id>} appended, with the name part cut so
 * that the whole stays within 39 characters.
 */
public final class HandleGenerator {

    public static final int MAX_LENGTH = 39;

    /** The handle format of the query platform: a schema name of 1-39 characters. */
    public static final Pattern HANDLE_PATTERN = Pattern.compile("^[a-z](?:[a-z0-9]|_(?=[a-z0-9])){0,38}$");

    /** Prepended to a handle that would start with a digit or be a reserved name. */
    static final String SAFE_PREFIX = "aws_";

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("^[0-9]{12}$");
    private static final int MAX_SUFFIX_ATTEMPTS = 1000;

    /** ACTIVE accounts first, then by account id: the order in which accounts claim handles. */
    public static final Comparator<HandleRequest> ASSIGNMENT_ORDER = Comparator.comparing(
                    (HandleRequest request) -> !"ACTIVE".equals(request.accountState()))
            .thenComparing(HandleRequest::accountId);

    private HandleGenerator() {}

    /**
     * One account that needs a handle.
     *
     * @param accountState the AWS account state, such as {@code ACTIVE} or {@code SUSPENDED}
     */
    public record HandleRequest(String accountId, String accountName, String accountState) {}

    /**
     * Returns the handle an account gets when no other connection of its scope uses it.
     *
     * @throws IllegalArgumentException when the account id is not 12 digits
     */
    public static String candidate(String handlePrefix, String accountName, String accountId) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException(
                    "account id " + accountId + " is invalid; AWS account ids are 12 digits");
        }
        String name = slug(accountName);
        if (name.isEmpty()) {
            name = accountId;
        }
        String handle = protect(normalizePrefix(handlePrefix) + name);
        handle = cut(handle, MAX_LENGTH);
        // A cut cannot turn a protected name into a reserved one, but a wrong handle must never leave here.
        return requireValid(protect(handle));
    }

    /** Returns {@code candidate} with {@code _<suffix>} appended, the candidate cut so that the whole fits 39 characters. */
    public static String withSuffix(String candidate, String suffix) {
        String tail = "_" + suffix;
        String head = cut(candidate, MAX_LENGTH - tail.length());
        return requireValid(head + tail);
    }

    /**
     * Returns the first free handle for one account: the candidate, else the candidate with
     * {@code _<account id>}, else (only when hand-made handles occupy both) with
     * {@code _<account id>_2}, {@code _3} and so on.
     *
     * @throws IllegalStateException when no free handle is found
     */
    public static String firstFree(String candidate, String accountId, Set<String> taken) {
        if (!taken.contains(candidate)) {
            return candidate;
        }
        String suffixed = withSuffix(candidate, accountId);
        for (int attempt = 2; taken.contains(suffixed); attempt++) {
            if (attempt > MAX_SUFFIX_ATTEMPTS) {
                throw new IllegalStateException("no free handle for account " + accountId + " after "
                        + MAX_SUFFIX_ATTEMPTS + " attempts starting at " + candidate);
            }
            suffixed = withSuffix(candidate, accountId + "_" + attempt);
        }
        return suffixed;
    }

    /**
     * Assigns handles to several accounts at once, in {@link #ASSIGNMENT_ORDER}: an ACTIVE account
     * claims a contested handle before a suspended one, and a lower account id before a higher one.
     * Each assigned handle is added to {@code taken}.
     *
     * @return account id to handle, in assignment order
     */
    public static Map<String, String> assign(String handlePrefix, List<HandleRequest> requests, Set<String> taken) {
        List<HandleRequest> ordered = new ArrayList<>(requests);
        ordered.sort(ASSIGNMENT_ORDER);
        Map<String, String> handles = new LinkedHashMap<>();
        for (HandleRequest request : ordered) {
            String candidate = candidate(handlePrefix, request.accountName(), request.accountId());
            String handle = firstFree(candidate, request.accountId(), taken);
            taken.add(handle);
            handles.put(request.accountId(), handle);
        }
        return handles;
    }

    /**
     * Tells whether {@code handle} is what the generator would give this account: its candidate or
     * a collision form of it. A rename that keeps the candidate keeps the handle.
     */
    public static boolean isGeneratedFrom(String handle, String candidate, String accountId) {
        if (handle.equals(candidate)) {
            return true;
        }
        if (handle.equals(withSuffix(candidate, accountId))) {
            return true;
        }
        String marker = "_" + accountId + "_";
        int at = handle.lastIndexOf(marker);
        if (at < 0) {
            return false;
        }
        String attempt = handle.substring(at + marker.length());
        return attempt.matches("[0-9]+") && handle.equals(withSuffix(candidate, accountId + "_" + attempt));
    }

    public static boolean isValid(String handle) {
        return handle != null && HANDLE_PATTERN.matcher(handle).matches();
    }

    /**
     * Returns the handle unchanged when it matches {@link #HANDLE_PATTERN}.
     *
     * @throws IllegalStateException otherwise: a generated handle that breaks the format is a bug
     */
    public static String requireValid(String handle) {
        if (!isValid(handle)) {
            throw new IllegalStateException("generated connection handle '" + handle + "' does not match "
                    + HANDLE_PATTERN.pattern() + "; this is a bug in the handle generator");
        }
        return handle;
    }

    /** Lower-cases the text and turns every run of characters other than {@code a-z0-9} into one {@code _}, trimmed. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return trimUnderscores(NOT_ALLOWED.matcher(lower).replaceAll("_"));
    }

    /**
     * Returns the prefix as given when it can start a handle. A prefix that cannot (upper case,
     * other characters, {@code __}, a leading {@code _}) is cleaned the way names are, keeping
     * one trailing {@code _}; the integration service rejects such prefixes, so this is a fallback.
     */
    static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        if (prefix.matches("[a-z0-9]+(?:_[a-z0-9]+)*_?")) {
            return prefix;
        }
        String cleaned = slug(prefix);
        if (cleaned.isEmpty()) {
            return "";
        }
        char last = Character.toLowerCase(prefix.charAt(prefix.length() - 1));
        boolean separator = !((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9'));
        return separator ? cleaned + "_" : cleaned;
    }

    private static String protect(String handle) {
        boolean startsWithDigit = !handle.isEmpty() && Character.isDigit(handle.charAt(0));
        if (startsWithDigit || ReservedNames.isReserved(handle)) {
            return SAFE_PREFIX + handle;
        }
        return handle;
    }

    private static String cut(String handle, int maxLength) {
        if (handle.length() <= maxLength) {
            return handle;
        }
        return trimTrailingUnderscores(handle.substring(0, maxLength));
    }

    private static String trimUnderscores(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '_') {
            start++;
        }
        return trimTrailingUnderscores(text.substring(start));
    }

    private static String trimTrailingUnderscores(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '_') {
            end--;
        }
        return text.substring(0, end);
    }
}
