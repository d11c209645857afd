package org.skillalliance.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;
import org.skillalliance.launcher.EmbeddedPostgresServer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL 17 server per test JVM, handing out a fresh database per caller.
 *
 * <p>Embedded (zonky) unless a Docker engine answers, in which case a Testcontainers PostgreSQL runs instead.
 */
public final class TestPostgres {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile TestPostgres instance;

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final String adminDatabase;

    private TestPostgres(String host, int port, String adminUser, String adminPassword, String adminDatabase) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.adminDatabase = adminDatabase;
    }

    /** The server of this JVM, started on first use and stopped when the JVM exits. */
    public static TestPostgres instance() {
        TestPostgres server = instance;
        if (server == null) {
            synchronized (TestPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
                server = instance;
            }
        }
        return server;
    }

    private static TestPostgres start() {
        if (InfrastructureMode.current() == InfrastructureMode.CONTAINERS) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
            return new TestPostgres(
                    container.getHost(),
                    container.getMappedPort(5432),
                    container.getUsername(),
                    container.getPassword(),
                    container.getDatabaseName());
        }
        try {
            EmbeddedPostgres postgres =
                    EmbeddedPostgresServer.builder(300, false).start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    postgres.close();
                                } catch (IOException ignored) {
                                    // the JVM is going away; the server's folder is temporary
                                }
                            },
                            "test-postgres-stop"));
            return new TestPostgres("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** Creates an empty database for one test class; the hint makes it recognisable in logs. */
    public DatabaseCoordinates freshDatabase(String hint) {
        String name = (hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + SEQUENCE.incrementAndGet() + "_"
                        + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(name.length() - 60);
            name = "t" + name.substring(1);
        }
        try (Connection connection = adminDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new DatabaseCoordinates(jdbcUrl(name), adminUser, adminPassword, name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private PGSimpleDataSource adminDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl(adminDatabase));
        dataSource.setUser(adminUser);
        dataSource.setPassword(adminPassword);
        return dataSource;
    }
}
