package io.orgbridge.awssim;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs src/test/sh/cli-check.sh, which checks the simulator with the AWS CLI, against an in-process simulator. */
class CliCheckTest {

    private static final Path SCRIPT = Path.of("src/test/sh/cli-check.sh");

    @Test
    void awsCliAgreesWithSimulator() throws IOException, InterruptedException {
        // given
        assumeTrue(onPath("aws"), "the AWS CLI ('aws') is not on PATH; install the awscli package to run this check");
        assumeTrue(onPath("python3"), "python3 is not on PATH; the CLI check script needs it");

        try (AwsSimulator simulator = AwsSimulator.start(SimulatorConfig.exampleCorp())) {
            // when
            ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
            builder.environment().put("SIM_ENDPOINT", simulator.endpoint().toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);

            // then
            assertThat(finished).as("cli-check.sh finished within 120 s").isTrue();
            assertThat(process.exitValue())
                    .as("cli-check.sh exit code; output:%n%s", output)
                    .isZero();
            assertThat(output)
                    .contains("cli-check: 9 output checks passed, 0 checks failed")
                    .doesNotContain("FAILED");
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
