package io.orgbridge.connection.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;

/**
 * A validated view of one snapshot: OUs ordered parents first, each node's path of names, and
 * accounts by id. Validation rejects a snapshot whose parents do not form one tree under the root.
 */
final class SnapshotIndex {

    private static final Pattern ACCOUNT_ID = Pattern.compile("^[0-9]{12}$");
    private static final Pattern PARTITION = Pattern.compile("^aws(-[a-z]+)*$");

    /** AWS Organizations root id, such as {@code r-ex4m}. */
    private static final Pattern ROOT_ID = Pattern.compile("^r-[0-9a-z]{4,32}$");

    /** AWS Organizations OU id, such as {@code ou-ex4m-00003039}. It has at most 68 characters, the width of {@code ou_id}. */
    private static final Pattern UNIT_ID = Pattern.compile("^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$");

    /** Width of {@code connection.ou_path}. */
    static final int MAX_PATH_LENGTH = 4096;

    private final OrganizationSnapshot snapshot;
    private final List<OrganizationalUnit> unitsParentsFirst = new ArrayList<>();
    private final Map<String, String> pathByNode = new HashMap<>();
    private final Map<String, Account> accountsById = new HashMap<>();

    private SnapshotIndex(OrganizationSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** @throws InvalidSnapshotException naming the first inconsistency found */
    static SnapshotIndex of(OrganizationSnapshot snapshot) {
        SnapshotIndex index = new SnapshotIndex(snapshot);
        index.checkHeader();
        index.indexUnits();
        index.indexAccounts();
        return index;
    }

    String rootId() {
        return snapshot.root().id();
    }

    String partition() {
        return snapshot.organization().partition();
    }

    List<OrganizationalUnit> unitsParentsFirst() {
        return unitsParentsFirst;
    }

    List<Account> accounts() {
        return snapshot.accounts();
    }

    Account account(String accountId) {
        return accountsById.get(accountId);
    }

    /** Returns the names from the root down to the node, joined by {@code /}, such as {@code Root/Workloads/Prod}. */
    String path(String nodeId) {
        return pathByNode.get(nodeId);
    }

    private void checkHeader() {
        if (snapshot.integrationId() == null) {
            throw invalid("integration_id is missing");
        }
        if (snapshot.root() == null || snapshot.root().id() == null) {
            throw invalid("root is missing");
        }
        if (!ROOT_ID.matcher(snapshot.root().id()).matches()) {
            throw invalid("root id " + snapshot.root().id() + " is not an AWS root id such as r-ex4m");
        }
        if (snapshot.organization() == null
                || snapshot.organization().partition() == null
                || !PARTITION.matcher(snapshot.organization().partition()).matches()) {
            throw invalid("organization.partition is missing or not an AWS partition such as aws or aws-us-gov");
        }
        if (snapshot.organizationalUnits() == null || snapshot.accounts() == null) {
            throw invalid("organizational_units or accounts is missing");
        }
    }

    private void indexUnits() {
        Map<String, OrganizationalUnit> pending = new HashMap<>();
        for (OrganizationalUnit unit : snapshot.organizationalUnits()) {
            if (unit.id() == null || unit.name() == null || unit.parentId() == null) {
                throw invalid("an organizational unit lacks its id, name or parent_id");
            }
            if (!UNIT_ID.matcher(unit.id()).matches()) {
                throw invalid("organizational unit id " + unit.id() + " is not an AWS OU id such as ou-ex4m-00003039");
            }
            if (unit.id().equals(rootId()) || pending.put(unit.id(), unit) != null) {
                throw invalid("organizational unit " + unit.id() + " is listed twice");
            }
        }
        String rootName =
                snapshot.root().name() == null ? "Root" : snapshot.root().name();
        pathByNode.put(rootId(), PostgresText.truncate(rootName, MAX_PATH_LENGTH));
        // Parents usually come first; repeated passes also accept any other order and stop on a cycle.
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (OrganizationalUnit unit : snapshot.organizationalUnits()) {
                String parentPath = pathByNode.get(unit.parentId());
                if (pending.containsKey(unit.id()) && parentPath != null) {
                    pathByNode.put(unit.id(), PostgresText.truncate(parentPath + "/" + unit.name(), MAX_PATH_LENGTH));
                    unitsParentsFirst.add(unit);
                    pending.remove(unit.id());
                }
            }
            if (pending.size() == before) {
                throw invalid("organizational units " + pending.keySet() + " do not lead to root " + rootId());
            }
        }
    }

    private void indexAccounts() {
        Set<String> seen = new HashSet<>();
        for (Account account : snapshot.accounts()) {
            if (account.id() == null || !ACCOUNT_ID.matcher(account.id()).matches()) {
                throw invalid("account id " + account.id() + " is not 12 digits");
            }
            if (!seen.add(account.id())) {
                throw invalid("account " + account.id() + " is listed twice");
            }
            if (account.state() == null || account.parentId() == null || !pathByNode.containsKey(account.parentId())) {
                throw invalid(
                        "account " + account.id() + " lacks its state or has unknown parent " + account.parentId());
            }
            accountsById.put(account.id(), account);
        }
    }

    private InvalidSnapshotException invalid(String problem) {
        return new InvalidSnapshotException("snapshot of run " + snapshot.runId() + " for integration "
                + snapshot.integrationId() + " is invalid: " + problem);
    }
}
