package io.orgbridge.connection.service;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.connection.entity.ConnectionEntity;
import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.support.ExpectedHandles;
import io.orgbridge.connection.support.Integrations;
import io.orgbridge.connection.support.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationTreeUpdaterTest {

    private static final String INTEGRATION = "i_00000000000000000002";
    private static final String ORG = "o_00000000000000000002";
    private static final String PAYMENTS_PROD_EU = "200000012221";

    private InMemoryTree tree;

    @BeforeEach
    void importExampleCorp() {
        tree = new InMemoryTree(Integrations.replica(INTEGRATION, ORG, "aws_"));
        tree.apply(Snapshots.exampleCorp(INTEGRATION, 1));
    }

    @Test
    void shouldRegenerateEveryDynamicHandleWhenPrefixChanges() {
        // given
        tree.integration.handlePrefix = "acme_";

        // when
        TreeChanges changes = new IntegrationTreeUpdater(tree.integration, tree.now())
                .regenerateHandles(tree.connections, tree.takenHandles())
                .finish();

        // then
        assertThat(changes.updatedConnections()).hasSize(Snapshots.ACCOUNT_COUNT);
        ExpectedHandles.EXAMPLE_CORP.forEach(
                (accountId, handle) -> assertThat(tree.connectionOf(accountId).orElseThrow().handle)
                        .isEqualTo("acme_" + handle.substring("aws_".length())));
        assertThat(tree.connections).allMatch(c -> c.versionId == 2);
        assertThat(tree.connections).allMatch(c -> c.handle.equals(c.handleDynamic));
    }

    @Test
    void shouldProtectHandlesWhenPrefixIsRemoved() {
        // given
        tree.integration.handlePrefix = "";

        // when
        new IntegrationTreeUpdater(tree.integration, tree.now())
                .regenerateHandles(tree.connections, tree.takenHandles())
                .finish();

        // then
        assertThat(tree.connectionOf("200000035552").orElseThrow().handle).isEqualTo("aws_2024_hackathon");
        assertThat(tree.connectionOf("200000022220").orElseThrow().handle).isEqualTo("development");
        assertThat(tree.connectionOf("200000023331").orElseThrow().handle).isEqualTo("development_200000023331");
        assertThat(tree.connectionOf("200000031108").orElseThrow().handle).isEqualTo("sandbox");
        assertThat(tree.connectionOf("200000037774").orElseThrow().handle).isEqualTo("sandbox_200000037774");
    }

    @Test
    void shouldKeepStaticHandleWhenPrefixChanges() {
        // given
        ConnectionEntity pinned = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        pinned.handle = "payments_eu";
        pinned.handleMode = ConnectionEntity.HANDLE_STATIC;
        tree.integration.handlePrefix = "acme_";

        // when
        new IntegrationTreeUpdater(tree.integration, tree.now())
                .regenerateHandles(tree.connections, tree.takenHandles())
                .finish();

        // then
        assertThat(pinned.handle).isEqualTo("payments_eu");
        assertThat(pinned.handleMode).isEqualTo(ConnectionEntity.HANDLE_STATIC);
        assertThat(pinned.handleDynamic).isEqualTo("acme_payments_prod_eu");
        assertThat(tree.connectionOf("200000011110").orElseThrow().handle).isEqualTo("acme_payments_prod");
    }

    @Test
    void shouldNotGiveStaticHandleToAnotherConnection() {
        // given: a user pinned a handle that another account would generate under the new prefix
        ConnectionEntity pinned = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        pinned.handle = "acme_payments_prod";
        pinned.handleMode = ConnectionEntity.HANDLE_STATIC;
        tree.integration.handlePrefix = "acme_";

        // when
        new IntegrationTreeUpdater(tree.integration, tree.now())
                .regenerateHandles(tree.connections, tree.takenHandles())
                .finish();

        // then
        assertThat(tree.connectionOf("200000011110").orElseThrow().handle).isEqualTo("acme_payments_prod_200000011110");
        assertThat(tree.connections.stream().map(c -> c.handle)).doesNotHaveDuplicates();
    }

    @Test
    void shouldRenameTopLevelFolderWhenHandleChanges() {
        // given
        tree.integration.handle = "example-corp-aws";

        // when
        TreeChanges changes = new IntegrationTreeUpdater(tree.integration, tree.now())
                .renameRoot(tree.root())
                .finish();

        // then
        assertThat(changes.updatedFolders()).containsExactly(tree.root());
        assertThat(tree.root().title).isEqualTo("example-corp-aws");
        assertThat(tree.root().versionId).isEqualTo(2);
    }

    @Test
    void shouldKeepUserTitleOfTopLevelFolder() {
        // given
        tree.root().title = "AWS";
        tree.root().titleMode = IntegrationFolders.TITLE_STATIC;
        tree.integration.handle = "example-corp-aws";

        // when
        TreeChanges changes = new IntegrationTreeUpdater(tree.integration, tree.now())
                .renameRoot(tree.root())
                .finish();

        // then
        assertThat(changes.isEmpty()).isTrue();
        assertThat(tree.root().title).isEqualTo("AWS");
    }

    @Test
    void shouldRefreshInheritedSettingsOnly() {
        // given
        ConnectionEntity own = tree.connectionOf(PAYMENTS_PROD_EU).orElseThrow();
        own.configSource = ConnectionEntity.CONFIG_SELF;
        tree.integration.roleName = "orgbridge_readonly";
        tree.integration.regions = List.of("us-east-1", "eu-*");

        // when
        TreeChanges changes = new IntegrationTreeUpdater(tree.integration, tree.now())
                .refreshInheritedSettings(tree.connections)
                .finish();

        // then
        assertThat(changes.updatedConnections()).hasSize(Snapshots.ACCOUNT_COUNT - 1);
        assertThat(own.config.roleArn()).isEqualTo("arn:aws:iam::200000012221:role/pipes_readonly");
        ConnectionEntity inherited = tree.connectionOf("200000011110").orElseThrow();
        assertThat(inherited.config.roleArn()).isEqualTo("arn:aws:iam::200000011110:role/orgbridge_readonly");
        assertThat(inherited.config.regions()).containsExactly("us-east-1", "eu-*");
    }

    @Test
    void shouldBumpVersionOnceForSeveralChanges() {
        // given
        tree.integration.handlePrefix = "acme_";
        tree.integration.roleName = "orgbridge_readonly";

        // when
        new IntegrationTreeUpdater(tree.integration, tree.now())
                .regenerateHandles(tree.connections, tree.takenHandles())
                .refreshInheritedSettings(tree.connections)
                .finish();

        // then
        assertThat(tree.connections).allMatch(c -> c.versionId == 2);
    }

    @Test
    void shouldDeleteConnectionsThenFoldersDeepestFirst() {
        // when
        TreeChanges changes = IntegrationTreeUpdater.deleteAll(tree.folders, tree.connections);

        // then
        assertThat(changes.deletedConnections()).hasSize(Snapshots.ACCOUNT_COUNT);
        List<FolderEntity> deleted = changes.deletedFolders();
        assertThat(deleted).hasSize(Snapshots.UNIT_COUNT + 1);
        assertThat(deleted.get(0).ouId).isEqualTo("ou-ex4m-00009117");
        assertThat(deleted.get(deleted.size() - 1).integrationRoot).isTrue();
        for (int i = 0; i < deleted.size(); i++) {
            FolderEntity folder = deleted.get(i);
            int parentIndex = deleted.stream().map(f -> f.id).toList().indexOf(folder.parentId);
            if (parentIndex >= 0) {
                assertThat(parentIndex).isGreaterThan(i);
            }
        }
    }
}
