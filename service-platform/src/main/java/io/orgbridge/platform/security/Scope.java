package io.orgbridge.platform.security;

/**
 * Where a request's resources live: a tenant ({@code /api/v0/tenant/{handle}/...}) or an org
 * ({@code /api/v0/org/{handle}/...}).
 */
public record Scope(Kind kind, String handle) {

    public enum Kind {
        TENANT,
        ORG;

        /** The lower-case name used in events and URLs. */
        public String wireName() {
            return name().toLowerCase();
        }
    }

    public static Scope tenant(String handle) {
        return new Scope(Kind.TENANT, handle);
    }

    public static Scope org(String handle) {
        return new Scope(Kind.ORG, handle);
    }

    public boolean isOrg() {
        return kind == Kind.ORG;
    }

    @Override
    public String toString() {
        return kind.wireName() + " " + handle;
    }
}
