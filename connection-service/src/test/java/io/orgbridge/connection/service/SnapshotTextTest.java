package io.orgbridge.connection.service;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgbridge.connection.support.Snapshots;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;
import io.orgbridge.events.discovery.OrganizationSnapshot.Root;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTextTest {

    private static final String INTEGRATION = "i_00000000000000000001";
    private static final String NUL = "\u0000";
    private static final String REPLACED = "\uFFFD";

    private final OrganizationSnapshot first = Snapshots.exampleCorp(INTEGRATION, 1);

    @Test
    void shouldKeepStorableSnapshot() {
        // then
        assertThat(SnapshotText.storable(first)).isSameAs(first);
    }

    @Test
    void shouldReplaceNulInEveryTextField() {
        // given
        Account account = new Account(
                "200000012221",
                "Pay" + NUL,
                "a" + NUL + "@example.com",
                "ACTIVE" + NUL,
                "ou-ex4m-00013169",
                "arn" + NUL,
                "CREATED" + NUL,
                null,
                new RoleCheck("failed" + NUL, "denied" + NUL));
        OrganizationSnapshot snapshot = new OrganizationSnapshot(
                "run" + NUL,
                INTEGRATION,
                1,
                1,
                "schedule" + NUL,
                null,
                null,
                new OrganizationSnapshot.Organization("o" + NUL, "arn" + NUL, "aws" + NUL, "111" + NUL),
                new Root("r-ex4m", "Root" + NUL),
                List.of(new OrganizationalUnit("ou-ex4m-00013169", "Work" + NUL + "loads", "r-ex4m" + NUL)),
                List.of(account));

        // when
        OrganizationSnapshot stored = SnapshotText.storable(snapshot);

        // then
        assertThat(stored.runId()).isEqualTo("run" + REPLACED);
        assertThat(stored.trigger()).isEqualTo("schedule" + REPLACED);
        assertThat(stored.organization().id()).isEqualTo("o" + REPLACED);
        assertThat(stored.organization().arn()).isEqualTo("arn" + REPLACED);
        assertThat(stored.organization().partition()).isEqualTo("aws" + REPLACED);
        assertThat(stored.organization().managementAccountId()).isEqualTo("111" + REPLACED);
        assertThat(stored.root().name()).isEqualTo("Root" + REPLACED);
        OrganizationalUnit unit = stored.organizationalUnits().get(0);
        assertThat(unit.name()).isEqualTo("Work" + REPLACED + "loads");
        assertThat(unit.parentId()).isEqualTo("r-ex4m" + REPLACED);
        Account storedAccount = stored.accounts().get(0);
        assertThat(storedAccount.name()).isEqualTo("Pay" + REPLACED);
        assertThat(storedAccount.email()).isEqualTo("a" + REPLACED + "@example.com");
        assertThat(storedAccount.state()).isEqualTo("ACTIVE" + REPLACED);
        assertThat(storedAccount.arn()).isEqualTo("arn" + REPLACED);
        assertThat(storedAccount.joinedMethod()).isEqualTo("CREATED" + REPLACED);
        assertThat(storedAccount.roleCheck().status()).isEqualTo("failed" + REPLACED);
        assertThat(storedAccount.roleCheck().reason()).isEqualTo("denied" + REPLACED);
    }

    @Test
    void shouldCutNamesToColumnWidth() {
        // given
        OrganizationSnapshot longNames = Snapshots.editAccount(
                Snapshots.editUnit(first, "ou-ex4m-00003039", unit -> Snapshots.renamedUnit(unit, "u".repeat(300))),
                "200000012221",
                a -> Snapshots.renamed(a, "a".repeat(300)));

        // when
        OrganizationSnapshot stored = SnapshotText.storable(longNames);

        // then
        assertThat(stored.organizationalUnits().stream()
                        .filter(unit -> unit.id().equals("ou-ex4m-00003039"))
                        .findFirst()
                        .orElseThrow()
                        .name())
                .hasSize(SnapshotText.MAX_UNIT_NAME_LENGTH);
        assertThat(stored.accounts().stream()
                        .filter(a -> a.id().equals("200000012221"))
                        .findFirst()
                        .orElseThrow()
                        .name())
                .hasSize(SnapshotText.MAX_ACCOUNT_NAME_LENGTH);
    }
}
