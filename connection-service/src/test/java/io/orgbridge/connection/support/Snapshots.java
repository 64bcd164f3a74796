package io.orgbridge.connection.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.orgbridge.events.EventCodec;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;

/**
 * Snapshots of the Example Corp organization (22 OUs, 44 accounts) and small edits of them, as
 * discovery would report them after a change in AWS.
 */
public final class Snapshots {

    public static final int UNIT_COUNT = 22;
    public static final int ACCOUNT_COUNT = 44;
    public static final String MANAGEMENT_ACCOUNT = "111111111111";

    private Snapshots() {}

    /** Builds the whole organization as discovery reports it, for the given integration and run sequence. */
    public static OrganizationSnapshot exampleCorp(String integrationId, long runSequence) {
        try (InputStream in = Snapshots.class.getResourceAsStream("/snapshots/example-corp.json")) {
            OrganizationSnapshot base = EventCodec.dataMapper().readValue(in, OrganizationSnapshot.class);
            return withRun(
                    new OrganizationSnapshot(
                            base.runId(),
                            integrationId,
                            base.integrationVersion(),
                            runSequence,
                            base.trigger(),
                            base.startedAt(),
                            base.finishedAt(),
                            base.organization(),
                            base.root(),
                            base.organizationalUnits(),
                            base.accounts()),
                    runSequence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the content under another run sequence and run id. */
    public static OrganizationSnapshot withRun(OrganizationSnapshot s, long runSequence) {
        return new OrganizationSnapshot(
                String.format("run_%020d", runSequence),
                s.integrationId(),
                s.integrationVersion(),
                runSequence,
                s.trigger(),
                s.startedAt(),
                s.finishedAt(),
                s.organization(),
                s.root(),
                s.organizationalUnits(),
                s.accounts());
    }

    public static OrganizationSnapshot withAccounts(OrganizationSnapshot s, List<Account> accounts) {
        return new OrganizationSnapshot(
                s.runId(),
                s.integrationId(),
                s.integrationVersion(),
                s.runSequence(),
                s.trigger(),
                s.startedAt(),
                s.finishedAt(),
                s.organization(),
                s.root(),
                s.organizationalUnits(),
                accounts);
    }

    public static OrganizationSnapshot withUnits(OrganizationSnapshot s, List<OrganizationalUnit> units) {
        return new OrganizationSnapshot(
                s.runId(),
                s.integrationId(),
                s.integrationVersion(),
                s.runSequence(),
                s.trigger(),
                s.startedAt(),
                s.finishedAt(),
                s.organization(),
                s.root(),
                units,
                s.accounts());
    }

    public static OrganizationSnapshot editAccount(
            OrganizationSnapshot s, String accountId, UnaryOperator<Account> edit) {
        List<Account> accounts = new ArrayList<>();
        for (Account account : s.accounts()) {
            accounts.add(account.id().equals(accountId) ? edit.apply(account) : account);
        }
        return withAccounts(s, accounts);
    }

    public static OrganizationSnapshot editUnit(
            OrganizationSnapshot s, String unitId, UnaryOperator<OrganizationalUnit> edit) {
        List<OrganizationalUnit> units = new ArrayList<>();
        for (OrganizationalUnit unit : s.organizationalUnits()) {
            units.add(unit.id().equals(unitId) ? edit.apply(unit) : unit);
        }
        return withUnits(s, units);
    }

    public static OrganizationSnapshot removeAccount(OrganizationSnapshot s, String accountId) {
        return withAccounts(
                s, s.accounts().stream().filter(a -> !a.id().equals(accountId)).toList());
    }

    public static OrganizationSnapshot addAccount(OrganizationSnapshot s, Account account) {
        List<Account> accounts = new ArrayList<>(s.accounts());
        accounts.add(account);
        return withAccounts(s, accounts);
    }

    public static Account renamed(Account a, String name) {
        return new Account(
                a.id(),
                name,
                a.email(),
                a.state(),
                a.parentId(),
                a.arn(),
                a.joinedMethod(),
                a.joinedTimestamp(),
                a.roleCheck());
    }

    public static Account moved(Account a, String parentId) {
        return new Account(
                a.id(),
                a.name(),
                a.email(),
                a.state(),
                parentId,
                a.arn(),
                a.joinedMethod(),
                a.joinedTimestamp(),
                a.roleCheck());
    }

    public static Account inState(Account a, String state) {
        RoleCheck check =
                "ACTIVE".equals(state) ? new RoleCheck(RoleCheck.OK, null) : new RoleCheck(RoleCheck.SKIPPED, null);
        return new Account(
                a.id(),
                a.name(),
                a.email(),
                state,
                a.parentId(),
                a.arn(),
                a.joinedMethod(),
                a.joinedTimestamp(),
                check);
    }

    public static Account withRoleCheck(Account a, RoleCheck check) {
        return new Account(
                a.id(),
                a.name(),
                a.email(),
                a.state(),
                a.parentId(),
                a.arn(),
                a.joinedMethod(),
                a.joinedTimestamp(),
                check);
    }

    public static Account newAccount(String id, String name, String state, String parentId) {
        return inState(
                new Account(
                        id,
                        name,
                        "aws+" + id + "@example.com",
                        state,
                        parentId,
                        "arn:aws:organizations::111111111111:account/o-ex4mpl3c0rp/" + id,
                        "CREATED",
                        null,
                        null),
                state);
    }

    public static OrganizationalUnit renamedUnit(OrganizationalUnit unit, String name) {
        return new OrganizationalUnit(unit.id(), name, unit.parentId());
    }

    public static OrganizationalUnit movedUnit(OrganizationalUnit unit, String parentId) {
        return new OrganizationalUnit(unit.id(), unit.name(), parentId);
    }
}
