package io.orgbridge.connection.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.entity.IntegrationReplica;
import io.orgbridge.connection.handle.HandleGenerator;
import io.orgbridge.connection.handle.HandleGenerator.HandleRequest;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;

/**
 * Brings an integration's stored folders and connections in line with one discovery snapshot,
 * matching them by AWS ids. It changes the given entities in place, creates the missing ones, and
 * returns what changed; nothing is touched when the tree already matches. It does no I/O.
 */
public final class TreeReconciler {

    private final Input input;
    private final Supplier<String> newId;
    private final TreeChanges changes = new TreeChanges();
    private final Map<String, String> folderIdByNode = new HashMap<>();
    private FolderEntity root;

    /**
     * The stored state of one integration and the snapshot to apply.
     *
     * @param root the integration's top-level folder, or null when it is missing
     * @param folders the integration's other folders
     * @param takenHandles every connection handle of the integration's scope, this integration's included
     */
    public record Input(
            IntegrationReplica integration,
            FolderEntity root,
            List<FolderEntity> folders,
            List<ConnectionEntity> connections,
            Set<String> takenHandles,
            OrganizationSnapshot snapshot,
            Instant now) {}

    private TreeReconciler(Input input, Supplier<String> newId) {
        this.input = input;
        this.newId = newId;
    }

    /**
     * @throws InvalidSnapshotException when the snapshot is not one consistent tree
     */
    public static TreeChanges reconcile(Input input, Supplier<String> newId) {
        return new TreeReconciler(input, newId).run();
    }

    private TreeChanges run() {
        SnapshotIndex index = SnapshotIndex.of(input.snapshot());
        root = input.root() != null ? input.root() : createRoot();
        folderIdByNode.put(index.rootId(), root.id);
        reconcileFolders(index);
        reconcileConnections(index);
        return changes;
    }

    private FolderEntity createRoot() {
        FolderEntity folder = IntegrationFolders.newRoot(input.integration(), newId.get(), input.now());
        changes.createdFolders.add(folder);
        return folder;
    }

    private void reconcileFolders(SnapshotIndex index) {
        Map<String, FolderEntity> byUnit = new HashMap<>();
        for (FolderEntity folder : input.folders()) {
            if (folder.ouId != null) {
                byUnit.put(folder.ouId, folder);
            }
        }
        for (OrganizationalUnit unit : index.unitsParentsFirst()) {
            String parentId = folderIdByNode.get(unit.parentId());
            FolderEntity folder = byUnit.remove(unit.id());
            if (folder == null) {
                folder = createFolder(unit, parentId);
            } else {
                updateFolder(folder, unit, parentId);
            }
            folderIdByNode.put(unit.id(), folder.id);
        }
        changes.deletedFolders.addAll(FolderOrder.childrenFirst(byUnit.values(), input.folders()));
    }

    private FolderEntity createFolder(OrganizationalUnit unit, String parentId) {
        IntegrationReplica integration = input.integration();
        FolderEntity folder = new FolderEntity();
        folder.id = newId.get();
        folder.scopeId = integration.scopeId;
        folder.tenantId = integration.tenantId;
        folder.orgId = integration.orgId;
        folder.integrationId = integration.id;
        folder.parentId = parentId;
        folder.title = unit.name();
        folder.titleMode = IntegrationFolders.TITLE_DYNAMIC;
        folder.ouId = unit.id();
        folder.integrationRoot = false;
        folder.versionId = 1;
        folder.createdAt = input.now();
        folder.updatedAt = input.now();
        changes.createdFolders.add(folder);
        return folder;
    }

    private void updateFolder(FolderEntity folder, OrganizationalUnit unit, String parentId) {
        boolean changed = false;
        if (IntegrationFolders.TITLE_DYNAMIC.equals(folder.titleMode)
                && !unit.name().equals(folder.title)) {
            folder.title = unit.name();
            changed = true;
        }
        if (!parentId.equals(folder.parentId)) {
            folder.parentId = parentId;
            changed = true;
        }
        if (changed) {
            folder.touch(input.now());
            changes.folderUpdated(folder);
        }
    }

    private void reconcileConnections(SnapshotIndex index) {
        String prefix = input.integration().handlePrefix;
        Set<String> taken = new HashSet<>(input.takenHandles());
        Map<String, ConnectionEntity> byAccount = new HashMap<>();
        List<HandleRequest> requests = new ArrayList<>();
        // Release every handle that is given up before assigning any, so that a newcomer may take it.
        for (ConnectionEntity connection : input.connections()) {
            Account account = index.account(connection.accountId);
            if (account == null) {
                taken.remove(connection.handle);
                changes.deletedConnections.add(connection);
                continue;
            }
            byAccount.put(connection.accountId, connection);
            if (connection.isDynamic() && !keepsHandle(connection.handle, account, prefix)) {
                taken.remove(connection.handle);
                requests.add(requestFor(account));
            }
        }
        for (Account account : index.accounts()) {
            if (!byAccount.containsKey(account.id())) {
                requests.add(requestFor(account));
            }
        }
        Map<String, String> assigned = HandleGenerator.assign(prefix, requests, taken);
        List<Account> accounts = new ArrayList<>(index.accounts());
        accounts.sort(Comparator.comparing(Account::id));
        for (Account account : accounts) {
            ConnectionEntity existing = byAccount.get(account.id());
            String handle = assigned.get(account.id());
            if (existing == null) {
                createConnection(account, handle, index);
            } else {
                updateConnection(existing, account, handle, taken, index);
            }
        }
    }

    private static boolean keepsHandle(String handle, Account account, String prefix) {
        String candidate = HandleGenerator.candidate(prefix, account.name(), account.id());
        return HandleGenerator.isGeneratedFrom(handle, candidate, account.id());
    }

    private static HandleRequest requestFor(Account account) {
        return new HandleRequest(account.id(), account.name(), account.state());
    }

    private void createConnection(Account account, String handle, SnapshotIndex index) {
        IntegrationReplica integration = input.integration();
        ConnectionEntity connection = new ConnectionEntity();
        connection.id = newId.get();
        connection.scopeId = integration.scopeId;
        connection.tenantId = integration.tenantId;
        connection.orgId = integration.orgId;
        connection.integrationId = integration.id;
        connection.accountId = account.id();
        connection.handleMode = ConnectionEntity.HANDLE_DYNAMIC;
        connection.plugin = ConnectionEntity.PLUGIN_AWS;
        connection.configSource = ConnectionEntity.CONFIG_INHERITED;
        connection.versionId = 1;
        connection.createdAt = input.now();
        connection.updatedAt = input.now();
        AwsConnectionSettings inherited =
                ConnectionRules.inheritedSettings(integration, index.partition(), account.id());
        desiredState(account, handle, handle, inherited, index).applyTo(connection);
        changes.createdConnections.add(connection);
    }

    private void updateConnection(
            ConnectionEntity connection,
            Account account,
            String assignedHandle,
            Set<String> taken,
            SnapshotIndex index) {
        String handle = assignedHandle != null ? assignedHandle : connection.handle;
        String handleDynamic = assignedHandle != null ? assignedHandle : connection.handleDynamic;
        if (!connection.isDynamic()
                && !keepsHandle(connection.handleDynamic, account, input.integration().handlePrefix)) {
            // A static handle stays; the generated one it would fall back to follows the new name.
            String candidate =
                    HandleGenerator.candidate(input.integration().handlePrefix, account.name(), account.id());
            handleDynamic = HandleGenerator.firstFree(candidate, account.id(), taken);
        }
        AwsConnectionSettings config = connection.isInherited()
                ? ConnectionRules.inheritedSettings(input.integration(), index.partition(), account.id())
                : connection.config;
        ConnectionState desired = desiredState(account, handle, handleDynamic, config, index);
        if (!desired.equals(ConnectionState.of(connection))) {
            desired.applyTo(connection);
            connection.touch(input.now());
            changes.connectionUpdated(connection);
        }
    }

    private ConnectionState desiredState(
            Account account, String handle, String handleDynamic, AwsConnectionSettings config, SnapshotIndex index) {
        String roleArn = ConnectionRules.roleArn(index.partition(), account.id(), input.integration().roleName);
        ConnectionRules.Status status = ConnectionRules.status(account, roleArn);
        return new ConnectionState(
                Objects.requireNonNull(folderIdByNode.get(account.parentId()), "folder of " + account.parentId()),
                HandleGenerator.requireValid(handle),
                handleDynamic,
                status.status(),
                status.reason(),
                account.name() == null ? "" : account.name(),
                account.state(),
                index.path(account.parentId()),
                config);
    }
}
