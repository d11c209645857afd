package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database fault drill (docs/reliability.md) found that commits acknowledged to curriculum-service were gone after
 * PostgreSQL was killed and started again: the launcher ran it with {@code synchronous_commit=off}, so the last
 * commits were still in PostgreSQL's own WAL buffers when it died. Killed and started again over the same folder, the
 * server must keep every commit it acknowledged.
 */
class EmbeddedDatabaseCrashTest {

    @Test
    void a_killed_server_comes_back_on_its_port_with_every_acknowledged_commit(@TempDir Path work) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PlatformSettings settings = PlatformSettings.forTests(work);
        EmbeddedDatabase database = EmbeddedDatabase.start(
                port, work.resolve("data/postgres"), work.resolve("logs/postgres.log"), settings.repository());
        try {
            int committed = 0;
            try (Connection connection = connect(port);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table acknowledged (n integer primary key)");
                for (int n = 1; n <= 2_000; n++) {
                    statement.executeUpdate(
                            "insert into acknowledged values (" + n + ")"); // autocommit: one commit each
                    committed = n;
                }
            }

            database.kill();
            assertThat(database.handle().isAlive()).isFalse();
            database.restart();

            try (Connection connection = connect(port);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from acknowledged")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(committed);
            }
        } finally {
            database.close();
        }
    }

    private static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/member", "member", "member");
    }
}
