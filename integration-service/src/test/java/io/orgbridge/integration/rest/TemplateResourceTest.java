package io.orgbridge.integration.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** CloudFormation and Terraform role templates, parsed back where a parser exists. */
@QuarkusTest
class TemplateResourceTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PRINCIPAL = "arn:aws:iam::999999999999:root";

    @InjectMock
    @RestClient
    PermissionClient permissions;

    private String orgHandle;
    private OrgView org;
    private String token;

    @BeforeEach
    void createIntegration() {
        orgHandle = TestData.unique("tmpl");
        org = new Directory(permissions).org(orgHandle, "team");
        token = TestTokens.orgOwner(orgHandle);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.createBody("acme-aws", TestData.roleConfig(org.id())))
                .post(path())
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRenderCloudFormationDiscoveryRole() throws Exception {
        // when
        String body = template("cloudformation", "discovery");

        // then
        JsonNode template = YAML.readTree(body);
        JsonNode role = template.at("/Resources/DiscoveryRole");
        assertThat(role.at("/Type").asText()).isEqualTo("AWS::IAM::Role");
        assertThat(role.at("/Properties/RoleName").asText()).isEqualTo("pipes_discovery");
        JsonNode trust = role.at("/Properties/AssumeRolePolicyDocument/Statement/0");
        assertThat(trust.at("/Principal/AWS").asText()).isEqualTo(PRINCIPAL);
        assertThat(trust.at("/Action").asText()).isEqualTo("sts:AssumeRole");
        assertThat(trust.at("/Condition/StringEquals/sts:ExternalId").asText())
                .isEqualTo(TestData.discoveryExternalId(org.id()));
        JsonNode actions = role.at("/Properties/Policies/0/PolicyDocument/Statement/0/Action");
        assertThat(actions.toString())
                .contains(
                        "organizations:ListRoots",
                        "organizations:ListAccountsForParent",
                        "organizations:DescribeOrganization");
    }

    @Test
    void shouldRenderMemberRoleStackSet() throws Exception {
        // when
        String body = template("cloudformation", "member");

        // then
        JsonNode template = YAML.readTree(body);
        assertThat(template.at("/Description").asText()).contains("never the management account");
        JsonNode stackSet = template.at("/Resources/MemberRoleStackSet");
        assertThat(stackSet.at("/Type").asText()).isEqualTo("AWS::CloudFormation::StackSet");
        assertThat(stackSet.at("/Properties/PermissionModel").asText()).isEqualTo("SERVICE_MANAGED");
        assertThat(stackSet.at("/Properties/AutoDeployment/Enabled").asBoolean())
                .isTrue();
        JsonNode inner = YAML.readTree(stackSet.at("/Properties/TemplateBody").asText());
        JsonNode role = inner.at("/Resources/MemberRole/Properties");
        assertThat(role.at("/RoleName").asText()).isEqualTo(TestData.MEMBER_ROLE_NAME);
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals/sts:ExternalId")
                        .asText())
                .isEqualTo(TestData.memberExternalId(org.id()));
        assertThat(role.at("/ManagedPolicyArns/0/Fn::Sub").asText())
                .isEqualTo("arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess");
    }

    @Test
    void shouldRenderManagementRole() throws Exception {
        // when
        String body = template("cloudformation", "management");

        // then
        JsonNode role = YAML.readTree(body).at("/Resources/ManagementRole/Properties");
        assertThat(role.at("/RoleName").asText()).isEqualTo(TestData.MEMBER_ROLE_NAME);
        assertThat(role.at("/ManagedPolicyArns/0/Fn::Sub").asText()).contains("${AWS::Partition}");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals/sts:ExternalId")
                        .asText())
                .isEqualTo(TestData.memberExternalId(org.id()));
    }

    @Test
    void shouldMergeRolesWhenNamesMatch() throws Exception {
        // given
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("config", Map.of("role_name", "pipes_discovery")))
                .patch(path() + "/acme-aws")
                .then()
                .statusCode(200);

        // when
        String body = template("cloudformation", "management");

        // then
        JsonNode role = YAML.readTree(body).at("/Resources/ManagementRole/Properties");
        JsonNode externalIds = role.at("/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals/sts:ExternalId");
        assertThat(externalIds.isArray()).isTrue();
        assertThat(externalIds.toString())
                .contains(TestData.memberExternalId(org.id()), TestData.discoveryExternalId(org.id()));
        assertThat(role.at("/Policies/0/PolicyName").asText()).isEqualTo("OrganizationsRead");
    }

    @Test
    void shouldRenderTerraformTemplates() {
        // when
        String discovery = template("terraform", "discovery");
        String member = template("terraform", "member");
        String management = template("terraform", "management");

        // then
        assertThat(discovery)
                .contains("resource \"aws_iam_role\" \"discovery\"")
                .contains("name               = \"pipes_discovery\"")
                .contains("\"sts:ExternalId\" = \"" + TestData.discoveryExternalId(org.id()) + "\"")
                .contains("AWS = \"" + PRINCIPAL + "\"")
                .contains("\"organizations:ListRoots\"");
        assertThat(member)
                .contains("resource \"aws_cloudformation_stack_set\" \"member_role\"")
                .contains("permission_model = \"SERVICE_MANAGED\"")
                .contains("RoleName = \"" + TestData.MEMBER_ROLE_NAME + "\"")
                .contains("\"sts:ExternalId\" = \"" + TestData.memberExternalId(org.id()) + "\"")
                .contains("\"arn:$${AWS::Partition}:iam::aws:policy/ReadOnlyAccess\"");
        assertThat(management)
                .contains(
                        "policy_arn = \"arn:${data.aws_partition.current.partition}:iam::aws:policy/ReadOnlyAccess\"");
        for (String hcl : new String[] {discovery, member, management}) {
            assertThat(count(hcl, '{')).isEqualTo(count(hcl, '}'));
            assertThat(count(hcl, '(')).isEqualTo(count(hcl, ')'));
            assertThat(count(hcl, '[')).isEqualTo(count(hcl, ']'));
            assertThat(count(hcl, '"') % 2).isZero();
        }
    }

    @Test
    void shouldRenderFromQueryForNewIntegration() throws Exception {
        // when
        String body = given().auth()
                .oauth2(token)
                .queryParam("format", "cloudformation")
                .queryParam("role", "discovery")
                .queryParam("role_name", "org_reader")
                .queryParam("external_id", org.id() + ":n3w1d000")
                .get(path() + "/_/template")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // then
        JsonNode role = YAML.readTree(body).at("/Resources/DiscoveryRole/Properties");
        assertThat(role.at("/RoleName").asText()).isEqualTo("org_reader");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals/sts:ExternalId")
                        .asText())
                .isEqualTo(org.id() + ":n3w1d000");
    }

    @Test
    void shouldRejectOtherOrgsQueryExternalId() {
        // when
        var response = given().auth()
                .oauth2(token)
                .queryParam("format", "cloudformation")
                .queryParam("role", "discovery")
                .queryParam("role_name", "org_reader")
                .queryParam("external_id", "o_examplecorp:n3w1d000")
                .get(path() + "/_/template")
                .then();

        // then
        response.statusCode(400)
                .body("validation_errors[0].location", equalTo("query.external_id"))
                .body("validation_errors[0].message", containsString("must start with this org's id"))
                .body("validation_errors[0].message", containsString("'" + org.id() + ":'"));
    }

    @Test
    void shouldRejectMissingFormatAndRole() {
        // when
        var none =
                given().auth().oauth2(token).get(path() + "/acme-aws/template").then();
        var formatOnly = given().auth()
                .oauth2(token)
                .queryParam("format", "cloudformation")
                .get(path() + "/acme-aws/template")
                .then();

        // then
        none.statusCode(400)
                .contentType("application/problem+json")
                .body("validation_errors.location", equalTo(List.of("query.format", "query.role")))
                .body("validation_errors[0].message", equalTo("format is missing; use cloudformation or terraform"))
                .body(
                        "validation_errors[1].message",
                        equalTo("role is missing; use one of discovery, member, management"));
        formatOnly
                .statusCode(400)
                .body("detail", equalTo("query.role: role is missing; use one of discovery, member, management"));
    }

    @Test
    void shouldExplainExternalIdPrefixInTemplates() throws Exception {
        // when
        String cloudFormation = template("cloudformation", "member");
        String terraform = template("terraform", "discovery");

        // then
        String description = YAML.readTree(cloudFormation).at("/Description").asText();
        assertThat(description)
                .contains("external ID starts with " + org.id() + ":")
                .contains("ties each external ID to one org");
        assertThat(terraform).contains("# The trust policy's external ID starts with " + org.id() + ":");
    }

    @Test
    void shouldRejectUnknownFormatAndRole() {
        // when
        var response = given().auth()
                .oauth2(token)
                .queryParam("format", "pulumi")
                .queryParam("role", "admin")
                .get(path() + "/acme-aws/template")
                .then();

        // then
        response.statusCode(400)
                .body("validation_errors[0].message", containsString("use cloudformation or terraform"))
                .body("validation_errors[1].message", containsString("use one of discovery, member, management"));
    }

    @Test
    void shouldServeYamlAttachment() {
        // when
        var response = given().auth()
                .oauth2(TestTokens.orgMember(orgHandle))
                .queryParam("format", "cloudformation")
                .queryParam("role", "member")
                .get(path() + "/acme-aws/template")
                .then();

        // then
        response.statusCode(200)
                .contentType(startsWith("application/yaml"))
                .header("Content-Disposition", equalTo("attachment; filename=\"acme-aws-member-role.yaml\""));
    }

    private String template(String format, String role) {
        return given().auth()
                .oauth2(token)
                .queryParam("format", format)
                .queryParam("role", role)
                .get(path() + "/acme-aws/template")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private String path() {
        return "/api/v0/org/" + orgHandle + "/integration";
    }

    private static long count(String text, char character) {
        return text.chars().filter(c -> c == character).count();
    }
}
