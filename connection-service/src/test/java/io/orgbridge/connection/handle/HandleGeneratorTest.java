package io.orgbridge.connection.handle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.orgbridge.connection.handle.HandleGenerator.HandleRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandleGeneratorTest {

    private static final String ID = "200000012221";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Payments Prod EU        | aws_payments_prod_eu",
                "CI/CD Prod              | aws_ci_cd_prod",
                "R&D Experiments         | aws_r_d_experiments",
                "Identity.Center         | aws_identity_center",
                "2024 Hackathon          | aws_2024_hackathon",
                "Security Tooling (Test) | aws_security_tooling_test",
                "security-breakglass     | aws_security_breakglass",
                "Acquired Co - Main      | aws_acquired_co_main",
                "Example Corp Management | aws_example_corp_management",
                "'  --Leading and trailing--  ' | aws_leading_and_trailing",
                "a__b...c                | aws_a_b_c",
                "UPPER lower 123         | aws_upper_lower_123"
            })
    void shouldGenerateHandleWithAwsPrefix(String name, String expected) {
        // when
        String handle = HandleGenerator.candidate("aws_", name, ID);

        // then
        assertThat(handle).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024 Hackathon   | aws_2024_hackathon",
                "Default          | aws_default",
                "Payments Prod EU | payments_prod_eu",
                "user             | aws_user",
                "Order            | aws_order",
                "TABLE            | aws_table",
                "All              | aws_all",
                "public           | aws_public",
                "Information Schema | aws_information_schema",
                "all_aws          | aws_all_aws",
                "All AWS          | aws_all_aws",
                "pg_catalog       | aws_pg_catalog",
                "PG Admin         | aws_pg_admin",
                "steampipe_command | aws_steampipe_command",
                "Steampipe Internal | aws_steampipe_internal",
                "pgadmin          | pgadmin",
                "steampipe        | steampipe",
                "users            | users",
                "defaults         | defaults"
            })
    void shouldProtectDigitsAndReservedNamesWithoutPrefix(String name, String expected) {
        // when
        String handle = HandleGenerator.candidate("", name, ID);

        // then
        assertThat(handle).isEqualTo(expected);
    }

    static Stream<String> reservedKeyWords() {
        return ReservedNames.POSTGRESQL_RESERVED_KEY_WORDS.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("reservedKeyWords")
    void shouldPrefixEveryReservedKeyWord(String keyWord) {
        // when
        String handle = HandleGenerator.candidate("", keyWord.toUpperCase(), ID);

        // then
        assertThat(handle).isEqualTo("aws_" + keyWord);
    }

    @Test
    void shouldListAllPostgresql15ReservedKeyWords() {
        // then: 77 "reserved" plus 23 "reserved (can be function or type)" key words of PostgreSQL 15
        assertThat(ReservedNames.POSTGRESQL_RESERVED_KEY_WORDS).hasSize(100);
        assertThat(ReservedNames.POSTGRESQL_RESERVED_KEY_WORDS)
                .contains("default", "user", "all", "order", "table", "left", "join", "verbose", "authorization");
        assertThat(ReservedNames.POSTGRESQL_RESERVED_KEY_WORDS).doesNotContain("abort", "account", "data", "name");
    }

    @Test
    void shouldNotReserveNonReservedKeyWords() {
        // then
        assertThat(HandleGenerator.candidate("", "Data", ID)).isEqualTo("data");
        assertThat(HandleGenerator.candidate("", "Account", ID)).isEqualTo("account");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "", "   ", "---", "日本語", "()"})
    void shouldUseAccountIdWhenNameHasNoUsableCharacter(String name) {
        // then
        assertThat(HandleGenerator.candidate("", name, ID)).isEqualTo("aws_" + ID);
        assertThat(HandleGenerator.candidate("aws_", name, ID)).isEqualTo("aws_" + ID);
        assertThat(HandleGenerator.candidate("acme_", name, ID)).isEqualTo("acme_" + ID);
    }

    @Test
    void shouldUseAccountIdWhenNameIsNull() {
        // then
        assertThat(HandleGenerator.candidate("aws_", null, ID)).isEqualTo("aws_" + ID);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Café Ops      | aws_caf_ops",
                "Ünïcödé       | aws_n_c_d",
                "Zürich Prod   | aws_z_rich_prod",
                "Ops 日本 Team | aws_ops_team",
                "İSTANBUL      | aws_i_stanbul"
            })
    void shouldTreatNonAsciiLettersAsSeparators(String name, String expected) {
        // then
        assertThat(HandleGenerator.candidate("aws_", name, ID)).isEqualTo(expected);
    }

    @Test
    void shouldCutToThirtyNineCharacters() {
        // when
        String handle = HandleGenerator.candidate("aws_", "abcdefghij abcdefghij abcdefghij abcdefghij", ID);

        // then
        assertThat(handle).isEqualTo("aws_abcdefghij_abcdefghij_abcdefghij_ab");
        assertThat(handle).hasSize(39);
    }

    @Test
    void shouldTrimTrailingUnderscoreAfterCut() {
        // given: the 39th character is the separator before "tail"
        String name = "a".repeat(34) + " tail";

        // when
        String handle = HandleGenerator.candidate("aws_", name, ID);

        // then
        assertThat(handle).isEqualTo("aws_" + "a".repeat(34));
        assertThat(handle).hasSize(38);
    }

    @Test
    void shouldKeepShortNameWhole() {
        // then
        assertThat(HandleGenerator.candidate("aws_", "x", ID)).isEqualTo("aws_x");
        assertThat(HandleGenerator.candidate("", "x", ID)).isEqualTo("x");
    }

    @Test
    void shouldPrependPrefixWithoutUnderscoreAsGiven() {
        // then
        assertThat(HandleGenerator.candidate("aws", "Dev", ID)).isEqualTo("awsdev");
        assertThat(HandleGenerator.candidate("acme", "Payments Prod", ID)).isEqualTo("acmepayments_prod");
    }

    @Test
    void shouldProtectPrefixThatStartsWithDigit() {
        // then
        assertThat(HandleGenerator.candidate("9x", "Dev", ID)).isEqualTo("aws_9xdev");
        assertThat(HandleGenerator.candidate("9x_", "Dev", ID)).isEqualTo("aws_9x_dev");
    }

    @Test
    void shouldProtectPrefixThatMakesReservedName() {
        // then
        assertThat(HandleGenerator.candidate("pg_", "Dev", ID)).isEqualTo("aws_pg_dev");
        assertThat(HandleGenerator.candidate("steampipe_", "Dev", ID)).isEqualTo("aws_steampipe_dev");
        assertThat(HandleGenerator.candidate("us", "er", ID)).isEqualTo("aws_user");
    }

    @ParameterizedTest(name = "prefix {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "AWS_ | aws_dev",
                "aws-  | aws_dev",
                "aws__ | aws_dev",
                "_aws_ | aws_dev",
                "Acme | acmedev",
                "___ | dev"
            })
    void shouldCleanInvalidPrefix(String prefix, String expected) {
        // then
        assertThat(HandleGenerator.candidate(prefix.strip(), "Dev", ID)).isEqualTo(expected);
    }

    @Test
    void shouldKeepLongPrefixValid() {
        // when
        String handle = HandleGenerator.candidate("a_very_long_prefix_for_every_handle_x_", "Dev", ID);

        // then
        assertThat(handle).isEqualTo("a_very_long_prefix_for_every_handle_x_d");
        assertThat(HandleGenerator.isValid(handle)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890123", "abcdefghijkl", ""})
    void shouldRejectInvalidAccountId(String accountId) {
        // then
        assertThatThrownBy(() -> HandleGenerator.candidate("aws_", "Dev", accountId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 digits");
    }

    @Test
    void shouldAppendAccountIdOnCollision() {
        // given
        Set<String> taken = new HashSet<>(Set.of("aws_development"));

        // when
        String handle = HandleGenerator.firstFree("aws_development", "200000023331", taken);

        // then
        assertThat(handle).isEqualTo("aws_development_200000023331");
    }

    @Test
    void shouldCutNameBeforeAccountIdSuffix() {
        // given
        String candidate = HandleGenerator.candidate("aws_", "abcdefghij abcdefghij abcdefghij abcdefghij", ID);

        // when
        String handle = HandleGenerator.withSuffix(candidate, ID);

        // then: the 26-character head would end in "_", so it is trimmed
        assertThat(handle).isEqualTo("aws_abcdefghij_abcdefghij_" + ID);
        assertThat(handle).hasSizeLessThanOrEqualTo(39);
        assertThat(HandleGenerator.isValid(handle)).isTrue();
    }

    @Test
    void shouldCutFullLengthNameBeforeSuffix() {
        // given
        String candidate = "aws_" + "b".repeat(35);

        // when
        String handle = HandleGenerator.withSuffix(candidate, ID);

        // then
        assertThat(handle).isEqualTo("aws_" + "b".repeat(22) + "_" + ID);
        assertThat(handle).hasSize(39);
    }

    @Test
    void shouldNumberSuffixWhenSuffixTaken() {
        // given: hand-made connections occupy both forms
        Set<String> taken = new HashSet<>(Set.of("aws_dev", "aws_dev_" + ID, "aws_dev_" + ID + "_2"));

        // when
        String handle = HandleGenerator.firstFree("aws_dev", ID, taken);

        // then
        assertThat(handle).isEqualTo("aws_dev_" + ID + "_3");
    }

    @Test
    void shouldGiveLowerAccountIdThePlainHandle() {
        // given
        List<HandleRequest> requests = List.of(
                new HandleRequest("200000023331", "Development", "ACTIVE"),
                new HandleRequest("200000022220", "Development", "ACTIVE"));

        // when
        Map<String, String> handles = HandleGenerator.assign("aws_", requests, new HashSet<>());

        // then
        assertThat(handles)
                .containsEntry("200000022220", "aws_development")
                .containsEntry("200000023331", "aws_development_200000023331");
    }

    @Test
    void shouldResolveNamesThatDifferOnlyInPunctuation() {
        // given
        List<HandleRequest> requests = List.of(
                new HandleRequest("200000034441", "dev team", "ACTIVE"),
                new HandleRequest("200000033330", "Dev-Team", "ACTIVE"));

        // when
        Map<String, String> handles = HandleGenerator.assign("aws_", requests, new HashSet<>());

        // then
        assertThat(handles)
                .containsEntry("200000033330", "aws_dev_team")
                .containsEntry("200000034441", "aws_dev_team_200000034441");
    }

    @Test
    void shouldPlaceActiveAccountsBeforeSuspendedOnes() {
        // given: the suspended account has the lowest id of the three
        List<HandleRequest> requests = List.of(
                new HandleRequest("200000037774", "Sandbox", "SUSPENDED"),
                new HandleRequest("200000032219", "sandbox", "ACTIVE"),
                new HandleRequest("200000031108", "Sandbox", "ACTIVE"),
                new HandleRequest("100000000001", "Sandbox", "SUSPENDED"));

        // when
        Map<String, String> handles = HandleGenerator.assign("aws_", requests, new HashSet<>());

        // then
        assertThat(handles)
                .containsEntry("200000031108", "aws_sandbox")
                .containsEntry("200000032219", "aws_sandbox_200000032219")
                .containsEntry("100000000001", "aws_sandbox_100000000001")
                .containsEntry("200000037774", "aws_sandbox_200000037774");
        assertThat(handles.keySet()).containsExactly("200000031108", "200000032219", "100000000001", "200000037774");
    }

    @Test
    void shouldAvoidHandlesTakenInScope() {
        // given: another integration and a hand-made connection hold these handles
        Set<String> taken = new HashSet<>(Set.of("aws_payments_prod", "aws_log_archive"));
        List<HandleRequest> requests = List.of(
                new HandleRequest("200000011110", "Payments Prod", "ACTIVE"),
                new HandleRequest("200000001111", "Log Archive", "ACTIVE"));

        // when
        Map<String, String> handles = HandleGenerator.assign("aws_", requests, taken);

        // then
        assertThat(handles)
                .containsEntry("200000011110", "aws_payments_prod_200000011110")
                .containsEntry("200000001111", "aws_log_archive_200000001111");
        assertThat(taken).contains("aws_payments_prod_200000011110", "aws_log_archive_200000001111");
    }

    @Test
    void shouldRecogniseHandlesGeneratedFromName() {
        // given
        String candidate = HandleGenerator.candidate("aws_", "Development", "200000023331");

        // then
        assertThat(HandleGenerator.isGeneratedFrom("aws_development", candidate, "200000023331"))
                .isTrue();
        assertThat(HandleGenerator.isGeneratedFrom("aws_development_200000023331", candidate, "200000023331"))
                .isTrue();
        assertThat(HandleGenerator.isGeneratedFrom("aws_development_200000023331_2", candidate, "200000023331"))
                .isTrue();
        assertThat(HandleGenerator.isGeneratedFrom("aws_development_200000022220", candidate, "200000023331"))
                .isFalse();
        assertThat(HandleGenerator.isGeneratedFrom("aws_develop", candidate, "200000023331"))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "aws_dev", "a1", "a_1", "abc_def_ghi", "a23456789012345678901234567890123456789"})
    void shouldAcceptValidHandles(String handle) {
        // then
        assertThat(HandleGenerator.isValid(handle)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "1a", "_a", "a_", "a__b", "A", "a-b", "aws dev", "a234567890123456789012345678901234567890"})
    void shouldRejectInvalidHandles(String handle) {
        // then
        assertThat(HandleGenerator.isValid(handle)).isFalse();
        assertThatThrownBy(() -> HandleGenerator.requireValid(handle))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not match");
    }

    static Stream<Arguments> prefixes() {
        return Stream.of("", "aws_", "aws", "acme_", "9x", "pg_", "x_", "a_very_long_prefix_for_every_handle_x_")
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("prefixes")
    void shouldAlwaysGenerateValidHandles(String prefix) {
        // given: random names of printable ASCII, the character set AWS allows in account names
        Random random = new Random(20260105L);
        Set<String> taken = new HashSet<>();
        List<HandleRequest> requests = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(50);
            for (int c = 0; c < length; c++) {
                name.append((char) (32 + random.nextInt(95)));
            }
            String accountId = String.format("%012d", 300000000000L + random.nextInt(1000));
            requests.add(new HandleRequest(accountId, name.toString(), "ACTIVE"));
        }
        List<HandleRequest> unique = requests.stream()
                .collect(Collectors.toMap(HandleRequest::accountId, r -> r, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .toList();

        // when
        Map<String, String> handles = HandleGenerator.assign(prefix, unique, taken);

        // then
        assertThat(handles).hasSize(unique.size());
        assertThat(handles.values()).allMatch(HandleGenerator::isValid);
        assertThat(handles.values()).doesNotHaveDuplicates();
        assertThat(handles.values()).noneMatch(ReservedNames::isReserved);
    }
}
