package io.orgbridge.awssim;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line entry point of the standalone simulator jar. It runs until the process gets SIGTERM
 * or SIGINT. The simulator is a test double and must never be deployed to production.
 */
public final class SimulatorMain {

    private static final System.Logger LOG = System.getLogger(SimulatorMain.class.getName());

    static final int DEFAULT_PORT = 9599;

    static final String USAGE =
            """
            Usage: java -jar aws-simulator-standalone.jar [options]

            Test double of AWS STS, AWS Organizations and Account Management PutAccountName.
            Never deploy it to production.

            Options:
              --port PORT                   TCP port to listen on; 0 picks a free port (default 9599)
              --bind ADDRESS                address to listen on (default 127.0.0.1)
              --fixture PATH                organization fixture JSON (default: the bundled example-corp)
              --no-throttling               do not rate limit Organizations calls
              --platform-key KEY:SECRET[:ACCOUNT]
                                            long-term key of the platform principal; repeatable; replaces
                                            the default AKIAORGBRIDGEPLATFORM key (account 999999999999)
              --create-account-delay SECONDS  time CreateAccount stays IN_PROGRESS (default 0)
              --close-account-delay SECONDS   time a closed account stays PENDING_CLOSURE (default 0)
              --help                        print this help
            """;

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.print(USAGE);
            return;
        }
        AwsSimulator simulator = AwsSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.log(Level.INFO, "Shutdown requested");
                            simulator.close();
                            stopped.countDown();
                        },
                        "aws-simulator-shutdown"));
        stopped.await();
    }

    /** Parses the command line and returns null when help was requested. */
    static SimulatorConfig parse(String[] args) {
        SimulatorConfig.Builder builder = SimulatorConfig.builder().port(DEFAULT_PORT);
        List<PlatformPrincipal> platformPrincipals = new ArrayList<>();
        Path fixture = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--port" -> builder.port(parsePort(value(args, ++i, option)));
                case "--bind" -> builder.bindAddress(value(args, ++i, option));
                case "--fixture" -> fixture = Path.of(value(args, ++i, option));
                case "--no-throttling" -> builder.throttling(false);
                case "--platform-key" -> platformPrincipals.add(PlatformPrincipal.parse(value(args, ++i, option)));
                case "--create-account-delay" -> builder.createAccountDelay(
                        parseSeconds(value(args, ++i, option), option));
                case "--close-account-delay" -> builder.closeAccountDelay(
                        parseSeconds(value(args, ++i, option), option));
                default -> throw new IllegalArgumentException("Unknown option: " + option);
            }
        }
        if (fixture != null) {
            builder.fixture(fixture);
        } else {
            LOG.log(Level.INFO, "No --fixture given; serving the bundled example organization");
            builder.fixture(FixtureLoader.exampleCorp());
        }
        if (!platformPrincipals.isEmpty()) {
            builder.platformPrincipals(platformPrincipals);
        }
        return builder.build();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value for " + option);
        }
        return args[index];
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --port '" + value + "': expected a number 0-65535");
        }
    }

    private static Duration parseSeconds(String value, String option) {
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "': expected whole seconds");
        }
    }
}
