package io.orgbridge.connection.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.connection.entity.AwsConnectionSettings;
import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.support.ExpectedHandles;
import io.orgbridge.connection.support.Integrations;
import io.orgbridge.connection.support.Snapshots;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.RoleCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TreeReconcilerTest {

    private static final String INTEGRATION = "i_00000000000000000001";
    private static final String ORG = "o_00000000000000000001";
    private static final String WORKLOADS = "ou-ex4m-00013169";
    private static final String EMEA = "ou-ex4m-00010130";
    private static final String FRANCE = "ou-ex4m-00009117";
    private static final String SANDBOX = "ou-ex4m-00014182";
    private static final String EXCEPTIONS = "ou-ex4m-00017221";
    private static final String EMPTY_OU = "ou-ex4m-00022286";
    private static final String PAYMENTS_PROD_EU = "200000012221";
    private static final String VENDOR_INTEGRATION = "200000043329";

    private InMemoryTree tree;
    private OrganizationSnapshot first;

    @BeforeEach
    void importExampleCorp() {
        tree = new InMemoryTree(Integrations.replica(INTEGRATION, ORG, "aws_"));
        first = Snapshots.exampleCorp(INTEGRATION, 1);
    }

    @Test
    void shouldMirrorUnitsAndAccounts() {
        // when
        TreeChanges changes = tree.apply(first);

        // then
        assertThat(changes.createdFolders()).hasSize(Snapshots.UNIT_COUNT);
        assertThat(changes.createdConnections()).hasSize(Snapshots.ACCOUNT_COUNT);
        assertThat(changes.updatedFolders()).isEmpty();
        assertThat(changes.updatedConnections()).isEmpty();
        assertThat(changes.deletedFolders()).isEmpty();
        assertThat(changes.deletedConnections()).isEmpty();
        assertThat(tree.folders).hasSize(Snapshots.UNIT_COUNT + 1);
        assertThat(tree.handlesByAccount()).isEqualTo(ExpectedHandles.EXAMPLE_CORP);
    }

    @Test
    void shouldCreateParentFoldersBeforeChildren() {
        // when
        TreeChanges changes = tree.apply(first);

        // then
        List<String> created = changes.createdFolders().stream().map(f -> f.id).toList();
        for (FolderEntity folder : changes.createdFolders()) {
            if (!folder.parentId.equals(tree.root().id)) {
                assertThat(created.indexOf(folder.parentId)).isLessThan(created.indexOf(folder.id));
            }
        }
    }

    @Test
    void shouldMirrorFiveLevelChainUnderWorkloads() {
        // given
        tree.apply(first);

        // when
        List<String> trunk = new Trunks(tree.folders)
                .ancestors(tree.folderOfUnit(FRANCE).id).stream()
                        .map(folder -> folder.title)
                        .toList();

        // then
        assertThat(trunk).containsExactly("example-corp", "Workloads", "Business Unit A", "Retail", "EMEA", "France");
    }

    @Test
    void shouldKeepFourProdFoldersApart() {
        // given
        tree.apply(first);
        Map<String, FolderEntity> byId = tree.foldersById();

        // when
        List<FolderEntity> prods =
                tree.folders.stream().filter(f -> "Prod".equals(f.title)).toList();

        // then
        assertThat(prods).hasSize(4);
        assertThat(prods.stream().map(f -> byId.get(f.parentId).title))
                .containsExactlyInAnyOrder("Security", "Infrastructure", "Workloads", "Deployments");
        assertThat(prods.stream().map(f -> f.ouId)).doesNotHaveDuplicates();
    }

    @Test
    void shouldPlaceRootItemsInTopFolder() {
        // when
        tree.apply(first);

        // then
        String rootId = tree.root().id;
        assertThat(tree.folderOfUnit(WORKLOADS).parentId).isEqualTo(rootId);
        assertThat(tree.folderOfUnit(EMPTY_OU).parentId).isEqualTo(rootId);
        assertThat(tree.connectionOf(Snapshots.MANAGEMENT_ACCOUNT).orElseThrow().parentId)
                .isEqualTo(rootId);
        assertThat(tree.connectionOf(Snapshots.MANAGEMENT_ACCOUNT).orElseThrow().ouPath)
                .isEqualTo("Root");
    }

    @Test
    void shouldRecordOuPathOfAccount() {
        // when
        tree.apply(first);

        // then
        assertThat(tree.connectionOf("200000027775").orElseThrow().ouPath)
                .isEqualTo("Root/Workloads/Business Unit A/Retail/EMEA/France");
        assertThat(tree.connectionOf("200000027775").orElseThrow().parentId).isEqualTo(tree.folderOfUnit(FRANCE).id);
    }

    @Test
    void shouldConfigureConnectionFromIntegration() {
        // when
        tree.apply(first);

        // then
        ConnectionEntity connection = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        assertThat(connection.plugin).isEqualTo("aws");
        assertThat(connection.handleMode).isEqualTo(ConnectionEntity.HANDLE_DYNAMIC);
        assertThat(connection.handleDynamic).isEqualTo(connection.handle);
        assertThat(connection.configSource).isEqualTo(ConnectionEntity.CONFIG_INHERITED);
        assertThat(connection.versionId).isEqualTo(1);
        assertThat(connection.accountName).isEqualTo("Payments Prod EU");
        assertThat(connection.accountState).isEqualTo("ACTIVE");
        assertThat(connection.config)
                .isEqualTo(new AwsConnectionSettings(
                        "arn:aws:iam::200000012221:role/pipes_readonly",
                        Integrations.EXTERNAL_ID,
                        List.of("*"),
                        "us-east-1",
                        9,
                        25,
                        List.of()));
    }

    @Test
    void shouldUseOrganizationPartitionInRoleArn() {
        // given
        OrganizationSnapshot gov = new OrganizationSnapshot(
                first.runId(),
                first.integrationId(),
                first.integrationVersion(),
                first.runSequence(),
                first.trigger(),
                first.startedAt(),
                first.finishedAt(),
                new OrganizationSnapshot.Organization("o-ex4mpl3c0rp", null, "aws-us-gov", "111111111111"),
                first.root(),
                first.organizationalUnits(),
                first.accounts());

        // when
        tree.apply(gov);

        // then
        assertThat(tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow().config.roleArn())
                .isEqualTo("arn:aws-us-gov:iam::200000012221:role/pipes_readonly");
    }

    @Test
    void shouldEnableActiveAccountWithWorkingRole() {
        // when
        tree.apply(first);

        // then
        ConnectionEntity connection = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        assertThat(connection.status).isEqualTo(ConnectionEntity.ENABLED);
        assertThat(connection.statusReason).isNull();
    }

    @Test
    void shouldDisableAccountsThatAreNotActive() {
        // when
        tree.apply(first);

        // then
        assertThat(tree.connectionOf("200000037774").orElseThrow())
                .extracting(c -> c.status, c -> c.statusReason)
                .containsExactly("disabled", "account state is SUSPENDED");
        assertThat(tree.connectionOf("200000041107").orElseThrow().statusReason)
                .isEqualTo("account state is PENDING_CLOSURE");
        assertThat(tree.connectionOf("200000042218").orElseThrow().statusReason).isEqualTo("account state is CLOSED");
        assertThat(tree.connectionOf("200000047773").orElseThrow().statusReason)
                .isEqualTo("account state is PENDING_ACTIVATION");
        long disabled = tree.connections.stream()
                .filter(c -> c.status.equals(ConnectionEntity.DISABLED))
                .count();
        assertThat(disabled).isEqualTo(6);
    }

    @Test
    void shouldDisableManagementAccountWhoseRoleFails() {
        // when
        tree.apply(first);

        // then
        ConnectionEntity management =
                tree.connectionOf(Snapshots.MANAGEMENT_ACCOUNT).orElseThrow();
        assertThat(management.status).isEqualTo(ConnectionEntity.DISABLED);
        assertThat(management.statusReason)
                .startsWith("role arn:aws:iam::111111111111:role/pipes_readonly could not be assumed: User: ")
                .endsWith("is not authorized to perform: sts:AssumeRole on resource:"
                        + " arn:aws:iam::111111111111:role/pipes_readonly");
    }

    @Test
    void shouldEnableAccountOnceItsRoleWorks() {
        // given
        tree.apply(first);
        OrganizationSnapshot fixed = Snapshots.editAccount(
                Snapshots.withRun(first, 2),
                Snapshots.MANAGEMENT_ACCOUNT,
                a -> Snapshots.withRoleCheck(a, new RoleCheck(RoleCheck.OK, null)));

        // when
        TreeChanges changes = tree.apply(fixed);

        // then
        assertThat(changes.updatedConnections()).hasSize(1);
        ConnectionEntity management =
                tree.connectionOf(Snapshots.MANAGEMENT_ACCOUNT).orElseThrow();
        assertThat(management.status).isEqualTo(ConnectionEntity.ENABLED);
        assertThat(management.statusReason).isNull();
        assertThat(management.versionId).isEqualTo(2);
    }

    @Test
    void shouldChangeNothingWhenSnapshotRepeats() {
        // given
        tree.apply(first);
        Map<String, Long> versions = tree.versionsById();

        // when
        TreeChanges changes = tree.apply(Snapshots.withRun(first, 2));

        // then
        assertThat(changes.isEmpty()).isTrue();
        assertThat(tree.versionsById()).isEqualTo(versions);
    }

    @Test
    void shouldRenameHandleWhenAccountRenamed() {
        // given
        tree.apply(first);
        OrganizationSnapshot renamed = Snapshots.editAccount(
                Snapshots.withRun(first, 2), PAYMENTS_PROD_EU, a -> Snapshots.renamed(a, "Payments Production EU"));

        // when
        TreeChanges changes = tree.apply(renamed);

        // then
        assertThat(changes.updatedConnections()).hasSize(1);
        assertThat(changes.createdConnections()).isEmpty();
        ConnectionEntity connection = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        assertThat(connection.handle).isEqualTo("aws_payments_production_eu");
        assertThat(connection.handleDynamic).isEqualTo("aws_payments_production_eu");
        assertThat(connection.accountName).isEqualTo("Payments Production EU");
        assertThat(connection.versionId).isEqualTo(2);
    }

    @Test
    void shouldKeepHandleWhenRenameKeepsCandidate() {
        // given
        tree.apply(first);
        OrganizationSnapshot renamed = Snapshots.editAccount(
                Snapshots.withRun(first, 2), "200000001111", a -> Snapshots.renamed(a, "log-archive"));

        // when
        tree.apply(renamed);

        // then
        ConnectionEntity connection = tree.connectionOf("200000001111").orElseThrow();
        assertThat(connection.handle).isEqualTo("aws_log_archive");
        assertThat(connection.accountName).isEqualTo("log-archive");
        assertThat(connection.versionId).isEqualTo(2);
    }

    @Test
    void shouldKeepSuffixedHandle() {
        // given: the account holding the plain handle leaves
        tree.apply(first);

        // when
        tree.apply(Snapshots.removeAccount(Snapshots.withRun(first, 2), "200000022220"));

        // then
        assertThat(tree.connectionOf("200000023331").orElseThrow().handle).isEqualTo("aws_development_200000023331");
    }

    @Test
    void shouldHandReleasedHandleToNewcomer() {
        // given
        tree.apply(first);
        OrganizationSnapshot next = Snapshots.addAccount(
                Snapshots.removeAccount(Snapshots.withRun(first, 2), "200000022220"),
                Snapshots.newAccount("200000050001", "Development", "ACTIVE", SANDBOX));

        // when
        TreeChanges changes = tree.apply(next);

        // then
        assertThat(changes.deletedConnections()).extracting(c -> c.accountId).containsExactly("200000022220");
        assertThat(changes.createdConnections()).extracting(c -> c.handle).containsExactly("aws_development");
    }

    @Test
    void shouldMoveConnectionWhenAccountMoves() {
        // given
        tree.apply(first);
        OrganizationSnapshot moved = Snapshots.editAccount(
                Snapshots.withRun(first, 2), VENDOR_INTEGRATION, a -> Snapshots.moved(a, SANDBOX));

        // when
        TreeChanges changes = tree.apply(moved);

        // then
        assertThat(changes.updatedConnections()).hasSize(1);
        ConnectionEntity connection = tree.connectionOf(VENDOR_INTEGRATION).orElseThrow();
        assertThat(connection.parentId).isEqualTo(tree.folderOfUnit(SANDBOX).id);
        assertThat(connection.ouPath).isEqualTo("Root/Sandbox");
        assertThat(connection.handle).isEqualTo("aws_vendor_integration");
    }

    @Test
    void shouldRetitleFolderWhenUnitRenamed() {
        // given
        tree.apply(first);
        String folderId = tree.folderOfUnit(WORKLOADS).id;
        OrganizationSnapshot renamed = Snapshots.editUnit(
                Snapshots.withRun(first, 2), WORKLOADS, unit -> Snapshots.renamedUnit(unit, "Workload Accounts"));

        // when
        TreeChanges changes = tree.apply(renamed);

        // then: the folder keeps its id; the 18 accounts below it get the new path
        assertThat(changes.updatedFolders()).extracting(f -> f.id).containsExactly(folderId);
        assertThat(tree.folderOfUnit(WORKLOADS).title).isEqualTo("Workload Accounts");
        assertThat(tree.folderOfUnit(WORKLOADS).versionId).isEqualTo(2);
        assertThat(changes.updatedConnections()).hasSize(18);
        assertThat(tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow().ouPath).isEqualTo("Root/Workload Accounts/Prod");
    }

    @Test
    void shouldKeepUserTitleWhenUnitRenamed() {
        // given
        tree.apply(first);
        tree.folderOfUnit(WORKLOADS).title = "Apps";
        tree.folderOfUnit(WORKLOADS).titleMode = IntegrationFolders.TITLE_STATIC;
        OrganizationSnapshot renamed = Snapshots.editUnit(
                Snapshots.withRun(first, 2), WORKLOADS, unit -> Snapshots.renamedUnit(unit, "Workload Accounts"));

        // when
        TreeChanges changes = tree.apply(renamed);

        // then
        assertThat(changes.updatedFolders()).isEmpty();
        assertThat(tree.folderOfUnit(WORKLOADS).title).isEqualTo("Apps");
    }

    @Test
    void shouldMoveFolderWhenUnitMoves() {
        // given
        tree.apply(first);
        OrganizationSnapshot moved =
                Snapshots.editUnit(Snapshots.withRun(first, 2), EMEA, unit -> Snapshots.movedUnit(unit, WORKLOADS));

        // when
        TreeChanges changes = tree.apply(moved);

        // then
        assertThat(changes.updatedFolders()).extracting(f -> f.ouId).containsExactly(EMEA);
        assertThat(tree.folderOfUnit(EMEA).parentId).isEqualTo(tree.folderOfUnit(WORKLOADS).id);
        assertThat(tree.connectionOf("200000027775").orElseThrow().ouPath).isEqualTo("Root/Workloads/EMEA/France");
    }

    @Test
    void shouldDeleteConnectionWhenAccountLeaves() {
        // given
        tree.apply(first);

        // when
        TreeChanges changes = tree.apply(Snapshots.removeAccount(Snapshots.withRun(first, 2), VENDOR_INTEGRATION));

        // then
        assertThat(changes.deletedConnections()).extracting(c -> c.accountId).containsExactly(VENDOR_INTEGRATION);
        assertThat(changes.updatedConnections()).isEmpty();
        assertThat(tree.connections).hasSize(Snapshots.ACCOUNT_COUNT - 1);
    }

    @Test
    void shouldDeleteFolderWhenUnitGoes() {
        // given: the Exceptions OU is deleted after its account moved to the root
        tree.apply(first);
        OrganizationSnapshot next = Snapshots.editAccount(
                Snapshots.withRun(first, 2), VENDOR_INTEGRATION, a -> Snapshots.moved(a, "r-ex4m"));
        next = Snapshots.withUnits(
                next,
                next.organizationalUnits().stream()
                        .filter(u -> !u.id().equals(EXCEPTIONS) && !u.id().equals(EMPTY_OU))
                        .toList());

        // when
        TreeChanges changes = tree.apply(next);

        // then
        assertThat(changes.deletedFolders()).extracting(f -> f.ouId).containsExactlyInAnyOrder(EXCEPTIONS, EMPTY_OU);
        assertThat(tree.connectionOf(VENDOR_INTEGRATION).orElseThrow().parentId).isEqualTo(tree.root().id);
        assertThat(tree.folders).hasSize(Snapshots.UNIT_COUNT - 1);
    }

    @Test
    void shouldDeleteSubfoldersBeforeTheirParents() {
        // given: EMEA and France go, with the four accounts in them
        tree.apply(first);
        OrganizationSnapshot next = Snapshots.withRun(first, 2);
        for (String accountId : List.of("200000026664", "200000027775", "200000028886", "200000029997")) {
            next = Snapshots.removeAccount(next, accountId);
        }
        next = Snapshots.withUnits(
                next,
                next.organizationalUnits().stream()
                        .filter(u -> !u.id().equals(EMEA) && !u.id().equals(FRANCE))
                        .toList());

        // when
        TreeChanges changes = tree.apply(next);

        // then
        assertThat(changes.deletedFolders()).extracting(f -> f.ouId).containsExactly(FRANCE, EMEA);
        assertThat(changes.deletedConnections()).hasSize(4);
    }

    @Test
    void shouldDisableAccountWhenSuspended() {
        // given
        tree.apply(first);
        OrganizationSnapshot suspended = Snapshots.editAccount(
                Snapshots.withRun(first, 2), PAYMENTS_PROD_EU, a -> Snapshots.inState(a, "SUSPENDED"));

        // when
        tree.apply(suspended);

        // then
        ConnectionEntity connection = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        assertThat(connection.status).isEqualTo(ConnectionEntity.DISABLED);
        assertThat(connection.statusReason).isEqualTo("account state is SUSPENDED");
        assertThat(connection.accountState).isEqualTo("SUSPENDED");
        assertThat(connection.handle).isEqualTo("aws_payments_prod_eu");
    }

    @Test
    void shouldAvoidHandlesHeldElsewhereInScope() {
        // given: another integration of the org uses this handle
        tree.otherHandles.add("aws_log_archive");

        // when
        tree.apply(first);

        // then
        assertThat(tree.connectionOf("200000001111").orElseThrow().handle).isEqualTo("aws_log_archive_200000001111");
    }

    @Test
    void shouldKeepStaticHandleWhenAccountRenamed() {
        // given
        tree.apply(first);
        ConnectionEntity connection = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        connection.handle = "payments_eu";
        connection.handleMode = ConnectionEntity.HANDLE_STATIC;
        OrganizationSnapshot renamed = Snapshots.editAccount(
                Snapshots.withRun(first, 2), PAYMENTS_PROD_EU, a -> Snapshots.renamed(a, "Payments Europe"));

        // when
        tree.apply(renamed);

        // then
        assertThat(connection.handle).isEqualTo("payments_eu");
        assertThat(connection.handleDynamic).isEqualTo("aws_payments_europe");
    }

    @Test
    void shouldLeaveOwnSettingsAlone() {
        // given
        tree.apply(first);
        ConnectionEntity connection = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        AwsConnectionSettings own = new AwsConnectionSettings(
                "arn:aws:iam::200000012221:role/custom", null, List.of("eu-west-1"), "eu-west-1", 3, 100, List.of());
        connection.config = own;
        connection.configSource = ConnectionEntity.CONFIG_SELF;

        // when
        TreeChanges changes = tree.apply(Snapshots.withRun(first, 2));

        // then
        assertThat(changes.isEmpty()).isTrue();
        assertThat(connection.config).isEqualTo(own);
    }

    @Test
    void shouldCreateMissingTopLevelFolder() {
        // given
        var integration = Integrations.replica(INTEGRATION, ORG, "aws_");
        var input = new TreeReconciler.Input(integration, null, List.of(), List.of(), Set.of(), first, Instant.now());
        AtomicInteger ids = new AtomicInteger();

        // when
        TreeChanges changes = TreeReconciler.reconcile(input, () -> String.format("c_%020d", ids.incrementAndGet()));

        // then
        assertThat(changes.createdFolders()).hasSize(Snapshots.UNIT_COUNT + 1);
        FolderEntity root = changes.createdFolders().get(0);
        assertThat(root.integrationRoot).isTrue();
        assertThat(root.title).isEqualTo("example-corp");
        assertThat(root.parentId).isNull();
    }

    @Test
    void shouldRejectUnitWithUnknownParent() {
        // given
        OrganizationSnapshot broken =
                Snapshots.editUnit(first, EMEA, unit -> Snapshots.movedUnit(unit, "ou-ex4m-99999999"));

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining(EMEA);
        assertThat(tree.connections).isEmpty();
    }

    @Test
    void shouldRejectUnitCycle() {
        // given: EMEA under France, France under EMEA
        OrganizationSnapshot broken = Snapshots.editUnit(first, EMEA, unit -> Snapshots.movedUnit(unit, FRANCE));

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("do not lead to root");
    }

    @Test
    void shouldRejectAccountWithUnknownParent() {
        // given
        OrganizationSnapshot broken =
                Snapshots.editAccount(first, VENDOR_INTEGRATION, a -> Snapshots.moved(a, "ou-ex4m-99999999"));

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining(VENDOR_INTEGRATION);
    }

    @Test
    void shouldRejectDuplicateAccount() {
        // given
        OrganizationSnapshot broken =
                Snapshots.addAccount(first, first.accounts().get(3));

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void shouldRejectUnknownPartition() {
        // given
        OrganizationSnapshot broken = new OrganizationSnapshot(
                first.runId(),
                first.integrationId(),
                1,
                1,
                "created",
                null,
                null,
                new OrganizationSnapshot.Organization("o-ex4mpl3c0rp", null, "Not A Partition", "111111111111"),
                first.root(),
                first.organizationalUnits(),
                first.accounts());

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("partition");
    }

    @Test
    void shouldRejectInvalidUnitId() {
        // given: an id longer than AWS allows, which no column could store
        String longId = "ou-ex4m-" + "0".repeat(64);
        OrganizationSnapshot broken = Snapshots.withUnits(
                first,
                first.organizationalUnits().stream()
                        .map(unit -> unit.id().equals(EMPTY_OU)
                                ? new OrganizationalUnit(longId, unit.name(), unit.parentId())
                                : unit)
                        .toList());

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("is not an AWS OU id");
        assertThat(tree.connections).isEmpty();
    }

    @Test
    void shouldRejectInvalidRootId() {
        // given
        OrganizationSnapshot broken = new OrganizationSnapshot(
                first.runId(),
                first.integrationId(),
                1,
                1,
                "created",
                null,
                null,
                first.organization(),
                new OrganizationSnapshot.Root("root\u0000", "Root"),
                first.organizationalUnits(),
                first.accounts());

        // then
        assertThatThrownBy(() -> tree.apply(broken))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("is not an AWS root id");
    }

    @Test
    void shouldAcceptUnitsListedChildrenFirst() {
        // given
        List<OrganizationalUnit> reversed = new ArrayList<>(first.organizationalUnits());
        Collections.reverse(reversed);

        // when
        TreeChanges changes = tree.apply(Snapshots.withUnits(first, reversed));

        // then
        assertThat(changes.createdFolders()).hasSize(Snapshots.UNIT_COUNT);
        assertThat(new Trunks(tree.folders)
                        .ancestors(tree.folderOfUnit(FRANCE).id).stream().map(folder -> folder.title))
                .containsExactly("example-corp", "Workloads", "Business Unit A", "Retail", "EMEA", "France");
    }
}
