package io.orgbridge.integration.rest;

import java.util.Map;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.client.TenantView;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * External IDs tied to the org or tenant that owns the integration, so that one customer cannot
 * make the platform assume another customer's role.
 */
@QuarkusTest
class ExternalIdResourceTest {

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private Directory directory;
    private OrgView victim;
    private OrgView attacker;

    @BeforeEach
    void registerOrgs() {
        directory = new Directory(permissions);
        victim = directory.org(TestData.unique("victim"), "team");
        attacker = directory.org(TestData.unique("attacker"), "team");
    }

    @Test
    void shouldRejectOtherOrgsExternalIds() {
        // given
        var config = TestData.roleConfig(victim.id());

        // when
        var response = create(orgPath(attacker), TestTokens.orgOwner(attacker.handle()), config);

        // then
        response.statusCode(400)
                .body("validation_errors", hasSize(2))
                .body("validation_errors[0].location", equalTo("body.config.discovery_external_id"))
                .body(
                        "validation_errors[0].message",
                        equalTo("discovery_external_id '" + victim.id() + ":d1sc0v3r' must start with this org's id"
                                + " followed by a colon, '" + attacker.id() + ":', because the platform ties each"
                                + " external ID to one org so that no other customer can use your role"))
                .body("validation_errors[1].location", equalTo("body.config.external_id"));
        given().auth()
                .oauth2(TestTokens.orgOwner(attacker.handle()))
                .get(orgPath(attacker))
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldRejectMissingSuffix() {
        // given
        var config = TestData.with(TestData.roleConfig(attacker.id()), "external_id", attacker.id() + ":");

        // when
        var response = create(orgPath(attacker), TestTokens.orgOwner(attacker.handle()), config);

        // then
        response.statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.external_id"))
                .body(
                        "validation_errors[0].message",
                        containsString("needs at least 8 characters after '" + attacker.id() + ":'"));
    }

    @Test
    void shouldGenerateExternalIdsWithOrgPrefix() {
        // given
        var config = TestData.without(TestData.roleConfig(attacker.id()), "discovery_external_id");
        config = TestData.without(config, "external_id");

        // when
        var response = create(orgPath(attacker), TestTokens.orgOwner(attacker.handle()), config);

        // then
        response.statusCode(201)
                .body("config.discovery_external_id", matchesPattern(attacker.id() + ":[A-Za-z0-9]{8}"))
                .body("config.external_id", matchesPattern(attacker.id() + ":[A-Za-z0-9]{8}"));
    }

    @Test
    void shouldRejectOtherOrgsExternalIdInPatch() {
        // given
        String token = TestTokens.orgOwner(attacker.handle());
        create(orgPath(attacker), token, TestData.roleConfig(attacker.id())).statusCode(201);

        // when
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("config", Map.of("discovery_external_id", TestData.discoveryExternalId(victim.id()))))
                .patch(orgPath(attacker) + "/acme-aws")
                .then();

        // then
        response.statusCode(400)
                .body("validation_errors[0].location", equalTo("body.config.discovery_external_id"))
                .body("validation_errors[0].message", containsString("'" + attacker.id() + ":'"));
        given().auth()
                .oauth2(token)
                .get(orgPath(attacker) + "/acme-aws")
                .then()
                .body("config.discovery_external_id", equalTo(TestData.discoveryExternalId(attacker.id())));
    }

    @Test
    void shouldUseTenantIdForTenantIntegration() {
        // given
        TenantView tenant = directory.customTenant(TestData.unique("corp"));
        OrgView org = directory.org(TestData.unique("corpteam"), "team", tenant);
        String token = TestTokens.token("u_corpowner", "tenant:" + tenant.handle() + ":owner");
        String path = "/api/v0/tenant/" + tenant.handle() + "/integration";
        var generated = TestData.without(TestData.roleConfig(tenant.id()), "external_id");

        // when
        var orgPrefix = create(path, token, TestData.roleConfig(org.id()));
        var tenantPrefix = create(path, token, generated);

        // then
        orgPrefix
                .statusCode(400)
                .body(
                        "validation_errors[0].message",
                        containsString("must start with this tenant's id followed by a colon, '" + tenant.id() + ":'"));
        tenantPrefix
                .statusCode(201)
                .body("config.discovery_external_id", equalTo(TestData.discoveryExternalId(tenant.id())))
                .body("config.external_id", matchesPattern(tenant.id() + ":[A-Za-z0-9]{8}"));
    }

    private static ValidatableResponse create(String path, String token, Map<String, Object> config) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", config))
                .post(path)
                .then();
    }

    private static String orgPath(OrgView org) {
        return "/api/v0/org/" + org.handle() + "/integration";
    }
}
