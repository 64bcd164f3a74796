package io.orgbridge.awssim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads organization fixtures from files, strings or the bundled example, and validates them. */
public final class FixtureLoader {

    /** Classpath location of the bundled example organization (22 OUs, 44 accounts). */
    public static final String EXAMPLE_CORP_RESOURCE = "/io/orgbridge/awssim/example-corp.json";

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private FixtureLoader() {}

    public static Fixture load(Path path) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidFixtureException(path.toString(), "cannot read the file: " + e, e);
        }
        return parse(json, path.toString());
    }

    /** Parses and validates fixture JSON; {@code source} names the input in error messages. */
    public static Fixture parse(String json, String source) {
        Fixture fixture;
        try {
            fixture = MAPPER.readValue(json, Fixture.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidFixtureException(source, describeUnknownField(e), e);
        } catch (JsonMappingException e) {
            throw new InvalidFixtureException(source, jsonPath(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidFixtureException(source, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (fixture == null) {
            throw new InvalidFixtureException(source, List.of("the document is empty"));
        }
        List<String> problems = new FixtureValidator().validate(fixture);
        if (!problems.isEmpty()) {
            throw new InvalidFixtureException(source, problems);
        }
        return withDefaults(fixture);
    }

    /** Loads the example organization bundled with the simulator. */
    public static Fixture exampleCorp() {
        try (InputStream in = FixtureLoader.class.getResourceAsStream(EXAMPLE_CORP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + EXAMPLE_CORP_RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + EXAMPLE_CORP_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fixture withDefaults(Fixture fixture) {
        if (fixture.iam() != null) {
            return fixture;
        }
        return new Fixture(fixture.organization(), fixture.root(), Fixture.IamSpec.EMPTY);
    }

    private static String describeUnknownField(UnrecognizedPropertyException e) {
        String known =
                e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return jsonPath(e) + ": unknown field; expected one of: " + known;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(document)" : path.toString();
    }
}
