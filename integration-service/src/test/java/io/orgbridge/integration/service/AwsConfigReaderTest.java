package io.orgbridge.integration.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.orgbridge.integration.support.TestData;
import io.orgbridge.platform.rest.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;

class AwsConfigReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExternalIdRule RULE = ExternalIdRule.forOrg(TestData.EXAMPLE_ORG_ID);

    @Test
    void shouldApplyDefaults() {
        // given
        JsonNode config = JSON.valueToTree(TestData.without(TestData.roleConfig(), "handle_prefix"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.handlePrefix()).isEmpty();
        assertThat(read.regions()).containsExactly("*");
        assertThat(read.defaultRegion()).isEqualTo("us-east-1");
        assertThat(read.maxErrorRetryAttempts()).isEqualTo(9);
        assertThat(read.minErrorRetryDelay()).isEqualTo(25);
        assertThat(read.ignoreErrorCodes()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("partitionDefaults")
    void shouldPickPartitionDefaultRegion(String arn, String expectedRegion) {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(TestData.roleConfig(), "discovery_role_arn", arn));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.defaultRegion()).isEqualTo(expectedRegion);
    }

    static Stream<Arguments> partitionDefaults() {
        return Stream.of(
                Arguments.of("arn:aws:iam::111111111111:role/pipes_discovery", "us-east-1"),
                Arguments.of("arn:aws-us-gov:iam::111111111111:role/pipes_discovery", "us-gov-west-1"),
                Arguments.of("arn:aws-cn:iam::111111111111:role/pipes_discovery", "cn-north-1"));
    }

    @Test
    void shouldAcceptRoleArnWithPath() {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(
                TestData.roleConfig(), "discovery_role_arn", "arn:aws:iam::111111111111:role/ops/readers/Disc+=,.@-1"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldAcceptUpperBounds() {
        // given
        Map<String, Object> body = TestData.with(TestData.roleConfig(), "max_error_retry_attempts", 100);
        JsonNode config = JSON.valueToTree(TestData.with(body, "min_error_retry_delay", 60_000));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.maxErrorRetryAttempts()).isEqualTo(100);
        assertThat(read.minErrorRetryDelay()).isEqualTo(60_000);
    }

    @Test
    void shouldAcceptExampleAccessKey() {
        // given
        JsonNode config = JSON.valueToTree(TestData.accessKeyConfig());
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.discoverySecretKey()).isEqualTo(TestData.SECRET_ACCESS_KEY);
        assertThat(read.toString()).doesNotContain(TestData.SECRET_ACCESS_KEY);
    }

    @Test
    void shouldAcceptFortyCharacterSecret() {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(
                TestData.accessKeyConfig(), "discovery_secret_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "us-*", "eu-west-?", "us-east-1", "us-gov-west-1", "ap-southeast-3", "cn-north-1"})
    void shouldAcceptValidRegion(String region) {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(TestData.roleConfig(), "regions", List.of(region)));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidRoleModeValues")
    void shouldRejectInvalidValue(String field, Object value, String location, String expectedMessage) {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(TestData.roleConfig(), field, value));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(read).isNull();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).location()).isEqualTo(location);
        assertThat(errors.get(0).message()).contains(expectedMessage);
    }

    static Stream<Arguments> invalidRoleModeValues() {
        return Stream.of(
                Arguments.of("discovery_mode", "sso", "body.config.discovery_mode", "'sso' is invalid: use 'role' or"),
                Arguments.of("discovery_mode", 3, "body.config.discovery_mode", "must be a string, not a number (3)"),
                Arguments.of(
                        "discovery_role_arn",
                        "arn:aws:iam::1111:role/x",
                        "body.config.discovery_role_arn",
                        "12-digit account id"),
                Arguments.of(
                        "discovery_role_arn",
                        "arn:aws-iso:iam::111111111111:role/x",
                        "body.config.discovery_role_arn",
                        "aws, aws-us-gov or aws-cn"),
                Arguments.of(
                        "discovery_role_arn",
                        "arn:aws:iam::111111111111:role/bad name",
                        "body.config.discovery_role_arn",
                        "role name 'bad name' breaks the IAM rule"),
                Arguments.of(
                        "discovery_role_arn",
                        "arn:aws:iam::111111111111:role/" + "r".repeat(65),
                        "body.config.discovery_role_arn",
                        "1-64 characters"),
                Arguments.of(
                        "discovery_role_arn",
                        "arn:aws:iam::111111111111:role/a//b",
                        "body.config.discovery_role_arn",
                        "empty segment"),
                Arguments.of(
                        "discovery_external_id",
                        "x",
                        "body.config.discovery_external_id",
                        "discovery_external_id 'x' is invalid: use 2-1224 characters of letters, digits and _+=,.@:/-"),
                Arguments.of(
                        "discovery_external_id",
                        "my secret id!",
                        "body.config.discovery_external_id",
                        "'my secret id!' is invalid: use 2-1224 characters"),
                Arguments.of(
                        "discovery_external_id",
                        "e".repeat(1225),
                        "body.config.discovery_external_id",
                        "2-1224 characters"),
                Arguments.of("external_id", "x", "body.config.external_id", "external_id 'x' is invalid: use 2-1224"),
                Arguments.of(
                        "external_id",
                        "my secret id!",
                        "body.config.external_id",
                        "external_id 'my secret id!' is invalid: use 2-1224"),
                Arguments.of("role_name", "", "body.config.role_name", "role_name '' is invalid: use 1-64"),
                Arguments.of("role_name", "read only", "body.config.role_name", "use 1-64 characters of letters"),
                Arguments.of("role_name", "r".repeat(65), "body.config.role_name", "use 1-64"),
                Arguments.of("handle_prefix", "AWS_", "body.config.handle_prefix", "lower-case letter"),
                Arguments.of("handle_prefix", "1aws", "body.config.handle_prefix", "start with a lower-case letter"),
                Arguments.of("handle_prefix", "aws__", "body.config.handle_prefix", "single underscores"),
                Arguments.of("handle_prefix", "aws-", "body.config.handle_prefix", "'aws-' is invalid"),
                Arguments.of("handle_prefix", "a".repeat(21), "body.config.handle_prefix", "at most 20 characters"),
                Arguments.of("regions", List.of(), "body.config.regions", "must not be empty"),
                Arguments.of("regions", "us-east-1", "body.config.regions", "must be a list of strings"),
                Arguments.of("regions", List.of(""), "body.config.regions[0]", "must not be empty"),
                Arguments.of("regions", List.of("US-EAST-1"), "body.config.regions[0]", "lower case"),
                Arguments.of("regions", List.of("useast1"), "body.config.regions[0]", "region name such as us-east-1"),
                Arguments.of(
                        "regions",
                        List.of("us-east-1", "us-east-1"),
                        "body.config.regions[1]",
                        "appears more than once"),
                Arguments.of("regions", List.of("us_*"), "body.config.regions[0]", "region wildcard"),
                Arguments.of("regions", List.of(7), "body.config.regions[0]", "entries must be strings"),
                Arguments.of("default_region", "us-*", "body.config.default_region", "no wildcards"),
                Arguments.of("default_region", "cn-north-1", "body.config.default_region", "not in partition aws"),
                Arguments.of(
                        "max_error_retry_attempts",
                        0,
                        "body.config.max_error_retry_attempts",
                        "max_error_retry_attempts 0 is invalid: use at least 1"),
                Arguments.of(
                        "max_error_retry_attempts",
                        "9",
                        "body.config.max_error_retry_attempts",
                        "must be a whole number"),
                Arguments.of(
                        "max_error_retry_attempts",
                        2.5,
                        "body.config.max_error_retry_attempts",
                        "must be a whole number"),
                Arguments.of(
                        "min_error_retry_delay",
                        0,
                        "body.config.min_error_retry_delay",
                        "min_error_retry_delay 0 is invalid: use at least 1 milliseconds"),
                Arguments.of(
                        "max_error_retry_attempts",
                        Integer.MAX_VALUE,
                        "body.config.max_error_retry_attempts",
                        "max_error_retry_attempts 2147483647 is invalid: use at most 100 attempts"),
                Arguments.of(
                        "max_error_retry_attempts",
                        101,
                        "body.config.max_error_retry_attempts",
                        "use at most 100 attempts"),
                Arguments.of(
                        "max_error_retry_attempts",
                        new BigInteger("99999999999999999999"),
                        "body.config.max_error_retry_attempts",
                        "99999999999999999999 is invalid: use at most 100 attempts"),
                Arguments.of(
                        "min_error_retry_delay",
                        Integer.MAX_VALUE,
                        "body.config.min_error_retry_delay",
                        "min_error_retry_delay 2147483647 is invalid: use at most 60000 milliseconds"),
                Arguments.of(
                        "min_error_retry_delay",
                        60_001,
                        "body.config.min_error_retry_delay",
                        "use at most 60000 milliseconds"),
                Arguments.of(
                        "min_error_retry_delay",
                        -5,
                        "body.config.min_error_retry_delay",
                        "min_error_retry_delay -5 is invalid: use at least 1 milliseconds"),
                Arguments.of(
                        "ignore_error_codes",
                        List.of("Access Denied"),
                        "body.config.ignore_error_codes[0]",
                        "AWS error code"),
                Arguments.of(
                        "ignore_error_codes",
                        List.of("AccessDenied", "AccessDenied"),
                        "body.config.ignore_error_codes[1]",
                        "appears more than once"),
                Arguments.of("ignore_error_codes", Map.of("a", 1), "body.config.ignore_error_codes", "must be a list"),
                Arguments.of(
                        "discovery_access_key",
                        TestData.ACCESS_KEY_ID,
                        "body.config.discovery_access_key",
                        "not allowed when discovery_mode is 'role'"),
                Arguments.of(
                        "discovery_secret_key",
                        TestData.SECRET_ACCESS_KEY,
                        "body.config.discovery_secret_key",
                        "not allowed when discovery_mode is 'role'"),
                Arguments.of("unknown_field", "x", "body.config.unknown_field", "unknown field 'unknown_field'"),
                Arguments.of(
                        "permissions",
                        Map.of("mode", "none"),
                        "body.config.permissions",
                        "top-level field of the request body"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidAccessKeyModeValues")
    void shouldRejectInvalidAccessKeyValue(String field, Object value, String expectedMessage) {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(TestData.accessKeyConfig(), field, value));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).location()).isEqualTo("body.config." + field);
        assertThat(errors.get(0).message()).contains(expectedMessage);
    }

    static Stream<Arguments> invalidAccessKeyModeValues() {
        return Stream.of(
                Arguments.of("discovery_access_key", "AKIA123", "AKIA followed by 16"),
                Arguments.of("discovery_access_key", "akiaexamplediscover1", "AKIA followed by 16"),
                Arguments.of("discovery_access_key", "ASIAEXAMPLEDISCOVER1", "temporary STS credentials"),
                Arguments.of("discovery_secret_key", "short", "the value is not repeated here"),
                Arguments.of("discovery_secret_key", "x".repeat(39) + " ", "40-128 of"),
                Arguments.of("discovery_role_arn", TestData.DISCOVERY_ROLE_ARN, "not allowed when discovery_mode is"),
                Arguments.of("discovery_external_id", TestData.DISCOVERY_EXTERNAL_ID, "not allowed when"));
    }

    @Test
    void shouldNeverRepeatInvalidSecret() {
        // given
        String secret = "not a valid secret but still private 12345";
        JsonNode config = JSON.valueToTree(TestData.with(TestData.accessKeyConfig(), "discovery_secret_key", secret));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).doesNotContain(secret);
    }

    @Test
    void shouldReportMissingFieldsWhenEmpty() {
        // given
        JsonNode config = JSON.createObjectNode();
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors)
                .extracting(ValidationError::location)
                .containsExactly("body.config.discovery_mode", "body.config.role_name");
    }

    @Test
    void shouldRequireRoleArnInRoleMode() {
        // given
        JsonNode config = JSON.valueToTree(Map.of(
                "discovery_mode", "role",
                "role_name", TestData.MEMBER_ROLE_NAME,
                "external_id", TestData.MEMBER_EXTERNAL_ID));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.config.discovery_role_arn");
        assertThat(errors.get(0).message()).contains("required when discovery_mode is 'role'");
    }

    @Test
    void shouldRequireExternalIdsWhenRuleGeneratesNone() {
        // given
        JsonNode config = JSON.valueToTree(Map.of(
                "discovery_mode", "role",
                "discovery_role_arn", TestData.DISCOVERY_ROLE_ARN,
                "role_name", TestData.MEMBER_ROLE_NAME));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE.requiringValues(), errors);

        // then
        assertThat(errors)
                .extracting(ValidationError::location)
                .containsExactly("body.config.discovery_external_id", "body.config.external_id");
        assertThat(errors.get(0).message()).contains("required when discovery_mode is 'role'");
    }

    @Test
    void shouldGenerateExternalIdsWithOwnerPrefix() {
        // given
        Map<String, Object> body = TestData.without(TestData.roleConfig(), "discovery_external_id");
        JsonNode config = JSON.valueToTree(TestData.without(body, "external_id"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.discoveryExternalId()).matches("o_examplecorp:[A-Za-z0-9]{8}");
        assertThat(read.externalId()).matches("o_examplecorp:[A-Za-z0-9]{8}");
        assertThat(read.externalId()).isNotEqualTo(read.discoveryExternalId());
    }

    @Test
    void shouldRejectOtherOrgsExternalId() {
        // given
        JsonNode config = JSON.valueToTree(TestData.roleConfig("o_otherorg0000000000000"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig read = AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(read).isNull();
        assertThat(errors)
                .extracting(ValidationError::location)
                .containsExactly("body.config.discovery_external_id", "body.config.external_id");
        assertThat(errors.get(0).message())
                .isEqualTo("discovery_external_id 'o_otherorg0000000000000:d1sc0v3r' must start with this org's id"
                        + " followed by a colon, 'o_examplecorp:', because the platform ties each external ID to"
                        + " one org so that no other customer can use your role");
        assertThat(errors.get(1).message()).contains("must start with this org's id followed by a colon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"o_examplecorp:", "o_examplecorp:abc1234", "o_examplecorp::"})
    void shouldRejectShortSuffix(String externalId) {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(TestData.roleConfig(), "external_id", externalId));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).location()).isEqualTo("body.config.external_id");
        assertThat(errors.get(0).message()).contains("needs at least 8 characters after 'o_examplecorp:'");
    }

    @Test
    void shouldAcceptEightCharacterSuffix() {
        // given
        JsonNode config =
                JSON.valueToTree(TestData.with(TestData.roleConfig(), "external_id", "o_examplecorp:abc12345"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectOrgPrefixForTenantIntegration() {
        // given
        JsonNode config = JSON.valueToTree(TestData.roleConfig());
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, ExternalIdRule.forTenant("t_corp"), errors);

        // then
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).message())
                .contains("must start with this tenant's id followed by a colon, 't_corp:'")
                .contains("ties each external ID to one tenant");
    }

    @Test
    void shouldCheckExternalIdOfUpdate() {
        // given
        AwsIntegrationConfig current =
                AwsConfigReader.readNew(JSON.valueToTree(TestData.roleConfig()), RULE, new ArrayList<>());
        JsonNode patch = JSON.valueToTree(Map.of("external_id", "o_victim:k3y4ex4m"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig updated = AwsConfigReader.readUpdate(current, false, patch, RULE, errors);

        // then
        assertThat(updated).isNull();
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.config.external_id");
        assertThat(errors.get(0).message()).contains("'o_examplecorp:'");
    }

    @Test
    void shouldGenerateExternalIdWhenUpdateSendsNull() {
        // given
        AwsIntegrationConfig current =
                AwsConfigReader.readNew(JSON.valueToTree(TestData.roleConfig()), RULE, new ArrayList<>());
        JsonNode patch = JSON.createObjectNode().putNull("external_id");
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig updated = AwsConfigReader.readUpdate(current, false, patch, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(updated.externalId()).matches("o_examplecorp:[A-Za-z0-9]{8}");
        assertThat(updated.discoveryExternalId()).isEqualTo(TestData.DISCOVERY_EXTERNAL_ID);
    }

    @ParameterizedTest
    @ValueSource(ints = {1234567, 0})
    void shouldNeverRepeatNonStringSecret(int secret) {
        // given
        JsonNode config = JSON.valueToTree(TestData.with(TestData.accessKeyConfig(), "discovery_secret_key", secret));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).isEqualTo("discovery_secret_key must be a string, not a number");
    }

    @Test
    void shouldNeverRepeatSecretInList() {
        // given
        JsonNode config = JSON.valueToTree(
                TestData.with(TestData.accessKeyConfig(), "discovery_secret_key", List.of("privateListSecret")));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).doesNotContain("privateListSecret");
    }

    @Test
    void shouldCutLongValuesInMessages() {
        // given
        String roleName = "r".repeat(2_000_000);
        JsonNode config = JSON.valueToTree(TestData.with(TestData.roleConfig(), "role_name", roleName));
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(config, RULE, errors);

        // then
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message())
                .startsWith("role_name '" + "r".repeat(64) + "...' is invalid")
                .hasSizeLessThan(200);
    }

    @Test
    void shouldRejectMissingConfig() {
        // given
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readNew(null, RULE, errors);

        // then
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.config");
    }

    @Test
    void shouldKeepStoredSecretWhenKeyUnchanged() {
        // given
        AwsIntegrationConfig current =
                AwsConfigReader.readNew(JSON.valueToTree(TestData.accessKeyConfig()), RULE, new ArrayList<>());
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig updated = AwsConfigReader.readUpdate(
                current, true, JSON.valueToTree(Map.of("regions", List.of("eu-*"))), RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(updated.discoverySecretKey()).isNull();
        assertThat(updated.regions()).containsExactly("eu-*");
        assertThat(current.discoveryDiffers(updated)).isFalse();
    }

    @Test
    void shouldResetDefaultWhenUpdateSendsNull() {
        // given
        AwsIntegrationConfig current = AwsConfigReader.readNew(
                JSON.valueToTree(TestData.with(TestData.roleConfig(), "max_error_retry_attempts", 3)),
                RULE,
                new ArrayList<>());
        JsonNode patch = JSON.createObjectNode().putNull("max_error_retry_attempts");
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsIntegrationConfig updated = AwsConfigReader.readUpdate(current, false, patch, RULE, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(updated.maxErrorRetryAttempts()).isEqualTo(9);
    }

    @Test
    void shouldRejectNullForRequiredField() {
        // given
        AwsIntegrationConfig current =
                AwsConfigReader.readNew(JSON.valueToTree(TestData.roleConfig()), RULE, new ArrayList<>());
        JsonNode patch = JSON.createObjectNode().putNull("role_name");
        List<ValidationError> errors = new ArrayList<>();

        // when
        AwsConfigReader.readUpdate(current, false, patch, RULE, errors);

        // then
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.config.role_name");
    }
}
