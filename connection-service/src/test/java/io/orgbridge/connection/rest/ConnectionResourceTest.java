package io.orgbridge.connection.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.connection.messaging.DiscoveryEventsConsumer;
import io.orgbridge.connection.messaging.IntegrationEventsConsumer;
import io.orgbridge.connection.support.Fixtures;
import io.orgbridge.connection.support.Integrations;
import io.orgbridge.connection.support.ServiceTestResources;
import io.orgbridge.connection.support.Snapshots;
import io.orgbridge.connection.support.TestDb;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(ServiceTestResources.class)
class ConnectionResourceTest {

    @Inject
    IntegrationEventsConsumer integrationEvents;

    @Inject
    DiscoveryEventsConsumer discoveryEvents;

    private IntegrationData integration;
    private String orgHandle;
    private String base;

    @BeforeEach
    void importOrganization() {
        String orgId = Ids.newId(Ids.ORG);
        orgHandle = "acme-" + orgId.substring(2, 12);
        integration = Integrations.orgIntegration(
                Ids.newId(Ids.INTEGRATION), "example-corp", "t_00000000000000000001", orgId, orgHandle, 1, "aws_");
        Fixtures.importExampleCorp(integrationEvents, discoveryEvents, integration);
        base = "/api/v0/org/" + orgHandle;
    }

    @Test
    void shouldReturnNestedTree() {
        // when
        JsonPath tree = given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection_tree")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        assertThat(tree.getList("items")).hasSize(1);
        Map<String, Object> root = tree.getMap("items[0]");
        assertThat(root)
                .containsEntry("type", "connection_folder")
                .containsEntry("title", "example-corp")
                .containsEntry("integration_root", true)
                .containsEntry("integration_id", integration.id());
        List<Map<String, Object>> children = tree.getList("items[0].children");
        assertThat(children.stream().filter(c -> "connection_folder".equals(c.get("type"))))
                .hasSize(10);
        Map<String, Object> management = children.stream()
                .filter(c -> "connection".equals(c.get("type")))
                .findFirst()
                .orElseThrow();
        assertThat(management)
                .containsEntry("handle", "aws_example_corp_management")
                .containsEntry("account_id", "111111111111")
                .containsEntry("status", "disabled");
        assertThat(countConnections(root)).isEqualTo(Snapshots.ACCOUNT_COUNT);
        assertThat(titlesTo(root, "200000027775"))
                .containsExactly("example-corp", "Workloads", "Business Unit A", "Retail", "EMEA", "France");
    }

    @Test
    void shouldFilterTreeByIntegration() {
        // then
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .queryParam("integration_id", "i_00000000000000000000")
                .get(base + "/connection_tree")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .queryParam("integration_id", integration.id())
                .get(base + "/connection_tree")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void shouldReturnEmptyListsForOrgWithoutIntegration() {
        // then
        given().auth()
                .oauth2(TestTokens.orgMember("quiet-org"))
                .get("/api/v0/org/quiet-org/connection")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("next_token", nullValue());
        given().auth()
                .oauth2(TestTokens.orgMember("quiet-org"))
                .get("/api/v0/org/quiet-org/connection_tree")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldHideOrgFromNonMember() {
        // then
        given().auth()
                .oauth2(TestTokens.orgMember("other-org"))
                .get(base + "/connection_tree")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(base + "/connection").then().statusCode(401);
    }

    @Test
    void shouldPageThroughConnections() {
        // given
        Set<String> handles = new HashSet<>();
        String token = null;
        int pages = 0;

        // when
        do {
            var request = given().auth().oauth2(TestTokens.orgMember(orgHandle)).queryParam("limit", 20);
            if (token != null) {
                request.queryParam("next_token", token);
            }
            JsonPath page = request.get(base + "/connection")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            handles.addAll(page.getList("items.handle"));
            token = page.getString("next_token");
            pages++;
        } while (token != null);

        // then
        assertThat(pages).isEqualTo(3);
        assertThat(handles).hasSize(Snapshots.ACCOUNT_COUNT);
    }

    @Test
    void shouldRejectLimitOutOfRange() {
        // then
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .queryParam("limit", 101)
                .get(base + "/connection")
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("query.limit"));
    }

    @Test
    void shouldDescribeConnection() {
        // when
        JsonPath connection = given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // then
        assertThat(connection.getString("id")).startsWith("c_");
        assertThat(connection.getString("type")).isEqualTo("connection");
        assertThat(connection.getString("handle_mode")).isEqualTo("dynamic");
        assertThat(connection.getString("handle_dynamic")).isEqualTo("aws_payments_prod_eu");
        assertThat(connection.getString("plugin")).isEqualTo("aws");
        assertThat(connection.getString("status")).isEqualTo("enabled");
        assertThat(connection.getString("status_reason")).isNull();
        assertThat(connection.getString("config_source")).isEqualTo("inherited");
        assertThat(connection.getString("config.role_arn")).isEqualTo("arn:aws:iam::200000012221:role/pipes_readonly");
        assertThat(connection.getString("config.external_id")).isEqualTo(Integrations.EXTERNAL_ID);
        assertThat(connection.getList("config.regions")).containsExactly("*");
        assertThat(connection.getInt("config.max_error_retry_attempts")).isEqualTo(9);
        assertThat(connection.getString("integration_resource_type")).isEqualTo("aws_account");
        assertThat(connection.getString("integration_resource_identifier")).isEqualTo("200000012221");
        assertThat(connection.getString("integration_resource_name")).isEqualTo("Payments Prod EU");
        assertThat(connection.getString("integration_resource_path")).isEqualTo("Root/Workloads/Prod");
        assertThat(connection.getString("integration_handle")).isEqualTo("example-corp");
        assertThat(connection.getList("trunk.title")).containsExactly("example-corp", "Workloads", "Prod");
        assertThat(connection.getList("trunk.type")).containsOnly("connection_folder");
        assertThat(connection.getLong("version_id")).isEqualTo(1);
        assertThat(connection.getString("org_id")).isEqualTo(integration.orgId());
    }

    @Test
    void shouldReturnNotFoundForUnknownHandle() {
        // then
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection/aws_nothing_here")
                .then()
                .statusCode(404)
                .body("detail", containsString("aws_nothing_here"));
    }

    @Test
    void shouldSetStaticHandle() {
        // when
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .header("If-Match", "1")
                .body(Map.of("handle", "payments_eu"))
                .patch(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(200)
                .body("handle", equalTo("payments_eu"))
                .body("handle_mode", equalTo("static"))
                .body("handle_dynamic", equalTo("aws_payments_prod_eu"))
                .body("version_id", equalTo(2))
                .body("updated_by_id", equalTo("u_" + orgHandle + "owner"));

        // then
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection/payments_eu")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(404);
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types.get(types.size() - 1)).isEqualTo(EventTypes.CONNECTION_UPDATED);
    }

    @Test
    void shouldRejectInvalidHandle() {
        // then
        patchConnection("aws_payments_prod_eu", Map.of("handle", "Payments-EU"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo("body.handle"))
                .body("validation_errors[0].message", containsString("Payments-EU"));
        patchConnection("aws_payments_prod_eu", Map.of("handle", "user"))
                .statusCode(400)
                .body("validation_errors[0].message", containsString("reserved"));
        patchConnection("aws_payments_prod_eu", Map.of("handle", "steampipe_x")).statusCode(400);
        patchConnection("aws_payments_prod_eu", Map.of("handle", 42)).statusCode(400);
        patchConnection("aws_payments_prod_eu", Map.of("owner", "me")).statusCode(400);
    }

    @Test
    void shouldRejectHandleInUse() {
        // then
        patchConnection("aws_payments_prod_eu", Map.of("handle", "aws_log_archive"))
                .statusCode(409)
                .body("detail", containsString("aws_log_archive"));
    }

    @Test
    void shouldRejectStaleVersion() {
        // then
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Map.of("handle", "payments_eu"))
                .patch(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .header("If-Match", "seven")
                .body(Map.of("handle", "payments_eu"))
                .patch(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldLetOnlyOwnersChangeConnections() {
        // then
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("handle", "payments_eu"))
                .patch(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldOverrideAndRestoreSettings() {
        // when
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("regions", List.of("eu-west-1"))))
                .statusCode(200)
                .body("config_source", equalTo("self"))
                .body("config.regions", equalTo(List.of("eu-west-1")))
                .body("config.role_arn", equalTo("arn:aws:iam::200000012221:role/pipes_readonly"));

        // then
        patchConnection("aws_payments_prod_eu", Map.of("config_source", "inherited"))
                .statusCode(200)
                .body("config_source", equalTo("inherited"))
                .body("config.regions", equalTo(List.of("*")))
                .body("version_id", equalTo(3));
    }

    @Test
    void shouldRejectInvalidSettings() {
        // then
        patchConnection(
                        "aws_payments_prod_eu",
                        Map.of(
                                "config",
                                Map.of(
                                        "regions",
                                        List.of(),
                                        "max_error_retry_attempts",
                                        0,
                                        "role_arn",
                                        "arn:aws:iam::999999999999:role/x")))
                .statusCode(400)
                .body("validation_errors", hasSize(3));
        patchConnection("aws_payments_prod_eu", Map.of("config_source", "borrowed"))
                .statusCode(400);
    }

    @Test
    void shouldApplyIntegrationRulesToSettings() {
        // then
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("regions", List.of("mars-1"))))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.regions[0]"))
                .body("validation_errors[0].message", containsString("mars-1"));
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("regions", List.of("us-*", "eu-west-1"))))
                .statusCode(200)
                .body("config.regions", equalTo(List.of("us-*", "eu-west-1")));
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("default_region", "mars-1")))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.default_region"));
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("max_error_retry_attempts", 101)))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.max_error_retry_attempts"))
                .body("validation_errors[0].message", containsString("from 1 to 100"));
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("min_error_retry_delay", 60_001)))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.min_error_retry_delay"))
                .body("validation_errors[0].message", containsString("from 1 to 60000"));
        patchConnection("aws_payments_prod_eu", Map.of("config", Map.of("ignore_error_codes", List.of("Access\u0000"))))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.ignore_error_codes[0]"));
        patchConnection(
                        "aws_payments_prod_eu",
                        Map.of("config", Map.of("max_error_retry_attempts", 100, "min_error_retry_delay", 60_000)))
                .statusCode(200)
                .body("config.max_error_retry_attempts", equalTo(100))
                .body("config.min_error_retry_delay", equalTo(60_000));
    }

    @Test
    void shouldRefuseToMoveOrDeleteManagedConnection() {
        // then
        patchConnection("aws_payments_prod_eu", Map.of("parent_id", "c_00000000000000000000"))
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .delete(base + "/connection/aws_payments_prod_eu")
                .then()
                .statusCode(409)
                .body("detail", containsString("managed by integration example-corp"));
    }

    @Test
    void shouldListAndRetitleFolders() {
        // given
        JsonPath folders = given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .queryParam("limit", 100)
                .get(base + "/connection_folder")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(folders.getList("items")).hasSize(Snapshots.UNIT_COUNT + 1);
        String franceId = folders.getString("items.find { it.title == 'France' }.id");

        // when
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .header("If-Match", "1")
                .body(Map.of("title", "  France (EU)  "))
                .patch(base + "/connection_folder/" + franceId)
                .then()
                .statusCode(200)
                .body("title", equalTo("France (EU)"))
                .body("title_mode", equalTo("static"))
                .body("version_id", equalTo(2))
                .body("ou_id", equalTo("ou-ex4m-00009117"))
                .body(
                        "trunk.title",
                        equalTo(List.of("example-corp", "Workloads", "Business Unit A", "Retail", "EMEA")));

        // then
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection_folder/" + franceId)
                .then()
                .statusCode(200)
                .body("title", equalTo("France (EU)"));
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types.get(types.size() - 1)).isEqualTo(EventTypes.FOLDER_UPDATED);
    }

    @Test
    void shouldRefuseFolderChangesOtherThanTitle() {
        // given
        String rootId = given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection_tree")
                .then()
                .extract()
                .path("items[0].id");

        // then
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("parent_id", "c_00000000000000000000"))
                .patch(base + "/connection_folder/" + rootId)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "   "))
                .patch(base + "/connection_folder/" + rootId)
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.title"));
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .delete(base + "/connection_folder/" + rootId)
                .then()
                .statusCode(409)
                .body("detail", containsString("managed by integration example-corp"));
        given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .delete(base + "/connection_folder/c_00000000000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRejectTitleWithControlCharacters() {
        // given
        String folderId = folderIdOf("France");

        // then
        for (String title : List.of("a\u0000b", "two\nlines", "tab\there", "\u007fdelete")) {
            patchFolder(folderId, title)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("validation_errors[0].location", equalTo("body.title"))
                    .body("validation_errors[0].message", containsString("control character"));
        }
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + "/connection_folder/" + folderId)
                .then()
                .statusCode(200)
                .body("title", equalTo("France"));
    }

    @Test
    void shouldCountTitleLengthInCodePoints() {
        // given: U+1F600 is one character and two UTF-16 units
        String folderId = folderIdOf("France");
        String emoji = "\uD83D\uDE00";

        // then
        patchFolder(folderId, emoji.repeat(255)).statusCode(200).body("title", equalTo(emoji.repeat(255)));
        patchFolder(folderId, emoji.repeat(256))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.title"));
    }

    @Test
    void shouldRejectNulInPathAndQuery() {
        // given: PostgreSQL text cannot hold U+0000, so these must never reach a query
        Map<String, String> locationByPath = Map.of(
                "/connection/aws%00x", "path",
                "/connection_folder/c_%00", "path",
                "/connection_tree?integration_id=i_%00", "query.integration_id");

        // then
        locationByPath.forEach((path, location) -> given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get(base + path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo(location))
                .body("validation_errors[0].message", containsString("U+0000")));
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("handle", "payments_eu"))
                .patch(base + "/connection/aws%00x")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldServeTenantIntegrationsUnderTenantPath() {
        // given
        String tenantHandle = "tenant-" + Ids.newId(Ids.TENANT).substring(2, 12);
        IntegrationData tenantIntegration = Integrations.tenantIntegration(
                Ids.newId(Ids.INTEGRATION), "corp-wide", Ids.newId(Ids.TENANT), tenantHandle, 1, "t_");
        Fixtures.importExampleCorp(integrationEvents, discoveryEvents, tenantIntegration);

        // then
        given().auth()
                .oauth2(TestTokens.token("u_tenantmember", "tenant:" + tenantHandle + ":member"))
                .get("/api/v0/tenant/" + tenantHandle + "/connection/t_payments_prod_eu")
                .then()
                .statusCode(200)
                .body("org_id", nullValue())
                .body("tenant_id", equalTo(tenantIntegration.tenantId()));
        given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .get("/api/v0/tenant/" + tenantHandle + "/connection")
                .then()
                .statusCode(404);
    }

    private String folderIdOf(String title) {
        return given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .queryParam("limit", 100)
                .get(base + "/connection_folder")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.title == '" + title + "' }.id");
    }

    private io.restassured.response.ValidatableResponse patchFolder(String folderId, String title) {
        return given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(Map.of("title", title))
                .patch(base + "/connection_folder/" + folderId)
                .then();
    }

    private io.restassured.response.ValidatableResponse patchConnection(String handle, Map<String, ?> body) {
        return given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .contentType(ContentType.JSON)
                .body(body)
                .patch(base + "/connection/" + handle)
                .then();
    }

    @SuppressWarnings("unchecked")
    private static int countConnections(Map<String, Object> folder) {
        int count = 0;
        for (Map<String, Object> child : (List<Map<String, Object>>) folder.get("children")) {
            count += "connection".equals(child.get("type")) ? 1 : countConnections(child);
        }
        return count;
    }

    /** Titles of the folders from the top down to the one holding the account, or empty. */
    @SuppressWarnings("unchecked")
    private static List<String> titlesTo(Map<String, Object> folder, String accountId) {
        for (Map<String, Object> child : (List<Map<String, Object>>) folder.get("children")) {
            if ("connection".equals(child.get("type")) && accountId.equals(child.get("account_id"))) {
                return new ArrayList<>(List.of((String) folder.get("title")));
            }
            if ("connection_folder".equals(child.get("type"))) {
                List<String> below = titlesTo(child, accountId);
                if (!below.isEmpty()) {
                    below.add(0, (String) folder.get("title"));
                    return below;
                }
            }
        }
        return new ArrayList<>();
    }
}
