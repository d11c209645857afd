package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures, does not assert (docs/performance.md): the CPU time one enrolment request costs the service and PostgreSQL
 * in a cohort of 2,000 seats at 10% and at 90% fullness, and the sequential scans of {@code enrolment} it causes.
 * Opt-in ({@code -Denrolment.cost=true}), since it is a measurement: {@code ./mvnw -pl curriculum-service -am verify
 * -Dtest=NONE -Dit.test=EnrolmentCostIT -Denrolment.cost=true ...}. The cohort is filled in-process, then
 * {@value #MEASURED} requests go through the HTTP API one after the other. Figures, written to
 * {@code target/enrolment-cost.txt}: the CPU time of the service's request threads (Tomcat's workers: token, use case,
 * JDBC) and of the whole test JVM, and of every PostgreSQL process ({@code /proc/<pid>/stat}), each per request.
 */
@EnabledIfSystemProperty(named = "enrolment.cost", matches = "true")
class EnrolmentCostIT extends ServiceIT {

    private static final int CAPACITY = 2_000;
    private static final int MEASURED = 150;
    private static final int WARM_UP = 300;
    private static final double CLOCK_TICKS_PER_MS = 0.1; // USER_HZ 100

    @Autowired
    EnrolmentManagement enrolments;

    private final List<MemberEvents.Employer> employers = new ArrayList<>();
    private final List<UUID> staff = new ArrayList<>();

    @Test
    void cpuPerEnrolmentAtTenAndNinetyPercentFullness() throws IOException {
        UUID allianceId = members.alliance("Enrolment cost alliance");
        for (int e = 0; e < 20; e++) {
            MemberEvents.Employer employer = members.activeEmployer(allianceId);
            employers.add(employer);
            staff.addAll(members.staff(employer, 100));
        }
        members.awaitConsumed();
        UUID course = curriculum.publishedCourse(allianceId);

        UUID warmUp = curriculum.cohort(course).capacity(CAPACITY).open();
        fill(warmUp, 0, WARM_UP);
        measure(warmUp, WARM_UP, 100);

        List<String> lines = new ArrayList<>();
        for (int percent : new int[] {10, 90}) {
            UUID cohort = curriculum.cohort(course).capacity(CAPACITY).open();
            int filled = CAPACITY * percent / 100;
            fill(cohort, 0, filled);
            Figures figures = measure(cohort, filled, MEASURED);
            lines.add(percent + "% full: " + figures);
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "enrolment-cost.txt"), lines);
    }

    private void fill(UUID cohort, int from, int to) {
        Caller admin = new Caller("enrolment-cost", null, Set.of(Role.ALLIANCE_ADMIN));
        for (int i = from; i < to; i++) {
            EnrolmentManagement.Enrolled enrolled =
                    enrolments.enrol(admin, new EnrolmentManagement.EnrolRequest(cohort, staff.get(i), employerOf(i)));
            assertThat(enrolled.view().enrolment().status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        }
    }

    private Figures measure(UUID cohort, int from, int count) throws IOException {
        Reading before = read();
        for (int i = from; i < from + count; i++) {
            Api.Response response =
                    api.post("/api/enrolments", Curriculum.enrolment(cohort, employerOf(i), staff.get(i)));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.text("status")).isEqualTo("CONFIRMED");
        }
        Reading after = read();
        return new Figures(
                (after.workersNanos - before.workersNanos) / 1e6 / count,
                (after.jvmNanos - before.jvmNanos) / 1e6 / count,
                (after.postgresTicks - before.postgresTicks) / CLOCK_TICKS_PER_MS / count,
                (double) (after.seqScans - before.seqScans) / count,
                (double) (after.seqTuples - before.seqTuples) / count);
    }

    private UUID employerOf(int staffIndex) {
        return employers.get(staffIndex / 100).id();
    }

    private record Figures(double workerMs, double jvmMs, double postgresMs, double seqScans, double seqTuplesRead) {
        @Override
        public String toString() {
            return String.format(
                    "per enrolment: request threads %.2f ms CPU, test JVM %.2f ms CPU, PostgreSQL %.2f ms CPU,"
                            + " %.2f seq scans of enrolment reading %.0f rows",
                    workerMs, jvmMs, postgresMs, seqScans, seqTuplesRead);
        }
    }

    private record Reading(long workersNanos, long jvmNanos, long postgresTicks, long seqScans, long seqTuples) {}

    private Reading read() throws IOException {
        // each backend flushes its table statistics at most once a second, once idle
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        var stats = jdbc.sql("select seq_scan, seq_tup_read from pg_stat_user_tables where relname = 'enrolment'")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long postmaster =
                parentOf(jdbc.sql("select pg_backend_pid()").query(Long.class).single());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Reading(workerCpuNanos(), os.getProcessCpuTime(), treeTicks(postmaster), stats[0], stats[1]);
    }

    private static long workerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null
                    && info.getThreadName().startsWith("http-nio-")
                    && info.getThreadName().contains("exec")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** utime + stime of the process and its children (PostgreSQL's backends), in clock ticks. */
    private static long treeTicks(long root) throws IOException {
        long total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                String[] stat = stat(process);
                if (stat != null
                        && (Long.parseLong(process.getFileName().toString()) == root
                                || Long.parseLong(stat[1]) == root)) {
                    total += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        }
        return total;
    }

    private static long parentOf(long pid) throws IOException {
        return Long.parseLong(stat(Path.of("/proc", Long.toString(pid)))[1]);
    }

    /** The fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
