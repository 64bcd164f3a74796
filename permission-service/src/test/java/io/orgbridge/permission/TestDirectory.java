package io.orgbridge.permission;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;

/** Creates tenants, orgs and workspaces through the REST API, with handles unique to each test. */
final class TestDirectory {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDirectory() {}

    /** Returns a random suffix of 8 lower-case letters and digits. */
    static String unique() {
        char[] chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }

    static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    static ValidatableResponse delete(String token, String path) {
        return given().auth().oauth2(token).when().delete(path).then();
    }

    /** Creates a custom tenant as a platform administrator; returns its id. */
    static String createTenant(String handle) {
        return post(TestTokens.platformAdmin(), "/api/v0/tenant", Map.of("handle", handle, "plan", "enterprise"))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates an org in the default tenant as a platform administrator; returns its id. */
    static String createOrg(String handle) {
        return createOrg(handle, "default");
    }

    static String createOrg(String handle, String tenantHandle) {
        return post(
                        TestTokens.platformAdmin(),
                        "/api/v0/org",
                        Map.of("handle", handle, "plan", "team", "tenant_handle", tenantHandle))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates a workspace as an owner of the org; returns its id. */
    static String createWorkspace(String orgHandle, String handle) {
        return post(TestTokens.orgOwner(orgHandle), "/api/v0/org/" + orgHandle + "/workspace", Map.of("handle", handle))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Handles of the connections a workspace can use, read as an org member. */
    static List<String> connectionHandles(String orgHandle, String workspaceHandle) {
        return get(
                        TestTokens.orgMember(orgHandle),
                        "/api/v0/org/" + orgHandle + "/workspace/" + workspaceHandle + "/connection?limit=100")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.handle", String.class);
    }

    static List<String> searchPath(String orgHandle, String workspaceHandle) {
        return get(TestTokens.orgMember(orgHandle), "/api/v0/org/" + orgHandle + "/workspace/" + workspaceHandle)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("search_path", String.class);
    }
}
