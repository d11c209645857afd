package org.skillalliance.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.skillalliance.launcher.EmbeddedPostgresServer;
import org.skillalliance.launcher.LogTail;
import org.skillalliance.launcher.ProcessTree;

/**
 * A real PostgreSQL 17 server from the zonky embedded binaries (no installation needed), with one database and owner
 * per service made by the same script docker-compose runs ({@code infra/docker/postgres-init.sql}): {@code member},
 * {@code curriculum}, {@code funding}, {@code reporting}, each user's password its name.
 *
 * <p>Durability against a crash of the machine is traded for speed (fsync off): this is a local demo whose data is
 * thrown away on the next start. A crash of PostgreSQL alone loses no acknowledged commit.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String INIT_SCRIPT = "infra/docker/postgres-init.sql";

    private volatile EmbeddedPostgres postgres;
    private final int port;
    private final Path dataFolder;
    private final Path log;
    private final Duration coldStart;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataFolder, Path log, Duration coldStart) {
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.dataFolder = dataFolder;
        this.log = log;
        this.coldStart = coldStart;
    }

    /** Creates a new cluster in {@code dataFolder} (which must not hold one), starts it on the port, runs the init script. */
    static EmbeddedDatabase start(int port, Path dataFolder, Path log, Path repository) {
        Instant begin = Instant.now();
        try {
            Files.createDirectories(dataFolder.getParent());
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new PlatformStartException("could not prepare PostgreSQL's folders for " + dataFolder, e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(
                server(port, dataFolder, log), dataFolder, log, Duration.between(begin, Instant.now()));
        try {
            database.runInitScript(repository.resolve(INIT_SCRIPT));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Starts the server on the port over the data folder; zonky runs initdb only when the folder holds no cluster yet,
     * so over an existing one this is a restart (with crash recovery if the server was killed).
     */
    private static EmbeddedPostgres server(int port, Path dataFolder, Path log) {
        try {
            // synchronous commits: a commit waits until its WAL is written to the operating system (cheap without
            // fsync), so a crash of PostgreSQL itself loses no commit a client was told about. zonky's default is
            // off, which lost acknowledged enrolments in the database fault drill (docs/reliability.md).
            return EmbeddedPostgresServer.builder(200, true)
                    .setPort(port)
                    .setDataDirectory(dataFolder)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new PlatformStartException(
                    "PostgreSQL did not start on port " + port + "; its log is " + log + LogTail.of(log), e);
        }
    }

    /**
     * Kills the server as a crash would: SIGKILL to the postmaster and every backend at once, no shutdown checkpoint.
     * The data folder stays; {@link #restart()} brings the same cluster back on the same port.
     */
    synchronized void kill() {
        ProcessTree.kill(handle());
        try {
            postgres.close(); // pg_ctl stop finds no server (zonky logs that); this releases zonky's lock on the folder
        } catch (IOException | RuntimeException alreadyGone) {
            // the server is gone, which is what was wanted
        }
    }

    /** Starts the same cluster again on the same port (after {@link #kill()}); PostgreSQL recovers from its WAL. */
    synchronized Duration restart() {
        Instant begin = Instant.now();
        postgres = server(port, dataFolder, log);
        return Duration.between(begin, Instant.now());
    }

    /** The address of one of the services' databases, e.g. {@code jdbc:postgresql://localhost:15432/member}. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    int port() {
        return port;
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
    public synchronized void close() {
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
            throw new PlatformStartException(
                    "creating the services' databases with " + script + " failed: " + e.getMessage(), e);
        }
    }

    /** The script's statements: comment lines dropped, split at semicolons ending a line. */
    static List<String> statements(String script) {
        String withoutComments =
                script.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\\s*(\n|$)"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
