package io.orgbridge.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orgbridge.awssim.PlatformPrincipal;
import io.orgbridge.testsupport.TestKeys;
import io.orgbridge.testsupport.TestTokens;

/**
 * The four services started as processes against one Kafka broker, one PostgreSQL server and an
 * AWS endpoint, each run with fresh databases and a fresh topic prefix so that runs never see each
 * other's data.
 */
public final class Suite implements AutoCloseable {

    static final String DB_USER = "orgbridge";
    static final String DB_PASSWORD = "orgbridge";

    /** Keys for the end-to-end test and the demo only; production keys come from a Kubernetes Secret. */
    private static final String STORAGE_KEY = "c3RvcmFnZS1rZXktZm9yLWUyZS1hbmQtZGVtby11c2U=";

    private static final String TRANSPORT_KEY = "dHJhbnNwb3J0LWtleS1mb3ItZTJlLWFuZC1kZW1vISE=";

    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, URI> uris = new HashMap<>();

    /**
     * Where the suite runs.
     *
     * @param databaseSuffix appended to each service's database name, such as {@code _e2e}
     * @param extraConfig further properties given to every service, such as a smaller page size
     */
    public record Options(
            Path repoRoot,
            String kafkaBootstrap,
            String postgresHost,
            int postgresPort,
            String databaseSuffix,
            String topicPrefix,
            URI awsEndpoint,
            Path logDir,
            Map<String, String> extraConfig) {}

    private Suite() {}

    /** Starts permission-, integration-, connection- and discovery-service, in that order. */
    public static Suite start(Options options) {
        Suite suite = new Suite();
        List<String> names = List.of("permission", "integration", "connection", "discovery");
        Databases.recreate(
                options.postgresHost(),
                options.postgresPort(),
                names.stream()
                        .map(n -> "orgbridge_" + n + options.databaseSuffix())
                        .toList());
        try {
            for (String name : names) {
                suite.startService(options, name);
            }
        } catch (IOException | RuntimeException e) {
            suite.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return suite;
    }

    public URI permissionService() {
        return uris.get("permission");
    }

    public URI integrationService() {
        return uris.get("integration");
    }

    public URI connectionService() {
        return uris.get("connection");
    }

    public URI discoveryService() {
        return uris.get("discovery");
    }

    public List<ServiceProcess> processes() {
        return List.copyOf(processes);
    }

    private void startService(Options options, String name) throws IOException {
        Map<String, String> config = commonConfig(options, name);
        if (name.equals("integration") || name.equals("discovery")) {
            config.putAll(awsConfig(options));
        }
        if (name.equals("integration")) {
            config.put("orgbridge.permission-service.url", permissionService().toString());
            config.put(
                    "quarkus.rest-client.permission-service.url",
                    permissionService().toString());
        }
        ServiceProcess process =
                ServiceProcess.start(options.repoRoot(), name + "-service", freePort(), config, options.logDir());
        processes.add(process);
        uris.put(name, process.baseUri());
    }

    private static Map<String, String> commonConfig(Options options, String name) {
        String database =
                options.postgresHost() + ":" + options.postgresPort() + "/orgbridge_" + name + options.databaseSuffix();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.http.host", "127.0.0.1");
        config.put("quarkus.datasource.reactive.url", "postgresql://" + database);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + database);
        config.put("quarkus.datasource.username", DB_USER);
        config.put("quarkus.datasource.password", DB_PASSWORD);
        config.put("kafka.bootstrap.servers", options.kafkaBootstrap());
        config.put("orgbridge.kafka.topic-prefix", options.topicPrefix());
        config.put("quarkus.oidc.public-key", TestKeys.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("orgbridge.secrets.storage-key", STORAGE_KEY);
        config.put("orgbridge.secrets.transport-key", TRANSPORT_KEY);
        config.putAll(options.extraConfig());
        return config;
    }

    private static Map<String, String> awsConfig(Options options) {
        Map<String, String> config = new HashMap<>();
        config.put("orgbridge.aws.endpoint-override", options.awsEndpoint().toString());
        config.put("orgbridge.aws.region", "us-east-1");
        config.put("orgbridge.aws.platform-access-key-id", PlatformPrincipal.DEFAULT_ACCESS_KEY_ID);
        config.put("orgbridge.aws.platform-secret-access-key", PlatformPrincipal.DEFAULT_SECRET_ACCESS_KEY);
        config.put(
                "orgbridge.platform.aws-principal-arn",
                "arn:aws:iam::" + PlatformPrincipal.DEFAULT_ACCOUNT_ID + ":root");
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }
}
