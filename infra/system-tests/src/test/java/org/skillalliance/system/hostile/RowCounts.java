package org.skillalliance.system.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillalliance.platform.ServiceDatabase;

/**
 * The exact row count of every table of one service's database, in one {@code UNION ALL} query (statistics such as
 * {@code pg_stat_user_tables} lag and are not exact), so that a refused request can be shown to have written nothing.
 */
final class RowCounts implements AutoCloseable {

    private final Connection connection;
    private final String countAll;

    RowCounts(ServiceDatabase database) {
        try {
            connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
            connection.setAutoCommit(true);
            countAll = countQuery(tables());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                                + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')"
                                + " order by 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String countQuery(List<String> tables) {
        return tables.stream()
                .map(table -> "select '" + table + "', count(*) from " + quoted(table))
                .collect(Collectors.joining(" union all "));
    }

    private static String quoted(String table) {
        String[] parts = table.split("\\.", 2);
        return "\"" + parts[0] + "\".\"" + parts[1] + "\"";
    }

    /** Table to rows, now. */
    synchronized Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(countAll)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting rows failed: " + e.getMessage(), e);
        }
        return counts;
    }

    /** The tables whose counts differ, as {@code table: before -> after}. */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((table, rows) -> {
            Long earlier = before.get(table);
            if (!rows.equals(earlier)) {
                changes.add(table + ": " + earlier + " -> " + rows);
            }
        });
        return changes;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the platform is being stopped anyway
        }
    }
}
