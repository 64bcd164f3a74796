package io.orgbridge.awssim;

import java.util.List;

/** Raised when a fixture file cannot be read, is not valid JSON or breaks a rule of the fixture format. */
public final class InvalidFixtureException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidFixtureException(String source, List<String> problems) {
        super("Invalid fixture " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    InvalidFixtureException(String source, String problem, Throwable cause) {
        super("Invalid fixture " + source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Returns one message per problem found, each starting with the JSON path of the field. */
    public List<String> problems() {
        return problems;
    }
}
