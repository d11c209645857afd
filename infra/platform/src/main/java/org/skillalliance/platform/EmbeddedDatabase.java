package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky embedded binaries (no installation needed), with one database and owner
 * per service made by the same script docker-compose runs ({@code infra/docker/postgres-init.sql}): {@code member},
 * {@code curriculum}, {@code funding}, {@code reporting}, each user's password its name.
 *
 * <p>Durability is traded for speed (fsync off): this is a local demo whose data is thrown away on the next start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String INIT_SCRIPT = "infra/docker/postgres-init.sql";

    private final EmbeddedPostgres postgres;
    private final Path dataFolder;
    private final Path log;
    private final Duration coldStart;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataFolder, Path log, Duration coldStart) {
        this.postgres = postgres;
        this.dataFolder = dataFolder;
        this.log = log;
        this.coldStart = coldStart;
    }

    /** Creates a new cluster in {@code dataFolder} (which must not hold one), starts it on the port, runs the init script. */
    static EmbeddedDatabase start(int port, Path dataFolder, Path log, Path repository) {
        Instant begin = Instant.now();
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataFolder.getParent());
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataFolder)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new PlatformStartException("PostgreSQL did not start on port " + port + "; its log is " + log
                    + StartupWait.lastLines(log), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataFolder, log, Duration.between(begin, Instant.now()));
        try {
            database.runInitScript(repository.resolve(INIT_SCRIPT));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The address of one of the services' databases, e.g. {@code jdbc:postgresql://localhost:15432/member}. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    int port() {
        return postgres.getPort();
    }

    Path log() {
        return log;
    }

    Duration coldStart() {
        return coldStart;
    }

    /**
     * The server process (the postmaster; its backends are its descendants). Not the process zonky started, which only
     * launches the server and ends: the postmaster's pid is the first line of {@code postmaster.pid} in the data folder.
     */
    ProcessHandle handle() {
        return WorkFolder.readPid(dataFolder.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .orElseGet(() -> postgres.getProcess().toHandle());
    }

    /** A fast shutdown (pg_ctl stop); the data folder stays until the next start wipes it. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly; see " + log, e);
        }
    }

    private void runInitScript(Path script) {
        List<String> statements;
        try {
            statements = statements(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + script, e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new PlatformStartException("creating the services' databases with " + script + " failed: " + e.getMessage(), e);
        }
    }

    /** The script's statements: comment lines dropped, split at semicolons ending a line. */
    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\\s*(\n|$)"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
