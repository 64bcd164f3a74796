package io.orgbridge.discovery.service;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import io.orgbridge.aws.MemberRoleCheck;
import io.orgbridge.aws.RoleCheckResult;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;

/**
 * Assumes the connection role in every ACTIVE account, a few at a time, and records the outcome on
 * each account. Accounts in any other state are skipped, because AWS denies AssumeRole into them.
 * A denied role is a result, not a failure of the run.
 */
public final class RoleChecker {

    static final String ACTIVE = "ACTIVE";

    private final MemberRoleCheck memberRoleCheck;
    private final int concurrency;

    public RoleChecker(MemberRoleCheck memberRoleCheck, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("role check concurrency must be at least 1, not " + concurrency);
        }
        this.memberRoleCheck = memberRoleCheck;
        this.concurrency = concurrency;
    }

    /** Returns the accounts in their original order, each with its role check. */
    public Uni<List<Account>> check(String partition, List<Account> accounts, String roleName, String externalId) {
        List<Indexed> indexed = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            indexed.add(new Indexed(i, accounts.get(i)));
        }
        return Multi.createFrom()
                .iterable(indexed)
                .onItem()
                .transformToUni(item -> checkOne(partition, item, roleName, externalId))
                .merge(concurrency)
                .collect()
                .asList()
                .map(RoleChecker::inOriginalOrder);
    }

    private Uni<Indexed> checkOne(String partition, Indexed item, String roleName, String externalId) {
        Account account = item.account();
        if (!ACTIVE.equals(account.state())) {
            RoleCheck skipped =
                    new RoleCheck(RoleCheck.SKIPPED, "the account is " + account.state() + ", so no role is assumed");
            return Uni.createFrom().item(item.with(skipped));
        }
        if (roleName == null || roleName.isBlank()) {
            RoleCheck skipped = new RoleCheck(RoleCheck.SKIPPED, "the integration has no connection role name");
            return Uni.createFrom().item(item.with(skipped));
        }
        return Uni.createFrom()
                .completionStage(() -> memberRoleCheck.check(partition, account.id(), roleName, externalId))
                .map(result -> item.with(toRoleCheck(result)));
    }

    private static RoleCheck toRoleCheck(RoleCheckResult result) {
        if (result.ok()) {
            return new RoleCheck(RoleCheck.OK, null);
        }
        return new RoleCheck(RoleCheck.FAILED, result.errorCode() + ": " + result.message());
    }

    private static List<Account> inOriginalOrder(List<Indexed> checked) {
        Account[] ordered = new Account[checked.size()];
        checked.forEach(item -> ordered[item.index()] = item.account());
        return List.of(ordered);
    }

    private record Indexed(int index, Account account) {

        Indexed with(RoleCheck roleCheck) {
            Account a = account;
            return new Indexed(
                    index,
                    new Account(
                            a.id(),
                            a.name(),
                            a.email(),
                            a.state(),
                            a.parentId(),
                            a.arn(),
                            a.joinedMethod(),
                            a.joinedTimestamp(),
                            roleCheck));
        }
    }
}
