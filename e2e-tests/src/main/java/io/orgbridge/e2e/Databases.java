package io.orgbridge.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Drops and recreates the services' databases for one suite run, so every run starts empty. */
final class Databases {

    private Databases() {}

    static void recreate(String host, int port, List<String> names) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, Suite.DB_USER, Suite.DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot recreate databases " + names + " on " + host + ":" + port + " as user " + Suite.DB_USER
                            + "; run deploy/bin/postgres.sh ensure first: " + e.getMessage(),
                    e);
        }
    }
}
