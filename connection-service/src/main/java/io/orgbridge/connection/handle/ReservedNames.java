package io.orgbridge.connection.handle;

import java.util.Set;

/**
 * Names a connection handle must not take, because the handle becomes a PostgreSQL schema name in
 * every workspace the connection is attached to.
 */
public final class ReservedNames {

    /**
     * Key words of PostgreSQL 15 that are "reserved" or "reserved (can be function or type)" in
     * Appendix C of its manual (the same list as {@code pg_get_keywords()} categories R and T).
     * Neither kind may be an unquoted schema name.
     */
    static final Set<String> POSTGRESQL_RESERVED_KEY_WORDS = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");

    /**
     * Schema names a workspace already uses: {@code public}, {@code information_schema}, and
     * {@code all_aws}, the aggregator a workspace gets once it has two AWS connections.
     */
    static final Set<String> WORKSPACE_SCHEMAS = Set.of("public", "information_schema", "all_aws");

    /** PostgreSQL reserves {@code pg_} schema names; Steampipe rejects {@code steampipe_} ones. */
    private static final String[] RESERVED_PREFIXES = {"pg_", "steampipe_"};

    private ReservedNames() {}

    public static boolean isReserved(String name) {
        if (POSTGRESQL_RESERVED_KEY_WORDS.contains(name) || WORKSPACE_SCHEMAS.contains(name)) {
            return true;
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
