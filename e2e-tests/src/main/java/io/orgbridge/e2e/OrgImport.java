package io.orgbridge.e2e;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.orgbridge.testsupport.TestTokens;

/**
 * The steps of importing the sample organization through the suite's REST APIs, shared by the
 * end-to-end test (which asserts on their results) and the demo (which prints them).
 */
public final class OrgImport {

    /** Discovery role of the sample organization's management account. */
    public static final String DISCOVERY_ROLE_ARN = "arn:aws:iam::111111111111:role/pipes_discovery";

    public static final String MEMBER_ROLE_NAME = "pipes_readonly";

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Suite suite;
    private final ApiClient api = new ApiClient();
    private final String orgHandle;
    private final String adminToken = TestTokens.platformAdmin();
    private final String ownerToken;
    private String orgId;

    public OrgImport(Suite suite, String orgHandle) {
        this.suite = suite;
        this.orgHandle = orgHandle;
        this.ownerToken = TestTokens.orgOwner(orgHandle);
    }

    public ApiClient api() {
        return api;
    }

    public String orgHandle() {
        return orgHandle;
    }

    public String ownerToken() {
        return ownerToken;
    }

    /** The org's id, known once {@link #createOrg} has run; external IDs must start with it. */
    public String orgId() {
        return orgId;
    }

    public JsonNode createOrg(String plan) {
        JsonNode org = api.post(
                        suite.permissionService(),
                        "/api/v0/org",
                        Map.of("handle", orgHandle, "display_name", "Example Corp", "plan", plan),
                        adminToken)
                .expect(201);
        orgId = org.path("id").asText();
        return org;
    }

    public JsonNode createWorkspace(String workspaceHandle) {
        return api.post(suite.permissionService(), orgPath("/workspace"), Map.of("handle", workspaceHandle), ownerToken)
                .expect(201);
    }

    /** Creates a role-mode integration on the sample organization with the given connection settings. */
    public ApiClient.Reply createIntegration(String handle, Map<String, Object> config, String permissions) {
        Map<String, Object> body =
                Map.of("handle", handle, "type", "aws", "config", config, "permissions", Map.of("mode", permissions));
        return api.post(suite.integrationService(), orgPath("/integration"), body, ownerToken);
    }

    /**
     * Settings for the sample organization with the discovery and member roles, and the external
     * IDs that this org issued (see {@link SampleOrganization}).
     */
    public Map<String, Object> sampleConfig(String handlePrefix) {
        return Map.of(
                "discovery_mode",
                "role",
                "discovery_role_arn",
                DISCOVERY_ROLE_ARN,
                "discovery_external_id",
                SampleOrganization.discoveryExternalId(orgId),
                "handle_prefix",
                handlePrefix,
                "role_name",
                MEMBER_ROLE_NAME,
                "external_id",
                SampleOrganization.memberExternalId(orgId),
                "regions",
                List.of("us-east-1", "eu-west-1"));
    }

    public JsonNode integration(String handle) {
        return api.get(suite.integrationService(), orgPath("/integration/" + handle), ownerToken)
                .expect(200);
    }

    public JsonNode testDiscovery(String handle) {
        return api.post(suite.integrationService(), orgPath("/integration/" + handle + "/test"), Map.of(), ownerToken)
                .expect(200);
    }

    public void refresh(String handle) {
        api.post(
                        suite.integrationService(),
                        orgPath("/integration/" + handle + "/command"),
                        Map.of("command", "refresh"),
                        ownerToken)
                .expect(201);
    }

    public JsonNode discoveryRuns(String handle) {
        return api.get(
                        suite.discoveryService(),
                        orgPath("/integration/" + handle + "/discovery_run?limit=100"),
                        ownerToken)
                .expect(200);
    }

    public ApiClient.Reply deleteIntegration(String handle, String confirmation) {
        return api.delete(
                suite.integrationService(), orgPath("/integration/" + handle + "?confirm=" + confirmation), ownerToken);
    }

    public JsonNode connectionTree() {
        return api.get(suite.connectionService(), orgPath("/connection_tree"), ownerToken)
                .expect(200);
    }

    /** Fetches every connection of the org, following {@code next_token} across pages. */
    public List<JsonNode> connections() {
        return pages(suite.connectionService(), orgPath("/connection"));
    }

    /** Fetches the connections a workspace can use, across pages. */
    public List<JsonNode> workspaceConnections(String workspaceHandle) {
        return pages(suite.permissionService(), orgPath("/workspace/" + workspaceHandle + "/connection"));
    }

    /** Polls until the value fetched satisfies the condition, and returns that value. */
    public <T> T await(String what, java.util.function.Supplier<T> fetch, Predicate<T> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        T value = fetch.get();
        while (!condition.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + WAIT + " waiting for " + what + "; last value: " + value);
            }
            pause();
            value = fetch.get();
        }
        return value;
    }

    private List<JsonNode> pages(URI service, String path) {
        List<JsonNode> items = new ArrayList<>();
        String token = null;
        do {
            String query = "?limit=100" + (token == null ? "" : "&next_token=" + token);
            JsonNode page = api.get(service, path + query, ownerToken).expect(200);
            page.path("items").forEach(items::add);
            token = page.path("next_token").isTextual()
                    ? page.path("next_token").asText()
                    : null;
        } while (token != null);
        return items;
    }

    private String orgPath(String rest) {
        return "/api/v0/org/" + orgHandle + rest;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
