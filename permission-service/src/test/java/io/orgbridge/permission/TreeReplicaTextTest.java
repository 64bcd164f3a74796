package io.orgbridge.permission;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.connection.ConnectionData;
import io.orgbridge.events.connection.FolderData;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.connectionHandles;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Text that PostgreSQL cannot store, arriving on connection-events. */
@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class TreeReplicaTextTest {

    private static final String DEFAULT_TENANT = "t_00000000000000000000";

    private static TreeEvents events;

    @BeforeAll
    static void openProducer() {
        events = new TreeEvents(TestServers.kafkaBootstrap());
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void shouldStoreTitleWithNulAndKeepConsuming() throws SQLException {
        // given: a top-level folder titled with U+0000, and a connection whose handle contains it
        String org = "org-" + unique();
        TestTree tree = new TestTree(events, DEFAULT_TENANT, TestDirectory.createOrg(org));
        String workspace = "ws" + unique();
        TestDirectory.createWorkspace(org, workspace);
        String root = Ids.newId(Ids.FOLDER);
        events.sendFolder(
                TreeEvents.FOLDER_CREATED,
                new FolderData(
                        root, tree.tenantId, tree.orgId, tree.integrationId, null, "Bad\u0000Name", null, true, 1));
        ConnectionData badHandle = TreeEvents.connection(
                Ids.newId(Ids.CONNECTION),
                tree.tenantId,
                tree.orgId,
                tree.integrationId,
                root,
                "aws_bad\u0000handle",
                ConnectionData.ENABLED,
                1);
        events.sendConnection(TreeEvents.CONNECTION_CREATED, badHandle);

        // when: ordinary events follow
        String handle = "aws_after_" + unique();
        tree.connection(root, handle);
        TestTree.awaitOrgFolder(org, root);
        post(
                        TestTokens.orgOwner(org),
                        "/api/v0/org/" + org + "/connection_folder/" + root + "/permission",
                        Map.of("identity_handle", org, "workspace_handle", workspace))
                .statusCode(201);

        // then
        await().atMost(TestTree.TIMEOUT).untilAsserted(() -> assertThat(connectionHandles(org, workspace))
                .containsExactly(handle));
        assertThat(folderTitle(root)).isEqualTo("Bad\uFFFDName");
    }

    private static String folderTitle(String folderId) throws SQLException {
        String url = "jdbc:postgresql://" + TestServers.postgresHost() + ":" + TestServers.postgresPort()
                + "/orgbridge_permission_test";
        try (Connection connection = DriverManager.getConnection(url, "orgbridge", "orgbridge");
                PreparedStatement statement =
                        connection.prepareStatement("select title from tree_folder where id = ?")) {
            statement.setString(1, folderId);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1);
            }
        }
    }
}
