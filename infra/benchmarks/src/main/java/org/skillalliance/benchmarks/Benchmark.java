package org.skillalliance.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.skillalliance.platform.PartReport;
import org.skillalliance.platform.Platform;
import org.skillalliance.platform.PlatformSettings;
import org.skillalliance.platform.ResidentMemory;
import org.skillalliance.platform.RunningPlatform;

/**
 * {@code ./benchmark [--quick] [--option=value ...]}: starts the whole platform exactly as {@code ./alliance up} does
 * (the launcher, the demo seed through the gateway), loads it from this JVM over loopback, and prints each figure of
 * DESIGN section 8 beside its anchor measured in the same run, and beside its target. See docs/performance.md.
 */
public final class Benchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Options options;
    private final PrintStream out = System.out;
    private final List<String> summary = new ArrayList<>();

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int exitCode = 0;
        try {
            new Benchmark(options).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            exitCode = 1;
        }
        // the HTTP clients' executors are not daemon threads: end the JVM when the run is over
        System.exit(exitCode);
    }

    private void run() throws Exception {
        Path work = options.workFolder();
        Files.createDirectories(work);
        printMachine();
        warnAboutRateLimit();
        Instant began = Instant.now();
        out.println();
        out.println("== Starting the whole platform (Platform.start, as ./alliance up)");
        try (RunningPlatform platform = Platform.start(PlatformSettings.forTests(work), out)) {
            List<PartReport> atStart = platform.parts();
            Map<String, Memory> memoryAtStart = memory(atStart);
            String postgres = atStart.stream()
                    .filter(p -> p.name().equals("postgres"))
                    .findFirst()
                    .orElseThrow()
                    .address();
            int postgresPort = atStart.stream()
                    .filter(p -> p.name().equals("postgres"))
                    .findFirst()
                    .orElseThrow()
                    .port();
            out.println();
            out.println("== Seeding the demo alliance through the gateway, then the load's staff and cohorts");
            Fixture fixture = Fixture.create(platform.endpoints(), options.staff, options.cohorts, out);
            fixture.awaitStaffKnownToCurriculum(Duration.ofSeconds(90));

            gatewayOverhead(platform, fixture);
            writesAndFreshness(platform, fixture, postgres, postgresPort, work);
            impactReport(platform, fixture, postgres);
            footprint(platform, atStart, memoryAtStart);
            out.println();
            out.printf(
                    Locale.ROOT,
                    "== Summary (whole run %.0f s; logs in %s)%n",
                    Fixture.seconds(began),
                    work.resolve("logs"));
            summary.forEach(out::println);
            out.println();
            out.println("== Stopping the platform");
        }
    }

    // ------------------------------------------------------------------------------------------- 1 gateway overhead

    private void gatewayOverhead(RunningPlatform platform, Fixture fixture) {
        out.println();
        out.printf(
                "== 1. Gateway overhead: GET /api/cohorts/{id} as the coordinator, %d workers, %d s warm-up,"
                        + " %d s measured each%n",
                options.readWorkers, options.warmUpSeconds, options.readSeconds);
        Loopback http = new Loopback();
        String path = "/api/cohorts/" + fixture.cohorts.getFirst();
        URI direct = URI.create(platform.endpoints().services().get("curriculum-service") + path);
        URI gateway = URI.create(platform.endpoints().gateway() + path);
        ClosedLoop.Call directCall =
                i -> http.get(direct, fixture.coordinator.accessToken()).status() == 200;
        ClosedLoop.Call gatewayCall =
                i -> http.get(gateway, fixture.coordinator.accessToken()).status() == 200;
        // warm both paths first, then measure direct and gateway one after the other
        ClosedLoop.run(
                options.readWorkers,
                Duration.ZERO,
                Duration.ofSeconds(options.warmUpSeconds),
                Long.MAX_VALUE,
                directCall);
        ClosedLoop.run(
                options.readWorkers,
                Duration.ZERO,
                Duration.ofSeconds(options.warmUpSeconds),
                Long.MAX_VALUE,
                gatewayCall);
        ClosedLoop.Result straight = ClosedLoop.run(
                options.readWorkers,
                Duration.ZERO,
                Duration.ofSeconds(options.readSeconds),
                Long.MAX_VALUE,
                directCall);
        print("straight to curriculum-service", straight);
        ClosedLoop.Result through = ClosedLoop.run(
                options.readWorkers,
                Duration.ZERO,
                Duration.ofSeconds(options.readSeconds),
                Long.MAX_VALUE,
                gatewayCall);
        print("through the gateway", through);
        double ratio = through.perSecond() / straight.perSecond();
        String line = String.format(
                Locale.ROOT,
                "1. gateway throughput %.0f/s vs direct %.0f/s = %.0f%% (target >= 70%%: %s);"
                        + " added latency p50 %+.2f ms, p99 %+.2f ms",
                through.perSecond(),
                straight.perSecond(),
                100 * ratio,
                ratio >= 0.7 ? "met" : "MISSED",
                through.millis(50) - straight.millis(50),
                through.millis(99) - straight.millis(99));
        out.println("  " + line);
        summary.add(line);
    }

    // ---------------------------------------------------------------------------- 2 writes, 3 freshness, anchor

    private void writesAndFreshness(
            RunningPlatform platform, Fixture fixture, String postgres, int postgresPort, Path work) throws Exception {
        out.println();
        out.printf(
                "== 2. Enrolment writes: POST /api/enrolments through the gateway as HR, %d workers, %d s warm-up,"
                        + " %d s measured; 3. freshness in reporting meanwhile%n",
                options.writeWorkers, options.warmUpSeconds, options.writeSeconds);
        Loopback http = new Loopback();
        URI enrol = URI.create(platform.endpoints().gateway() + "/api/enrolments");
        long available = fixture.pairs() - 1;
        ClosedLoop.Result writes;
        int unseen;
        Histogram freshness;
        try (FreshnessProbe probe = new FreshnessProbe(postgres + "/reporting", "reporting", "reporting")) {
            writes = ClosedLoop.run(
                    options.writeWorkers,
                    Duration.ofSeconds(options.warmUpSeconds),
                    Duration.ofSeconds(options.writeSeconds),
                    available,
                    i -> {
                        String body = "{\"cohortId\":\"" + fixture.cohortOf(i) + "\",\"employerId\":\""
                                + fixture.employerId + "\",\"staffId\":\"" + fixture.staffOf(i) + "\"}";
                        Loopback.Answer answer = http.postJson(enrol, fixture.hr.accessToken(), body);
                        long answered = System.nanoTime();
                        if (answer.status() != 201) {
                            return false;
                        }
                        Matcher id = ID.matcher(answer.body());
                        if (id.find()) {
                            probe.committed(UUID.fromString(id.group(1)), answered);
                        }
                        return true;
                    });
            unseen = probe.drain(Duration.ofSeconds(60));
            freshness = probe.histogram();
        }
        print("enrolments through the gateway", writes);
        if (writes.ok() + writes.failed() >= available - options.writeWorkers) {
            out.println("    (every prepared enrolment was used: raise --staff or --cohorts for a longer run)");
        }

        Optional<Path> pgbench = Pgbench.find();
        String anchor;
        if (pgbench.isEmpty()) {
            anchor = "pgbench not found (apt-get install postgresql-15): no anchor this run";
        } else {
            Pgbench.Result result =
                    Pgbench.run(pgbench.get(), postgresPort, options.writeWorkers, options.pgbenchSeconds, work);
            anchor = String.format(
                    Locale.ROOT,
                    "pgbench %.0f inserts/s (average latency %.2f ms)",
                    result.insertsPerSecond(),
                    result.averageLatencyMillis());
            out.println("  anchor: pgbench " + result.command());
        }
        String line2 = String.format(
                Locale.ROOT,
                "2. enrolments %.0f/s, p50 %.1f ms, p99 %.1f ms, %d refused or failed"
                        + " (target >= 500/s with p99 < 100 ms: %s) vs %s on the same PostgreSQL",
                writes.perSecond(),
                writes.millis(50),
                writes.millis(99),
                writes.failed(),
                writes.perSecond() >= 500 && writes.millis(99) < 100 ? "met" : "MISSED",
                anchor);
        out.println("  " + line2);
        summary.add(line2);

        double p50 = freshness.getValueAtPercentile(50) / 1000.0;
        double p99 = freshness.getValueAtPercentile(99) / 1000.0;
        String line3 = String.format(
                Locale.ROOT,
                "3. freshness (commit -> row in rp_enrolment) over %d enrolments: p50"
                        + " %.0f ms, p99 %.0f ms, max %.0f ms, %d never seen within 60 s (target p99 < 1 s: %s);"
                        + " anchor: the probe's own resolution, poll every %d ms",
                freshness.getTotalCount(),
                p50,
                p99,
                freshness.getMaxValue() / 1000.0,
                unseen,
                p99 < 1000 && unseen == 0 ? "met" : "MISSED",
                FreshnessProbe.INTERVAL.toMillis());
        out.println("  " + line3);
        summary.add(line3);
    }

    // ------------------------------------------------------------------------------------------ 4 impact report

    private void impactReport(RunningPlatform platform, Fixture fixture, String postgres) throws Exception {
        out.println();
        out.printf(
                Locale.ROOT,
                "== 4. Impact report over %,d generated enrolments, %,d employers, %d programmes%n",
                options.enrolments,
                options.employers,
                ImpactData.PROGRAMMES);
        Instant loading = Instant.now();
        ImpactData.Generated data =
                ImpactData.load(postgres + "/reporting", fixture.funderId, options.enrolments, options.employers);
        out.printf(
                Locale.ROOT,
                "  loaded by COPY into reporting's projections in %.1f s: %,d enrolments, %,d staff,"
                        + " %,d employers, %,d cohorts, %,d cost shares%n",
                Fixture.seconds(loading),
                data.enrolments(),
                data.staff(),
                data.employers(),
                data.cohorts(),
                data.costShares());

        Loopback http = new Loopback();
        List<UUID> programmes = data.programmes();
        String gateway = platform.endpoints().gateway().toString();
        long[] enrolmentsSeen = new long[programmes.size()];
        ClosedLoop.Call report = i -> {
            int p = (int) (i % programmes.size());
            Loopback.Answer answer = http.get(
                    URI.create(gateway + "/api/reports/programmes/" + programmes.get(p) + "/impact"),
                    fixture.funder.accessToken());
            if (answer.status() != 200) {
                return false;
            }
            Matcher m = Pattern.compile("\"enrolments\"\\s*:\\s*(\\d+)").matcher(answer.body());
            if (m.find()) {
                enrolmentsSeen[p] = Long.parseLong(m.group(1));
            }
            return true;
        };
        ClosedLoop.Result reports = ClosedLoop.run(
                1,
                Duration.ofSeconds(options.warmUpSeconds),
                Duration.ofSeconds(options.reportSeconds),
                Long.MAX_VALUE,
                report);
        out.printf(
                Locale.ROOT,
                "  report through the gateway as the funder (one at a time, the 50 programmes in turn):"
                        + " %d reports, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                reports.ok(),
                reports.millis(50),
                reports.millis(95),
                reports.millis(99),
                reports.latencies().getMaxValue() / 1000.0);

        Histogram plain = new Histogram(3);
        int agree = 0;
        int compared = 0;
        try (PlainGroupBy groupBy = new PlainGroupBy(postgres + "/reporting")) {
            groupBy.ask(programmes.getFirst()); // warm
            Instant deadline = Instant.now().plusSeconds(options.reportSeconds);
            for (int i = 0; i < programmes.size() && (i < 3 || Instant.now().isBefore(deadline)); i++) {
                long sent = System.nanoTime();
                PlainGroupBy.Headline headline = groupBy.ask(programmes.get(i));
                plain.recordValue((System.nanoTime() - sent) / 1000);
                if (enrolmentsSeen[i] > 0) {
                    compared++;
                    agree += headline.enrolments() == enrolmentsSeen[i] ? 1 : 0;
                }
            }
            out.printf(
                    Locale.ROOT,
                    "  plain GROUP BY over the raw facts (JDBC, same programmes): %d runs, p50 %.1f ms,"
                            + " p95 %.1f ms; covered seats agree with the report for %d of %d programmes compared%n",
                    plain.getTotalCount(),
                    plain.getValueAtPercentile(50) / 1000.0,
                    plain.getValueAtPercentile(95) / 1000.0,
                    agree,
                    compared);
            if (options.explain) {
                out.println("  EXPLAIN ANALYZE of the plain GROUP BY:");
                groupBy.explain(programmes.getFirst()).lines().forEach(l -> out.println("    " + l));
            }
        }
        double speedup = (plain.getValueAtPercentile(50) / 1000.0) / reports.millis(50);
        String line = String.format(
                Locale.ROOT,
                "4. impact report p50 %.1f ms, p95 %.1f ms (target < 50 ms: %s) vs plain"
                        + " GROUP BY p50 %.1f ms: %.1fx faster (target >= 20x: %s)",
                reports.millis(50),
                reports.millis(95),
                reports.millis(95) < 50 ? "met" : "MISSED",
                plain.getValueAtPercentile(50) / 1000.0,
                speedup,
                speedup >= 20 ? "met" : "MISSED");
        out.println("  " + line);
        summary.add(line);
    }

    // ---------------------------------------------------------------------------------------------- 5 footprint

    /** Resident memory of one part at one moment, in kB: VmRSS and the proportional set size (Pss) of its tree. */
    private record Memory(long rss, long pss) {}

    private static Map<String, Memory> memory(List<PartReport> parts) {
        Map<String, Memory> memory = new LinkedHashMap<>();
        for (PartReport part : parts) {
            long pss = ProcessHandle.of(part.pid())
                    .map(ResidentMemory::proportionalKilobytesOfTree)
                    .orElse(0L);
            memory.put(part.name(), new Memory(part.residentKilobytes(), pss));
        }
        return memory;
    }

    /**
     * Cold start and memory. The target is judged on the proportional set size: summed over processes it is the memory
     * they hold together, where a sum of RSS counts every page PostgreSQL's backends share (its buffer cache) once per
     * backend. Both are printed.
     */
    private void footprint(RunningPlatform platform, List<PartReport> atStart, Map<String, Memory> memoryAtStart) {
        out.println();
        out.println("== 5. Cold start (launch to healthy) and resident memory of each process tree: VmRSS, and the"
                + " proportional set size (Pss, shared pages split among the processes sharing them)");
        List<PartReport> now = platform.parts();
        Map<String, Memory> memoryNow = memory(now);
        out.printf(
                "  %-20s %12s %12s %12s %12s %12s%n",
                "part", "cold start", "RSS start", "PSS start", "RSS load", "PSS load");
        Memory startTotal = new Memory(0, 0);
        Memory nowTotal = new Memory(0, 0);
        for (PartReport part : now) {
            Memory before = memoryAtStart.getOrDefault(part.name(), new Memory(0, 0));
            Memory after = memoryNow.get(part.name());
            startTotal = new Memory(startTotal.rss() + before.rss(), startTotal.pss() + before.pss());
            nowTotal = new Memory(nowTotal.rss() + after.rss(), nowTotal.pss() + after.pss());
            out.printf(
                    Locale.ROOT,
                    "  %-20s %10.1f s %9.0f MB %9.0f MB %9.0f MB %9.0f MB%n",
                    part.name(),
                    part.coldStart().toMillis() / 1000.0,
                    before.rss() / 1024.0,
                    before.pss() / 1024.0,
                    after.rss() / 1024.0,
                    after.pss() / 1024.0);
        }
        out.printf(
                Locale.ROOT,
                "  %-20s %10.1f s %9.0f MB %9.0f MB %9.0f MB %9.0f MB%n",
                "all",
                platform.coldStart().toMillis() / 1000.0,
                startTotal.rss() / 1024.0,
                startTotal.pss() / 1024.0,
                nowTotal.rss() / 1024.0,
                nowTotal.pss() / 1024.0);
        String line = String.format(
                Locale.ROOT,
                "5. cold start of the whole platform %.1f s; resident memory (PSS) %.2f GB"
                        + " after start, %.2f GB after the load (target < 3 GB: %s); the sum of RSS, which counts"
                        + " PostgreSQL's shared buffers once per backend: %.2f GB / %.2f GB",
                platform.coldStart().toMillis() / 1000.0,
                startTotal.pss() / 1048576.0,
                nowTotal.pss() / 1048576.0,
                Math.max(startTotal.pss(), nowTotal.pss()) < 3L * 1024 * 1024 ? "met" : "MISSED",
                startTotal.rss() / 1048576.0,
                nowTotal.rss() / 1048576.0);
        out.println("  " + line);
        summary.add(line);
    }

    // ----------------------------------------------------------------------------------------------------- misc

    private void print(String what, ClosedLoop.Result result) {
        out.printf(
                Locale.ROOT,
                "  %-32s %8.0f/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%d ok, %d failed)%n",
                what,
                result.perSecond(),
                result.millis(50),
                result.millis(90),
                result.millis(99),
                result.latencies().getMaxValue() / 1000.0,
                result.ok(),
                result.failed());
    }

    private void printMachine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\s+", " ");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        out.println("Skill Alliance benchmark harness (docs/performance.md)");
        out.printf(
                "  machine: %d cores (%s), %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), cpu, memory, load);
        out.printf(
                "  JDK: %s %s (%s)%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.home"));
        out.println("  options: " + options);
    }

    private void warnAboutRateLimit() {
        Map<String, String> env = System.getenv();
        out.printf(
                "  gateway rate limit for this run: RATE_LIMIT_PER_SECOND=%s, RATE_LIMIT_BURST=%s%s%n",
                env.getOrDefault("RATE_LIMIT_PER_SECOND", "(default 20)"),
                env.getOrDefault("RATE_LIMIT_BURST", "(default 40)"),
                env.containsKey("RATE_LIMIT_PER_SECOND")
                        ? ""
                        : " -- run through ./benchmark, or most requests get 429");
        out.printf(
                "  service JVMs: %s; database connections per service: %s%n",
                env.getOrDefault("ALLIANCE_SERVICE_JVM_OPTIONS", "the demo's (quick compiler only)"),
                env.getOrDefault("ALLIANCE_SERVICE_DB_CONNECTIONS", "the demo's 4"));
    }

    /** The run's knobs ({@code --name=value}); {@code --quick} shrinks everything for a trial run. */
    static final class Options {
        int readWorkers = 16;
        int writeWorkers = 16;
        int warmUpSeconds = 10;
        int readSeconds = 20;
        int writeSeconds = 30;
        int pgbenchSeconds = 15;
        int reportSeconds = 30;
        int staff = 2_000;
        int cohorts = 20;
        long enrolments = 1_000_000;
        int employers = 20_000;
        boolean explain;
        String work = "infra/benchmarks/target/platform";

        static Options parse(String[] args) {
            Options o = new Options();
            for (String arg : args) {
                if (arg.equals("--quick")) {
                    o.warmUpSeconds = 3;
                    o.readSeconds = 5;
                    o.writeSeconds = 8;
                    o.pgbenchSeconds = 5;
                    o.reportSeconds = 8;
                    o.staff = 500;
                    o.cohorts = 20;
                    o.enrolments = 100_000;
                    o.employers = 2_000;
                    continue;
                }
                if (arg.equals("--explain")) {
                    o.explain = true;
                    continue;
                }
                String[] kv = arg.replaceFirst("^--", "").split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("unknown argument " + arg + "; see docs/performance.md");
                }
                String v = kv[1];
                switch (kv[0]) {
                    case "read-workers" -> o.readWorkers = Integer.parseInt(v);
                    case "write-workers" -> o.writeWorkers = Integer.parseInt(v);
                    case "warm-up-seconds" -> o.warmUpSeconds = Integer.parseInt(v);
                    case "read-seconds" -> o.readSeconds = Integer.parseInt(v);
                    case "write-seconds" -> o.writeSeconds = Integer.parseInt(v);
                    case "pgbench-seconds" -> o.pgbenchSeconds = Integer.parseInt(v);
                    case "report-seconds" -> o.reportSeconds = Integer.parseInt(v);
                    case "staff" -> o.staff = Integer.parseInt(v);
                    case "cohorts" -> o.cohorts = Integer.parseInt(v);
                    case "enrolments" -> o.enrolments = Long.parseLong(v);
                    case "employers" -> o.employers = Integer.parseInt(v);
                    case "work" -> o.work = v;
                    default ->
                        throw new IllegalArgumentException("unknown option --" + kv[0] + "; see docs/performance.md");
                }
            }
            return o;
        }

        Path workFolder() {
            return Path.of(work).toAbsolutePath();
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "read-workers=%d write-workers=%d warm-up=%ds read=%ds write=%ds pgbench=%ds"
                            + " report=%ds staff=%d cohorts=%d enrolments=%d employers=%d",
                    readWorkers,
                    writeWorkers,
                    warmUpSeconds,
                    readSeconds,
                    writeSeconds,
                    pgbenchSeconds,
                    reportSeconds,
                    staff,
                    cohorts,
                    enrolments,
                    employers);
        }
    }
}
