package io.orgbridge.awssim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixtureLoaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldLoadExampleOrganization() {
        // when
        Fixture fixture = FixtureLoader.exampleCorp();

        // then
        assertThat(fixture.organization().id()).isEqualTo("o-ex4mpl3c0rp");
        assertThat(fixture.root().id()).isEqualTo("r-ex4m");
        assertThat(fixture.allOrganizationalUnits()).hasSize(22);
        assertThat(fixture.allAccounts()).hasSize(44);
        assertThat(fixture.iam().roles()).hasSize(2);
        assertThat(fixture.iam().accessKeys()).hasSize(1);
    }

    @Test
    void shouldLoadFixtureFile(@TempDir Path directory) throws IOException {
        // given
        Path file = directory.resolve("org.json");
        Files.writeString(file, exampleJson().toString());

        // when
        Fixture fixture = FixtureLoader.load(file);

        // then
        assertThat(fixture.allAccounts()).hasSize(44);
    }

    @Test
    void shouldTreatMissingIamAsEmpty() {
        // given
        ObjectNode json = exampleJson();
        json.remove("iam");

        // when
        Fixture fixture = FixtureLoader.parse(json.toString(), "test");

        // then
        assertThat(fixture.iam().roles()).isEmpty();
        assertThat(fixture.iam().accessKeys()).isEmpty();
    }

    static Stream<Arguments> invalidFixtures() {
        return Stream.of(
                invalid("bad account id", json -> rootAccount(json).put("id", "12345"), "root.accounts[0].id: '12345'"),
                invalid(
                        "unknown state",
                        json -> rootAccount(json).put("state", "GONE"),
                        "root.accounts[0].state: 'GONE' is not one of"),
                invalid(
                        "duplicate account id",
                        json -> firstOu(json)
                                .withArray("accounts")
                                .add(rootAccount(json).deepCopy()),
                        "'111111111111' is a duplicate id"),
                invalid("too deep", FixtureLoaderTest::nestSixDeep, "nested 6 levels deep; the maximum is 5"),
                invalid(
                        "unknown field",
                        json -> rootAccount(json).put("status", "ACTIVE"),
                        "root.accounts[0].status: unknown field"),
                invalid(
                        "bad timestamp",
                        json -> rootAccount(json).put("joinedTimestamp", "yesterday"),
                        "root.accounts[0].joinedTimestamp: 'yesterday' is not an ISO 8601 timestamp"),
                invalid(
                        "non-ASCII account name",
                        json -> rootAccount(json).put("name", "Zürich"),
                        "root.accounts[0].name: 'Zürich' contains characters outside printable ASCII"),
                invalid(
                        "management account missing",
                        json -> ((ObjectNode) json.get("organization")).put("managementAccountId", "123456789012"),
                        "organization.managementAccountId: '123456789012' is not an account of the tree"),
                invalid(
                        "bad partition",
                        json -> ((ObjectNode) json.get("organization")).put("partition", "aws-mars"),
                        "organization.partition: 'aws-mars' is not one of"),
                invalid(
                        "duplicate sibling OU name",
                        json -> ((ObjectNode) json.get("root")
                                        .withArray("organizationalUnits")
                                        .get(1))
                                .put("name", "Security"),
                        "root.organizationalUnits[1].name: 'Security' is already the name of a sibling OU"),
                invalid(
                        "bad OU id",
                        json -> firstOu(json).put("id", "ou-x"),
                        "root.organizationalUnits[0].id: 'ou-x' does not match"),
                invalid(
                        "bad external id",
                        json -> role(json, 0).put("externalId", "x"),
                        "iam.roles[0].externalId: 'x' is not 2-1224 characters"),
                invalid(
                        "bad role accounts",
                        json -> role(json, 0).put("accounts", "all"),
                        "iam.roles[0].accounts: 'all' is neither \"*\" nor a list of account ids"),
                invalid(
                        "bad access key id",
                        json -> ((ObjectNode)
                                        json.get("iam").withArray("accessKeys").get(0))
                                .put("accessKeyId", "ASIAEXAMPLE0000000001"),
                        "iam.accessKeys[0].accessKeyId: 'ASIAEXAMPLE0000000001' does not match"),
                invalid("missing root", json -> json.remove("root"), "root: is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void shouldRejectInvalidFixture(String description, Consumer<ObjectNode> mutation, String expectedProblem) {
        // given
        ObjectNode json = exampleJson();
        mutation.accept(json);

        // when / then
        assertThatThrownBy(() -> FixtureLoader.parse(json.toString(), "broken.json"))
                .isInstanceOf(InvalidFixtureException.class)
                .hasMessageStartingWith("Invalid fixture broken.json")
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        // given
        ObjectNode json = exampleJson();
        rootAccount(json).put("id", "1");
        rootAccount(json).put("email", "nobody");

        // when / then
        assertThatThrownBy(() -> FixtureLoader.parse(json.toString(), "broken.json"))
                .isInstanceOfSatisfying(InvalidFixtureException.class, e -> assertThat(e.problems())
                        .anyMatch(problem -> problem.startsWith("root.accounts[0].id"))
                        .anyMatch(problem -> problem.startsWith("root.accounts[0].email")));
    }

    @Test
    void shouldRejectMalformedJson() {
        assertThatThrownBy(() -> FixtureLoader.parse("{\"organization\": ", "truncated.json"))
                .isInstanceOf(InvalidFixtureException.class)
                .hasMessageContaining("Invalid fixture truncated.json");
    }

    @Test
    void shouldRejectMissingFile(@TempDir Path directory) {
        Path missing = directory.resolve("missing.json");

        assertThatThrownBy(() -> FixtureLoader.load(missing))
                .isInstanceOf(InvalidFixtureException.class)
                .hasMessageContaining("cannot read the file");
    }

    static ObjectNode exampleJson() {
        try (InputStream in = FixtureLoader.class.getResourceAsStream(FixtureLoader.EXAMPLE_CORP_RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arguments invalid(String description, Consumer<ObjectNode> mutation, String expectedProblem) {
        return Arguments.of(description, mutation, expectedProblem);
    }

    private static ObjectNode rootAccount(ObjectNode json) {
        return (ObjectNode) json.get("root").withArray("accounts").get(0);
    }

    private static ObjectNode firstOu(ObjectNode json) {
        return (ObjectNode) json.get("root").withArray("organizationalUnits").get(0);
    }

    private static ObjectNode role(ObjectNode json, int index) {
        return (ObjectNode) json.get("iam").withArray("roles").get(index);
    }

    /** Hangs a chain of six OUs below the root. */
    private static void nestSixDeep(ObjectNode json) {
        ArrayNode siblings = json.get("root").withArray("organizationalUnits");
        for (int level = 1; level <= 6; level++) {
            ObjectNode unit = siblings.addObject();
            unit.put("id", "ou-ex4m-deep000" + level);
            unit.put("name", "Level " + level);
            unit.putArray("accounts");
            siblings = unit.putArray("organizationalUnits");
        }
    }
}
