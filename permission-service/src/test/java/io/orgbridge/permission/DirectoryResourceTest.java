package io.orgbridge.permission;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.orgbridge.testsupport.TestServers;
import io.orgbridge.testsupport.TestTokens;

import static io.orgbridge.permission.TestDirectory.get;
import static io.orgbridge.permission.TestDirectory.post;
import static io.orgbridge.permission.TestDirectory.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(
        value = TestServers.class,
        initArgs = @ResourceArg(name = "database", value = "orgbridge_permission_test"))
class DirectoryResourceTest {

    @Test
    void shouldServeDefaultTenantFromFirstMigration() {
        // given
        String token = TestTokens.token("u_reader", "tenant:default:member");

        // when / then
        get(token, "/api/v0/tenant/default")
                .statusCode(200)
                .body("id", equalTo("t_00000000000000000000"))
                .body("plan", equalTo("free"))
                .body("custom", equalTo(false));
    }

    @Test
    void shouldCreateCustomTenantWhenPlatformAdmin() {
        // given
        String handle = "tenant-" + unique();

        // when
        post(TestTokens.platformAdmin(), "/api/v0/tenant", Map.of("handle", handle, "display_name", "Acme Corp"))
                // then
                .statusCode(201)
                .body("id", matchesPattern("^t_[0-9a-v]{20}$"))
                .body("handle", equalTo(handle))
                .body("display_name", equalTo("Acme Corp"))
                .body("plan", equalTo("enterprise"))
                .body("custom", equalTo(true))
                .body("version_id", equalTo(1));
        get(TestTokens.tenantOwner(handle), "/api/v0/tenant/" + handle).statusCode(200);
    }

    @Test
    void shouldNameEachInvalidTenantField() {
        // when
        post(TestTokens.platformAdmin(), "/api/v0/tenant", Map.of("handle", "Bad_Handle", "plan", "team"))
                // then
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors.location", hasItems("body.handle", "body.plan"))
                .body("detail", containsString("Bad_Handle"));
    }

    @Test
    void shouldForbidTenantCreationByNonAdmin() {
        // given
        String token = TestTokens.tenantOwner("tenant-" + unique());

        // when / then
        post(token, "/api/v0/tenant", Map.of("handle", "tenant-" + unique())).statusCode(403);
    }

    @Test
    void shouldRejectDuplicateTenantHandle() {
        // given
        String handle = "tenant-" + unique();
        TestDirectory.createTenant(handle);

        // when / then
        post(TestTokens.platformAdmin(), "/api/v0/tenant", Map.of("handle", handle))
                .statusCode(409)
                .body("detail", containsString(handle));
    }

    @Test
    void shouldListOnlyTenantsOfCaller() {
        // given
        String mine = "tenant-" + unique();
        String other = "tenant-" + unique();
        TestDirectory.createTenant(mine);
        TestDirectory.createTenant(other);

        // when / then
        get(TestTokens.tenantOwner(mine), "/api/v0/tenant")
                .statusCode(200)
                .body("items.handle", hasItem(mine))
                .body("items.handle", not(hasItem(other)));
    }

    @Test
    void shouldHideTenantOfOtherCaller() {
        // given
        String handle = "tenant-" + unique();
        TestDirectory.createTenant(handle);

        // when / then
        get(TestTokens.tenantOwner("tenant-" + unique()), "/api/v0/tenant/" + handle)
                .statusCode(404);
    }

    @Test
    void shouldReturnOrgWithTenantFactsForMember() {
        // given
        String handle = "org-" + unique();
        String id = TestDirectory.createOrg(handle);

        // when
        get(TestTokens.orgMember(handle), "/api/v0/org/" + handle)
                // then
                .statusCode(200)
                .body("id", equalTo(id))
                .body("handle", equalTo(handle))
                .body("plan", equalTo("team"))
                .body("tenant_id", equalTo("t_00000000000000000000"))
                .body("tenant_handle", equalTo("default"))
                .body("tenant_plan", equalTo("free"))
                .body("tenant_custom", equalTo(false))
                .body("version_id", equalTo(1));
    }

    @Test
    void shouldLetTenantOwnerCreateOrg() {
        // given
        String tenant = "tenant-" + unique();
        String tenantId = TestDirectory.createTenant(tenant);
        String handle = "org-" + unique();

        // when
        post(
                        TestTokens.tenantOwner(tenant),
                        "/api/v0/org",
                        Map.of("handle", handle, "plan", "enterprise", "tenant_handle", tenant))
                // then
                .statusCode(201)
                .body("tenant_id", equalTo(tenantId))
                .body("tenant_plan", equalTo("enterprise"))
                .body("tenant_custom", equalTo(true));
        get(TestTokens.tenantOwner(tenant), "/api/v0/org/" + handle).statusCode(200);
        get(TestTokens.tenantOwner(tenant), "/api/v0/org").statusCode(200).body("items.handle", hasItem(handle));
    }

    @Test
    void shouldForbidTenantOwnerInDefaultTenant() {
        // given
        String tenant = "tenant-" + unique();
        TestDirectory.createTenant(tenant);

        // when / then
        post(TestTokens.tenantOwner(tenant), "/api/v0/org", Map.of("handle", "org-" + unique()))
                .statusCode(403);
    }

    @Test
    void shouldRejectOrgInTenantCallerCannotSee() {
        // given
        String tenant = "tenant-" + unique();
        TestDirectory.createTenant(tenant);
        String token = TestTokens.tenantOwner("tenant-" + unique());

        // when / then
        post(token, "/api/v0/org", Map.of("handle", "org-" + unique(), "tenant_handle", tenant))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.tenant_handle"));
    }

    @Test
    void shouldForbidOrgCreationByOrgOwner() {
        // given
        String token = TestTokens.orgOwner("org-" + unique());

        // when / then
        post(token, "/api/v0/org", Map.of("handle", "org-" + unique())).statusCode(403);
    }

    @Test
    void shouldRejectOrgWithInvalidPlanAndHandle() {
        // when
        post(TestTokens.platformAdmin(), "/api/v0/org", Map.of("handle", "-bad", "plan", "gold"))
                // then
                .statusCode(400)
                .body("validation_errors.location", hasItems("body.handle", "body.plan"));
    }

    @Test
    void shouldRejectDuplicateOrgHandle() {
        // given
        String handle = "org-" + unique();
        TestDirectory.createOrg(handle);

        // when / then
        post(TestTokens.platformAdmin(), "/api/v0/org", Map.of("handle", handle))
                .statusCode(409);
    }

    @Test
    void shouldHideOrgOfOtherCaller() {
        // given
        String handle = "org-" + unique();
        TestDirectory.createOrg(handle);

        // when / then
        get(TestTokens.orgOwner("org-" + unique()), "/api/v0/org/" + handle)
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListOnlyOrgsOfCaller() {
        // given
        String mine = "org-" + unique();
        String other = "org-" + unique();
        TestDirectory.createOrg(mine);
        TestDirectory.createOrg(other);

        // when / then
        get(TestTokens.orgMember(mine), "/api/v0/org")
                .statusCode(200)
                .body("items.handle", hasItem(mine))
                .body("items.handle", not(hasItem(other)));
    }

    @Test
    void shouldRejectRequestWithoutToken() {
        given().when().get("/api/v0/org").then().statusCode(401);
    }

    @Test
    void shouldRejectNonNumericLimit() {
        get(TestTokens.platformAdmin(), "/api/v0/org?limit=many")
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("query.limit"));
    }

    @Test
    void shouldRejectControlCharactersInDisplayName() {
        // then
        for (String displayName : List.of("a\u0000b", "two\nlines", "tab\there", "bell\u0007")) {
            post(
                            TestTokens.platformAdmin(),
                            "/api/v0/org",
                            Map.of("handle", "org-" + unique(), "display_name", displayName))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("validation_errors[0].location", equalTo("body.display_name"))
                    .body("validation_errors[0].message", containsString("control character"));
            post(
                            TestTokens.platformAdmin(),
                            "/api/v0/tenant",
                            Map.of("handle", "tenant-" + unique(), "display_name", displayName))
                    .statusCode(400)
                    .body("validation_errors[0].location", equalTo("body.display_name"));
        }
    }

    @Test
    void shouldCountDisplayNameLengthInCodePoints() {
        // given: U+1F600 is one character and two UTF-16 units
        String emoji = "\uD83D\uDE00";

        // then
        post(
                        TestTokens.platformAdmin(),
                        "/api/v0/org",
                        Map.of("handle", "org-" + unique(), "display_name", emoji.repeat(255)))
                .statusCode(201)
                .body("display_name", equalTo(emoji.repeat(255)));
        post(
                        TestTokens.platformAdmin(),
                        "/api/v0/org",
                        Map.of("handle", "org-" + unique(), "display_name", emoji.repeat(256)))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.display_name"));
    }

    @Test
    void shouldRejectNulInTenantHandle() {
        // then
        post(
                        TestTokens.platformAdmin(),
                        "/api/v0/org",
                        Map.of("handle", "org-" + unique(), "tenant_handle", "def\u0000ault"))
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("body.tenant_handle"));
    }

    @Test
    void shouldRejectNulInPathAndQuery() {
        // then
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.platformAdmin())
                .get("/api/v0/org/acme%00corp")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors[0].location", equalTo("path"))
                .body("validation_errors[0].message", containsString("U+0000"));
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.platformAdmin())
                .get("/api/v0/org?next_token=%00")
                .then()
                .statusCode(400)
                .body("validation_errors[0].location", equalTo("query.next_token"));
    }

    @Test
    void shouldUseSnakeCaseInOpenApi() {
        // when
        String document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // then
        assertThat(document).contains("\"display_name\"");
        assertThat(document).contains("\"tenant_handle\"");
        assertThat(document).doesNotContain("\"displayName\"");
        assertThat(document).doesNotContain("\"tenantHandle\"");
    }
}
