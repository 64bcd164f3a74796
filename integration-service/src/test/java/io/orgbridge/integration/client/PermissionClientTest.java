package io.orgbridge.integration.client;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.orgbridge.integration.support.PermissionServiceStandIn;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The real REST client against an HTTP stand-in of permission-service. */
@QuarkusTest
class PermissionClientTest {

    @Test
    void shouldForwardCallerToken() {
        // given
        String orgHandle = TestData.unique("real");
        String orgId = Ids.newId(Ids.ORG);
        PermissionServiceStandIn.serve("org", orgHandle, orgBody(orgId, orgHandle, "team"));
        String token = TestTokens.orgOwner(orgHandle);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(orgId)))
                .post("/api/v0/org/" + orgHandle + "/integration")
                .then();

        // then
        response.statusCode(201).body("org_id", equalTo(orgId)).body("tenant_id", equalTo("t_default0000000000000"));
        assertThat(PermissionServiceStandIn.authorizations()).contains("Bearer " + token);
        given().auth()
                .oauth2(token)
                .get("/api/v0/org/" + orgHandle + "/integration/acme-aws")
                .then()
                .statusCode(200)
                .body("org_id", equalTo(orgId));
    }

    @Test
    void shouldReturnNotFoundForUnknownOrg() {
        // given
        String orgHandle = TestData.unique("ghost");

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .get("/api/v0/org/" + orgHandle + "/integration")
                .then();

        // then
        response.statusCode(404).body("detail", equalTo("org " + orgHandle + " not found"));
    }

    @Test
    void shouldReturnBadGatewayWhenLookupFails() {
        // given
        String orgHandle = TestData.unique("broken");
        PermissionServiceStandIn.fail("org", orgHandle, 500);

        // when
        var response = given().auth()
                .oauth2(TestTokens.orgOwner(orgHandle))
                .get("/api/v0/org/" + orgHandle + "/integration")
                .then();

        // then
        response.statusCode(502).body("detail", containsString("permission-service failed"));
    }

    @Test
    void shouldReadTenantWhenCreating() {
        // given
        String tenantHandle = TestData.unique("realcorp");
        String tenantId = Ids.newId(Ids.TENANT);
        Map<String, Object> tenant = new LinkedHashMap<>();
        tenant.put("id", tenantId);
        tenant.put("handle", tenantHandle);
        tenant.put("display_name", "Real Corp");
        tenant.put("plan", "enterprise");
        tenant.put("custom", true);
        tenant.put("version_id", 1);
        PermissionServiceStandIn.serve("tenant", tenantHandle, tenant);

        // when
        var response = given().auth()
                .oauth2(TestTokens.tenantOwner(tenantHandle))
                .contentType(ContentType.JSON)
                .body(TestData.createBody("corp-aws", TestData.roleConfig(tenantId)))
                .post("/api/v0/tenant/" + tenantHandle + "/integration")
                .then();

        // then
        response.statusCode(201).body("tenant_id", equalTo(tenantId));
    }

    /** An org body shaped as permission-service returns it, unknown fields included. */
    private static Map<String, Object> orgBody(String id, String handle, String plan) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", id);
        org.put("handle", handle);
        org.put("display_name", "Real Org");
        org.put("plan", plan);
        org.put("tenant_id", "t_default0000000000000");
        org.put("tenant_handle", "default");
        org.put("tenant_plan", "free");
        org.put("tenant_custom", false);
        org.put("version_id", 1);
        org.put("created_at", "2026-12-04T10:00:00Z");
        return org;
    }
}
