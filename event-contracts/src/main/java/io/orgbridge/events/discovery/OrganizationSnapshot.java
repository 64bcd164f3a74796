package io.orgbridge.events.discovery;

import java.time.Instant;
import java.util.List;

/**
 * The whole organization one successful discovery run saw. OUs are listed parents first.
 *
 * @param runSequence grows by one for each run of the integration; consumers ignore a snapshot
 *     older than the last one they applied
 */
public record OrganizationSnapshot(
        String runId,
        String integrationId,
        long integrationVersion,
        long runSequence,
        String trigger,
        Instant startedAt,
        Instant finishedAt,
        Organization organization,
        Root root,
        List<OrganizationalUnit> organizationalUnits,
        List<Account> accounts) {

    public record Organization(String id, String arn, String partition, String managementAccountId) {}

    public record Root(String id, String name) {}

    public record OrganizationalUnit(String id, String name, String parentId) {}

    /**
     * @param state {@code PENDING_ACTIVATION}, {@code ACTIVE}, {@code SUSPENDED},
     *     {@code PENDING_CLOSURE} or {@code CLOSED}
     */
    public record Account(
            String id,
            String name,
            String email,
            String state,
            String parentId,
            String arn,
            String joinedMethod,
            Instant joinedTimestamp,
            RoleCheck roleCheck) {}

    /**
     * Result of assuming the connection role in one account.
     *
     * @param status {@code ok}, {@code failed} or {@code skipped} (account not ACTIVE)
     * @param reason AWS's message when the role could not be assumed
     */
    public record RoleCheck(String status, String reason) {

        public static final String OK = "ok";
        public static final String FAILED = "failed";
        public static final String SKIPPED = "skipped";
    }
}
