package io.orgbridge.connection.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orgbridge.testsupport.TestServers;

/** Plain JDBC access to the test database, to check what the service wrote. */
public final class TestDb {

    private TestDb() {}

    public static long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** Rows as column name to value, in query order. */
    public static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    /** Returns each row's system column {@code xmin}, which changes on every write of the row, even one that changes no value. */
    public static Map<String, String> rowVersions(String integrationId) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (var row : rows(
                "select id, xmin::text as xmin from connection_folder where integration_id = ?"
                        + " union all select id, xmin::text from connection where integration_id = ?"
                        + " union all select id, xmin::text from integration_replica where id = ?"
                        + " order by 1",
                integrationId,
                integrationId,
                integrationId)) {
            versions.put((String) row.get("id"), (String) row.get("xmin"));
        }
        return versions;
    }

    /** Event types in the outbox for one integration, in the order they were written. */
    public static List<String> outboxTypes(String integrationId) {
        return rows(
                        "select payload::jsonb ->> 'type' as type from outbox_event where record_key = ? order by seq",
                        integrationId)
                .stream()
                .map(row -> (String) row.get("type"))
                .toList();
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://" + TestServers.postgresHost() + ":" + TestServers.postgresPort()
                + "/orgbridge_connection_test";
        return DriverManager.getConnection(url, "orgbridge", "orgbridge");
    }
}
