package org.skillalliance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The write anchor: pgbench's insert rate on the platform's own PostgreSQL server, in a scratch database
 * ({@code bench_anchor}), into a table shaped like curriculum-service's enrolments (uuid key, three uuid references,
 * status, time; primary key and two indexes), one single-row INSERT per transaction, with as many clients as the
 * write load has workers. pgbench comes from Debian's PostgreSQL packages ({@code /usr/lib/postgresql/<v>/bin}).
 *
 * <p>Same server, same durability: {@code fsync} and {@code full_page_writes} are the server's (one PostgreSQL for the
 * platform and the anchor), and the scratch database takes the platform's {@code synchronous_commit} as its own
 * ({@code alter database ... set}), so a session of pgbench commits exactly as a service's session does. The settings
 * are read back with {@code SHOW} in a session of the scratch database as pgbench's role and returned with the figure.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** What pgbench reported. */
    record Result(double insertsPerSecond, double averageLatencyMillis, String command, String settings) {}

    private Pgbench() {}

    static Optional<Path> find() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench"))
                    .filter(Files::isExecutable)
                    .max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs pgbench on the server at {@code port}, its sessions committing with {@code synchronousCommit} (the
     * platform's services' value).
     */
    static Result run(Path pgbench, int port, int clients, int seconds, Path workFolder, String synchronousCommit)
            throws SQLException, IOException, InterruptedException {
        String server = "jdbc:postgresql://localhost:" + port;
        try (Connection connection = DriverManager.getConnection(server + "/postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists bench_anchor");
            statement.execute("create database bench_anchor");
            if (!synchronousCommit.matches("[a-z_]+")) {
                throw new IllegalArgumentException("synchronous_commit " + synchronousCommit);
            }
            statement.execute("alter database bench_anchor set synchronous_commit = " + synchronousCommit);
        }
        String settings = PostgresSettings.show(server, "bench_anchor", "postgres", "postgres");
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/bench_anchor", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table enrolment (id uuid primary key, cohort_id uuid not null, staff_id uuid not null,
                        employer_id uuid not null, status text not null, requested_at timestamptz not null)""");
            statement.execute("create index enrolment_cohort on enrolment (cohort_id)");
            statement.execute("create index enrolment_staff on enrolment (staff_id)");
        }
        Path script = workFolder.resolve("pgbench-insert.sql");
        Files.writeString(
                script,
                "insert into enrolment values (gen_random_uuid(), gen_random_uuid(), "
                        + "gen_random_uuid(), gen_random_uuid(), 'CONFIRMED', now());\n",
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                pgbench.toString(),
                "-n",
                "-h",
                "localhost",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-f",
                script.toString(),
                "bench_anchor"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher tps = TPS.matcher(output);
        if (exit != 0 || !tps.find()) {
            throw new IOException("pgbench failed (exit " + exit + "):\n" + output);
        }
        Matcher latency = LATENCY.matcher(output);
        return new Result(
                Double.parseDouble(tps.group(1)),
                latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN,
                String.join(" ", command.subList(1, command.size())).replace(workFolder + "/", ""),
                settings);
    }
}
