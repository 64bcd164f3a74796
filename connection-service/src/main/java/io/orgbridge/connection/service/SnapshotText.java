package io.orgbridge.connection.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.quarkus.logging.Log;

import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.Organization;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;
import io.orgbridge.events.discovery.OrganizationSnapshot.Root;

/**
 * Makes every text field of a snapshot storable before it is applied or kept: characters that
 * PostgreSQL cannot store become U+FFFD (see {@link PostgresText}), and names and states are cut
 * to the width of their columns. AWS allows U+0000 in OU names ({@code [\s\S]*}), and one such
 * name must not stop the tree sync of every tenant. Each snapshot with changes logs one warning.
 */
final class SnapshotText {

    /** Width of {@code connection_folder.title}, which an OU's name fills. */
    static final int MAX_UNIT_NAME_LENGTH = FolderService.MAX_TITLE_LENGTH;

    /** Width of {@code connection.account_name}. */
    static final int MAX_ACCOUNT_NAME_LENGTH = 255;

    /** Width of {@code connection.account_state}. */
    static final int MAX_ACCOUNT_STATE_LENGTH = 32;

    private static final int MAX_LISTED_FIELDS = 10;

    private final List<String> changedFields = new ArrayList<>();

    private SnapshotText() {}

    /** Returns the snapshot with every text field storable; the same instance when nothing changed. */
    static OrganizationSnapshot storable(OrganizationSnapshot snapshot) {
        SnapshotText text = new SnapshotText();
        OrganizationSnapshot cleaned = text.clean(snapshot);
        if (text.changedFields.isEmpty()) {
            return snapshot;
        }
        text.logChanges(cleaned);
        return cleaned;
    }

    private OrganizationSnapshot clean(OrganizationSnapshot s) {
        return new OrganizationSnapshot(
                text(s.runId(), "run_id"),
                text(s.integrationId(), "integration_id"),
                s.integrationVersion(),
                s.runSequence(),
                text(s.trigger(), "trigger"),
                s.startedAt(),
                s.finishedAt(),
                organization(s.organization()),
                root(s.root()),
                s.organizationalUnits() == null
                        ? null
                        : s.organizationalUnits().stream().map(this::unit).toList(),
                s.accounts() == null
                        ? null
                        : s.accounts().stream().map(this::account).toList());
    }

    private Organization organization(Organization o) {
        if (o == null) {
            return null;
        }
        return new Organization(
                text(o.id(), "organization.id"),
                text(o.arn(), "organization.arn"),
                text(o.partition(), "organization.partition"),
                text(o.managementAccountId(), "organization.management_account_id"));
    }

    private Root root(Root r) {
        if (r == null) {
            return null;
        }
        String id = text(r.id(), "root.id");
        return new Root(id, text(r.name(), "name of root " + id));
    }

    private OrganizationalUnit unit(OrganizationalUnit u) {
        if (u == null) {
            return null;
        }
        String id = text(u.id(), "id of organizational unit " + u.id());
        String label = "organizational unit " + id;
        return new OrganizationalUnit(
                id,
                text(u.name(), "name of " + label, MAX_UNIT_NAME_LENGTH),
                text(u.parentId(), "parent_id of " + label));
    }

    private Account account(Account a) {
        if (a == null) {
            return null;
        }
        String id = text(a.id(), "id of account " + a.id());
        String label = "account " + id;
        return new Account(
                id,
                text(a.name(), "name of " + label, MAX_ACCOUNT_NAME_LENGTH),
                text(a.email(), "email of " + label),
                text(a.state(), "state of " + label, MAX_ACCOUNT_STATE_LENGTH),
                text(a.parentId(), "parent_id of " + label),
                text(a.arn(), "arn of " + label),
                text(a.joinedMethod(), "joined_method of " + label),
                a.joinedTimestamp(),
                roleCheck(a.roleCheck(), label));
    }

    private RoleCheck roleCheck(RoleCheck check, String label) {
        if (check == null) {
            return null;
        }
        return new RoleCheck(
                text(check.status(), "role_check.status of " + label),
                text(check.reason(), "role_check.reason of " + label));
    }

    private String text(String value, String field) {
        String cleaned = PostgresText.storable(value);
        if (!Objects.equals(cleaned, value)) {
            changedFields.add(field);
        }
        return cleaned;
    }

    private String text(String value, String field, int maxLength) {
        String cleaned = text(value, field);
        String cut = PostgresText.truncate(cleaned, maxLength);
        if (!Objects.equals(cut, cleaned)) {
            changedFields.add(field + " (cut to " + maxLength + " characters)");
        }
        return cut;
    }

    private void logChanges(OrganizationSnapshot snapshot) {
        List<String> listed = changedFields.subList(0, Math.min(MAX_LISTED_FIELDS, changedFields.size()));
        String more =
                changedFields.size() > listed.size() ? " and " + (changedFields.size() - listed.size()) + " more" : "";
        Log.warnf(
                "Snapshot of run %s for integration %s: replaced characters PostgreSQL cannot store (U+0000,"
                        + " unpaired surrogates) with U+FFFD, or cut to the column width, in %d fields: %s%s",
                snapshot.runId(), snapshot.integrationId(), changedFields.size(), String.join(", ", listed), more);
    }
}
