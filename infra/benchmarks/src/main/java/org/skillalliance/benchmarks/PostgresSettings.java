package org.skillalliance.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

/**
 * The PostgreSQL settings a write figure depends on, read with {@code SHOW} in a session of the database and role in
 * question (a database or role can override the server's value, so each session is asked, not the configuration file).
 */
final class PostgresSettings {

    /** What decides the cost of a commit, and the memory the server may use. */
    static final List<String> NAMES = List.of(
            "fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers", "max_connections");

    private PostgresSettings() {}

    /** {@code name=value ...} of {@link #NAMES} as a session of {@code user} on {@code database} sees them. */
    static String show(String serverUrl, String database, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl + "/" + database, user, password);
                Statement statement = connection.createStatement()) {
            StringJoiner settings = new StringJoiner(" ");
            for (String name : NAMES) {
                try (ResultSet row = statement.executeQuery("show " + name)) {
                    row.next();
                    settings.add(name + "=" + row.getString(1));
                }
            }
            return settings.toString();
        }
    }
}
