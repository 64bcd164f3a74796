package io.orgbridge.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL and Kafka that {@code deploy/bin/test.sh}
 * starts, and at the test signing key. Register it with
 * {@code @QuarkusTestResource(value = TestServers.class, initArgs = @ResourceArg(name = "database", value = "orgbridge_connection_test"))}.
 * Environment variables {@code ORGBRIDGE_PG_HOST}, {@code ORGBRIDGE_PG_PORT} and
 * {@code ORGBRIDGE_KAFKA_BOOTSTRAP} override the addresses.
 */
public class TestServers implements QuarkusTestResourceLifecycleManager {

    private String database;

    public static String postgresHost() {
        return System.getenv().getOrDefault("ORGBRIDGE_PG_HOST", "127.0.0.1");
    }

    public static String postgresPort() {
        return System.getenv().getOrDefault("ORGBRIDGE_PG_PORT", "5432");
    }

    public static String kafkaBootstrap() {
        return System.getenv().getOrDefault("ORGBRIDGE_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("TestServers needs the init argument 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        String hostPort = postgresHost() + ":" + postgresPort() + "/" + database;
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://" + hostPort,
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://" + hostPort,
                "quarkus.datasource.username",
                "orgbridge",
                "quarkus.datasource.password",
                "orgbridge",
                "kafka.bootstrap.servers",
                kafkaBootstrap(),
                "quarkus.oidc.public-key",
                TestKeys.publicKeyBase64(),
                "mp.jwt.verify.issuer",
                TestTokens.ISSUER,
                "quarkus.oidc.token.issuer",
                TestTokens.ISSUER);
    }

    @Override
    public void stop() {}
}
