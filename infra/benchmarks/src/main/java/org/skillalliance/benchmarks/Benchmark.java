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
 * DESIGN section 8 beside its anchor measured in the same run and beside its target, and at the end one table of them
 * all with the machine and the settings. See docs/performance.md.
 */
public final class Benchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ENROLMENTS = Pattern.compile("\"enrolments\"\\s*:\\s*(\\d+)");
    private static final String[] SERVICES = {"member", "curriculum", "funding", "reporting"};
    /** The cohort fullness the write load reports on, each as the band of fullness at sending it stands for. */
    private static final double[][] FULLNESS = {{0.05, 0.15}, {0.45, 0.55}, {0.90, 1.0}};

    private static final String[] FULLNESS_NAMES = {"10%", "50%", "95%"};

    private final Options options;
    private final PrintStream out = System.out;
    private final List<String> setup = new ArrayList<>();
    private final List<Row> table = new ArrayList<>();

    /** One line of the final table: a figure, its anchor from the same run, its target and whether it was met. */
    private record Row(String figure, String measured, String anchor, String target, String verdict) {}

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
        out.println("Skill Alliance benchmark harness (docs/performance.md)");
        machine();
        setup.forEach(out::println);
        Instant began = Instant.now();
        out.println();
        out.println("== Starting the whole platform (Platform.start, as ./alliance up)");
        RunningPlatform started = Platform.start(PlatformSettings.forTests(work), out);
        if (started.trainedStartupCaches()) {
            // the first start of freshly built jars trains their startup caches (docs/local-platform.md); every later
            // start skips that, so the cold start is measured on a second start from an empty work folder
            out.println("This start trained the startup caches; stopping and starting again to measure a cold start");
            started.close();
            started = Platform.start(PlatformSettings.forTests(work), out);
        }
        try (RunningPlatform platform = started) {
            List<PartReport> atStart = platform.parts();
            Map<String, Memory> memoryAtStart = memory(atStart);
            PartReport postgresPart = part(atStart, "postgres");
            String postgres = postgresPart.address();
            platformSettings(atStart, postgres);
            out.println();
            out.println("== Settings of the running platform");
            setup.subList(setup.size() - 3, setup.size()).forEach(out::println);
            out.println();
            out.println("== Seeding the demo alliance through the gateway, then the load's staff and cohorts");
            Fixture fixture = Fixture.create(platform.endpoints(), options.staff, options.cohorts, out);
            fixture.awaitStaffKnownToCurriculum(Duration.ofSeconds(90));

            gateway(platform, fixture);
            writesAndFreshness(platform, fixture, postgres, postgresPart.port(), work);
            impactReport(platform, fixture, postgres);
            footprint(platform, atStart, memoryAtStart);
            summary(began, work);
            out.println();
            out.println("== Stopping the platform");
        }
    }

    // ------------------------------------------------------------------------------------------------ 1 gateway

    private void gateway(RunningPlatform platform, Fixture fixture) {
        out.println();
        out.printf(
                Locale.ROOT,
                "== 1. Gateway: GET /api/cohorts/{id} as the coordinator (real token), through the gateway and straight"
                        + " to curriculum-service; %d s warm-up of each path, then each measured for %d s%n",
                options.warmUpSeconds,
                options.readSeconds);
        Loopback http = new Loopback();
        String path = "/api/cohorts/" + fixture.cohorts.getFirst();
        URI direct = URI.create(platform.endpoints().services().get("curriculum-service") + path);
        URI gateway = URI.create(platform.endpoints().gateway() + path);
        ClosedLoop.Call directCall = i -> ok(http.get(direct, fixture.coordinator.accessToken()));
        ClosedLoop.Call gatewayCall = i -> ok(http.get(gateway, fixture.coordinator.accessToken()));
        Map<String, Long> pids = new LinkedHashMap<>();
        List<PartReport> parts = platform.parts();
        pids.put("gateway", part(parts, "gateway").pid());
        pids.put("curriculum-service", part(parts, "curriculum-service").pid());
        Duration warmUp = Duration.ofSeconds(options.warmUpSeconds);
        Duration measured = Duration.ofSeconds(options.readSeconds);
        ClosedLoop.run(options.readWorkers, Duration.ZERO, warmUp, Long.MAX_VALUE, directCall);
        ClosedLoop.run(options.readWorkers, Duration.ZERO, warmUp, Long.MAX_VALUE, gatewayCall);

        out.printf(
                Locale.ROOT,
                "  (b) open loop at a fixed %d requests/s (latency from each request's intended sending time):%n",
                options.fixedRate);
        Measured openDirect = openLoop(directCall, pids, warmUp, measured);
        print("straight to curriculum-service", openDirect);
        Measured openThrough = openLoop(gatewayCall, pids, warmUp, measured);
        print("through the gateway", openThrough);

        out.printf(Locale.ROOT, "  (c) closed loop, %d workers (saturation throughput):%n", options.readWorkers);
        Measured closedDirect = closedLoop(directCall, pids, measured);
        print("straight to curriculum-service", closedDirect);
        Measured closedThrough = closedLoop(gatewayCall, pids, measured);
        print("through the gateway", closedThrough);

        double addedP50 = openThrough.result().millis(50) - openDirect.result().millis(50);
        double addedP99 = openThrough.result().millis(99) - openDirect.result().millis(99);
        table.add(new Row(
                "1b. gateway added latency at " + options.fixedRate + "/s (open loop)",
                String.format(Locale.ROOT, "%+.2f ms p50, %+.2f ms p99", addedP50, addedP99),
                String.format(
                        Locale.ROOT,
                        "direct p50 %.2f / p99 %.2f ms; gateway %.2f / %.2f ms",
                        openDirect.result().millis(50),
                        openDirect.result().millis(99),
                        openThrough.result().millis(50),
                        openThrough.result().millis(99)),
                "<= +3 ms p50, <= +8 ms p99",
                verdict(addedP50 <= 3 && addedP99 <= 8)));
        double ratio =
                closedThrough.result().perSecond() / closedDirect.result().perSecond();
        table.add(new Row(
                "1c. gateway saturation throughput",
                String.format(
                        Locale.ROOT,
                        "%.0f/s = %.0f%% of direct",
                        closedThrough.result().perSecond(),
                        100 * ratio),
                String.format(
                        Locale.ROOT, "direct %.0f/s", closedDirect.result().perSecond()),
                ">= 60% of direct",
                verdict(ratio >= 0.6)));
        table.add(new Row(
                "1a. CPU per read (open loop; closed loop)",
                String.format(
                        Locale.ROOT,
                        "through: gateway %.3f + curriculum %.3f ms; %.3f + %.3f ms",
                        openThrough.cpu().get("gateway"),
                        openThrough.cpu().get("curriculum-service"),
                        closedThrough.cpu().get("gateway"),
                        closedThrough.cpu().get("curriculum-service")),
                String.format(
                        Locale.ROOT,
                        "direct: curriculum %.3f ms; %.3f ms",
                        openDirect.cpu().get("curriculum-service"),
                        closedDirect.cpu().get("curriculum-service")),
                "(none: the cost the gateway adds)",
                "-"));
    }

    /** True for a 200; otherwise throws, so that the load prints the first failure's status and problem. */
    private static boolean ok(Loopback.Answer answer) {
        if (answer.status() != 200) {
            String body = answer.body();
            throw new IllegalStateException(
                    "answered " + answer.status() + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
        return true;
    }

    /** A load's result with the CPU time per request of the processes watched meanwhile. */
    private record Measured(ClosedLoop.Result result, Map<String, Double> cpu) {}

    private Measured openLoop(ClosedLoop.Call call, Map<String, Long> pids, Duration warmUp, Duration measured) {
        OpenLoop.run(options.fixedRate, Duration.ZERO, warmUp, call);
        CpuTime cpu = CpuTime.start(pids);
        ClosedLoop.Result result = OpenLoop.run(options.fixedRate, Duration.ZERO, measured, call);
        return new Measured(result, cpu.millisPerRequest(result.ok() + result.failed()));
    }

    private Measured closedLoop(ClosedLoop.Call call, Map<String, Long> pids, Duration measured) {
        CpuTime cpu = CpuTime.start(pids);
        ClosedLoop.Result result = ClosedLoop.run(options.readWorkers, Duration.ZERO, measured, Long.MAX_VALUE, call);
        return new Measured(result, cpu.millisPerRequest(result.ok() + result.failed()));
    }

    // -------------------------------------------------------------------- 2 writes and scaling, 3 freshness

    private void writesAndFreshness(
            RunningPlatform platform, Fixture fixture, String postgres, int postgresPort, Path work) throws Exception {
        out.println();
        out.printf(
                Locale.ROOT,
                "== 2. Enrolment writes: POST /api/enrolments through the gateway as HR, %d workers; %d s warm-up in"
                        + " %d cohorts of their own, then %,d enrolments fill %d cohorts of %,d seats from empty to"
                        + " full (at most %d s); 3. freshness in reporting meanwhile%n",
                options.writeWorkers,
                options.warmUpSeconds,
                Fixture.WARM_UP_COHORTS,
                fixture.pairs(),
                fixture.cohorts.size(),
                fixture.staff.size(),
                options.writeSeconds);
        Loopback http = new Loopback();
        URI enrol = URI.create(platform.endpoints().gateway() + "/api/enrolments");
        ClosedLoop.run(
                options.writeWorkers,
                Duration.ZERO,
                Duration.ofSeconds(options.warmUpSeconds),
                fixture.warmUpPairs(),
                i -> http.postJson(
                                        enrol,
                                        fixture.hr.accessToken(),
                                        body(fixture.warmUpCohortOf(i), fixture, fixture.warmUpStaffOf(i)))
                                .status()
                        == 201);
        ClosedLoop.Result writes;
        int unseen;
        long[] withoutOutboxRow = new long[1];
        Histogram freshness;
        try (FreshnessProbe probe = new FreshnessProbe(postgres + "/reporting", "reporting", "reporting")) {
            writes = ClosedLoop.run(
                    options.writeWorkers,
                    Duration.ZERO,
                    Duration.ofSeconds(options.writeSeconds),
                    fixture.pairs(),
                    i -> {
                        Loopback.Answer answer = http.postJson(
                                enrol,
                                fixture.hr.accessToken(),
                                body(fixture.cohortOf(i), fixture, fixture.staffOf(i)));
                        if (answer.status() != 201) {
                            return false;
                        }
                        Matcher id = ID.matcher(answer.body());
                        if (id.find()) {
                            probe.committed(UUID.fromString(id.group(1)));
                        }
                        return true;
                    },
                    FULLNESS.length,
                    i -> fullnessBucket(fixture.fullnessOf(i)));
            unseen = probe.drain(Duration.ofSeconds(60));
            freshness = probe.freshness(postgres + "/curriculum", "curriculum", "curriculum", withoutOutboxRow);
        }
        print("enrolments through the gateway", writes);
        for (int b = 0; b < FULLNESS.length; b++) {
            ClosedLoop.Bucket bucket = writes.buckets().get(b);
            out.printf(
                    Locale.ROOT,
                    "    at %s fullness (cohort %.0f to %.0f%% full when sent): %,d enrolments, %.0f/s, p50 %.2f ms,"
                            + " p99 %.2f ms, %d failed%n",
                    FULLNESS_NAMES[b],
                    100 * FULLNESS[b][0],
                    100 * FULLNESS[b][1],
                    bucket.ok(),
                    bucket.perSecond(),
                    bucket.millis(50),
                    bucket.millis(99),
                    bucket.failed());
        }
        if (writes.ok() + writes.failed() < fixture.pairs()) {
            out.printf(
                    "    (the load stopped at --write-seconds=%d before the cohorts were full: the 95%% figure is"
                            + " missing or partial)%n",
                    options.writeSeconds);
        }

        String curriculumSettings = PostgresSettings.show(postgres, "curriculum", "curriculum", "curriculum");
        Optional<Path> pgbench = Pgbench.find();
        String anchor;
        if (pgbench.isEmpty()) {
            anchor = "pgbench not found (apt-get install postgresql-15): no anchor this run";
        } else {
            Pgbench.Result result = Pgbench.run(
                    pgbench.get(),
                    postgresPort,
                    options.writeWorkers,
                    options.pgbenchSeconds,
                    work,
                    setting(curriculumSettings, "synchronous_commit"));
            anchor = String.format(
                    Locale.ROOT,
                    "pgbench %.0f single-row inserts/s (%.2f ms average), same server, its session: %s",
                    result.insertsPerSecond(),
                    result.averageLatencyMillis(),
                    result.settings());
            out.println("  anchor: pgbench " + result.command());
            out.println("    pgbench's session (SHOW in bench_anchor as postgres): " + result.settings());
            out.println("    curriculum-service's session (SHOW in curriculum as curriculum): " + curriculumSettings);
        }
        out.println("  " + anchor);
        table.add(new Row(
                "2. enrolments through the gateway",
                String.format(
                        Locale.ROOT,
                        "%.0f/s, p50 %.1f ms, p99 %.1f ms, %d failed, %d in flight at the end",
                        writes.perSecond(),
                        writes.millis(50),
                        writes.millis(99),
                        writes.failed(),
                        writes.inFlightAtEnd()),
                anchor,
                ">= 600/s, p99 < 60 ms",
                verdict(writes.perSecond() >= 600 && writes.millis(99) < 60 && writes.failed() == 0)));
        ClosedLoop.Bucket emptyish = writes.buckets().getFirst();
        ClosedLoop.Bucket full = writes.buckets().getLast();
        double change = full.perSecond() / emptyish.perSecond() - 1;
        StringBuilder scaling = new StringBuilder();
        for (int b = 0; b < FULLNESS.length; b++) {
            ClosedLoop.Bucket bucket = writes.buckets().get(b);
            scaling.append(String.format(
                    Locale.ROOT,
                    "%s%s: %.0f/s p50 %.1f p99 %.1f ms",
                    b == 0 ? "" : "; ",
                    FULLNESS_NAMES[b],
                    bucket.perSecond(),
                    bucket.millis(50),
                    bucket.millis(99)));
        }
        table.add(new Row(
                "2. enrolments by cohort fullness",
                scaling.toString(),
                String.format(Locale.ROOT, "rate at 95%% vs 10%%: %+.0f%%", 100 * change),
                "95% within 15% of 10%",
                verdict(Math.abs(change) <= 0.15)));

        double p99 = freshness.getValueAtPercentile(99) / 1000.0;
        String line3 = String.format(
                Locale.ROOT,
                "over %,d enrolments: p50 %.0f ms, p99 %.0f ms, max %.0f ms; %d never seen within 60 s, %d without an"
                        + " outbox row",
                freshness.getTotalCount(),
                freshness.getValueAtPercentile(50) / 1000.0,
                p99,
                freshness.getMaxValue() / 1000.0,
                unseen,
                withoutOutboxRow[0]);
        out.println("  3. freshness (outbox occurred_at in curriculum -> first poll finding the row in rp_enrolment) "
                + line3);
        table.add(new Row(
                "3. freshness, commit to visible",
                line3,
                "the probe's resolution: a poll every " + FreshnessProbe.INTERVAL.toMillis() + " ms",
                "p99 < 500 ms, none lost",
                verdict(p99 < 500 && unseen == 0 && withoutOutboxRow[0] == 0)));
    }

    private static String body(UUID cohort, Fixture fixture, UUID staff) {
        return "{\"cohortId\":\"" + cohort + "\",\"employerId\":\"" + fixture.employerId + "\",\"staffId\":\"" + staff
                + "\"}";
    }

    private static int fullnessBucket(double fullness) {
        for (int b = 0; b < FULLNESS.length; b++) {
            if (fullness >= FULLNESS[b][0] && fullness < FULLNESS[b][1]) {
                return b;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------ 4 impact report

    /** The report's and the anchor's latencies at one size of the generated data. */
    private record ReportStep(
            ImpactData.Generated data, ClosedLoop.Result reports, Histogram anchor, String agreement) {}

    private void impactReport(RunningPlatform platform, Fixture fixture, String postgres) throws Exception {
        out.println();
        out.printf(
                Locale.ROOT,
                "== 4. Impact report over generated data of %d programmes, grown in steps to %,d enrolments of %,d"
                        + " employers; the report and its anchor measured after each step%n",
                ImpactData.PROGRAMMES,
                options.enrolments,
                options.employers);
        ImpactData data =
                ImpactData.start(postgres + "/reporting", fixture.funderId, options.enrolments, options.employers);
        List<ReportStep> steps = new ArrayList<>();
        for (double share : new double[] {0.1, 0.5, 1.0}) {
            Instant loading = Instant.now();
            ImpactData.Generated generated = data.growTo(Math.round(options.enrolments * share));
            out.printf(
                    Locale.ROOT,
                    "  %,d enrolments (loaded by COPY into reporting's projections and derived in %.1f s: %,d staff,"
                            + " %,d employers, %,d cohorts, %,d cost shares)%n",
                    generated.enrolments(),
                    Fixture.seconds(loading),
                    generated.staff(),
                    generated.employers(),
                    generated.cohorts(),
                    generated.costShares());
            steps.add(reportStep(platform, fixture, postgres, generated, share == 1.0));
        }

        ReportStep last = steps.getLast();
        double reportP50 = last.reports().millis(50);
        double reportP95 = last.reports().millis(95);
        double anchorP50 = last.anchor().getValueAtPercentile(50) / 1000.0;
        double anchorP95 = last.anchor().getValueAtPercentile(95) / 1000.0;
        double ratio = Math.min(anchorP50 / reportP50, anchorP95 / reportP95);
        table.add(new Row(
                String.format(
                        Locale.ROOT,
                        "4. impact report at %,d enrolments",
                        last.data().enrolments()),
                String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", reportP50, reportP95),
                String.format(
                        Locale.ROOT,
                        "fair SQL p50 %.1f ms, p95 %.1f ms: %.1fx / %.1fx faster; %s",
                        anchorP50,
                        anchorP95,
                        anchorP50 / reportP50,
                        anchorP95 / reportP95,
                        last.agreement()),
                "p95 < 30 ms, >= 5x the fair SQL",
                verdict(reportP95 < 30 && ratio >= 5)));
        StringBuilder growth = new StringBuilder();
        StringBuilder anchorGrowth = new StringBuilder();
        for (ReportStep step : steps) {
            String size = String.format(Locale.ROOT, "%,d", step.data().enrolments());
            growth.append(String.format(
                    Locale.ROOT,
                    "%s%s: p50 %.1f, p95 %.1f ms",
                    growth.isEmpty() ? "" : "; ",
                    size,
                    step.reports().millis(50),
                    step.reports().millis(95)));
            anchorGrowth.append(String.format(
                    Locale.ROOT,
                    "%s%s: p50 %.1f ms",
                    anchorGrowth.isEmpty() ? "" : "; ",
                    size,
                    step.anchor().getValueAtPercentile(50) / 1000.0));
        }
        table.add(new Row(
                "4. impact report by data size", growth.toString(), "fair SQL " + anchorGrowth, "(growth shown)", "-"));
    }

    private ReportStep reportStep(
            RunningPlatform platform, Fixture fixture, String postgres, ImpactData.Generated data, boolean explain)
            throws Exception {
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
            Matcher m = ENROLMENTS.matcher(answer.body());
            if (m.find()) {
                enrolmentsSeen[p] = Long.parseLong(m.group(1));
            }
            return true;
        };
        ClosedLoop.Result reports = ClosedLoop.run(
                1,
                Duration.ofSeconds(Math.max(1, options.warmUpSeconds / 2)),
                Duration.ofSeconds(options.reportSeconds),
                Long.MAX_VALUE,
                report);
        out.printf(
                Locale.ROOT,
                "    report through the gateway as the funder (one at a time, the %d programmes in turn):"
                        + " %d reports, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                programmes.size(),
                reports.ok(),
                reports.millis(50),
                reports.millis(95),
                reports.millis(99),
                reports.latencies().getMaxValue() / 1000.0);

        Histogram anchor = new Histogram(3);
        int agree = 0;
        int compared = 0;
        try (FairSql sql = new FairSql(postgres + "/reporting")) {
            sql.ask(programmes.getFirst()); // warm
            Instant deadline = Instant.now().plusSeconds(options.reportSeconds);
            for (int i = 0; i < 5 * programmes.size() && (i < 3 || Instant.now().isBefore(deadline)); i++) {
                int p = i % programmes.size();
                long sent = System.nanoTime();
                FairSql.Headline headline = sql.ask(programmes.get(p));
                anchor.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                if (i < programmes.size() && enrolmentsSeen[p] > 0) {
                    compared++;
                    agree += headline.enrolments() == enrolmentsSeen[p] ? 1 : 0;
                }
            }
            String agreement = String.format(
                    Locale.ROOT, "covered seats equal the report's for %d of %d programmes", agree, compared);
            out.printf(
                    Locale.ROOT,
                    "    fair SQL anchor (JDBC, the same programmes in turn): %d runs, p50 %.1f ms, p95 %.1f ms;"
                            + " %s%n",
                    anchor.getTotalCount(),
                    anchor.getValueAtPercentile(50) / 1000.0,
                    anchor.getValueAtPercentile(95) / 1000.0,
                    agreement);
            if (explain) {
                out.println("    the fair SQL (FairSql.SQL):");
                FairSql.SQL.lines().forEach(l -> out.println("      " + l));
                out.println("    its EXPLAIN (ANALYZE, BUFFERS) for the first programme:");
                sql.explain(programmes.getFirst()).lines().forEach(l -> out.println("      " + l));
            }
            return new ReportStep(data, reports, anchor, agreement);
        }
    }

    // ---------------------------------------------------------------------------------------------- 5 footprint

    /** Resident memory of one part at one moment, in bytes: VmRSS and the proportional set size (Pss) of its tree. */
    private record Memory(long rss, long pss) {}

    private static Map<String, Memory> memory(List<PartReport> parts) {
        Map<String, Memory> memory = new LinkedHashMap<>();
        for (PartReport part : parts) {
            long pss = ProcessHandle.of(part.pid())
                    .map(ResidentMemory::proportionalKilobytesOfTree)
                    .orElse(0L);
            // /proc reports kB meaning KiB (1,024 bytes)
            memory.put(part.name(), new Memory(part.residentKilobytes() * 1024, pss * 1024));
        }
        return memory;
    }

    /**
     * Cold start and memory. The target is judged on the proportional set size: summed over processes it is the memory
     * they hold together, where a sum of RSS counts every page PostgreSQL's backends share (its buffer cache) once per
     * backend. Both are printed, in bytes: MB = 10^6 bytes, GB = 10^9 bytes.
     */
    private void footprint(RunningPlatform platform, List<PartReport> atStart, Map<String, Memory> memoryAtStart) {
        out.println();
        out.println("== 5. Cold start (launch to healthy) and resident memory of each process tree: VmRSS, and the"
                + " proportional set size (Pss, shared pages split among the processes sharing them);"
                + " MB = 10^6 bytes, GB = 10^9 bytes");
        List<PartReport> now = platform.parts();
        Map<String, Memory> memoryNow = memory(now);
        out.printf(
                "  %-20s %12s %12s %12s %12s %12s%n",
                "part", "cold start", "RSS start", "PSS start", "RSS load", "PSS load");
        Memory startTotal = new Memory(0, 0);
        Memory nowTotal = new Memory(0, 0);
        String slowest = "";
        Duration slowestStart = Duration.ZERO;
        for (PartReport part : now) {
            Memory before = memoryAtStart.getOrDefault(part.name(), new Memory(0, 0));
            Memory after = memoryNow.get(part.name());
            startTotal = new Memory(startTotal.rss() + before.rss(), startTotal.pss() + before.pss());
            nowTotal = new Memory(nowTotal.rss() + after.rss(), nowTotal.pss() + after.pss());
            if (part.coldStart().compareTo(slowestStart) > 0) {
                slowest = part.name();
                slowestStart = part.coldStart();
            }
            out.printf(
                    Locale.ROOT,
                    "  %-20s %10.1f s %9.0f MB %9.0f MB %9.0f MB %9.0f MB%n",
                    part.name(),
                    part.coldStart().toMillis() / 1000.0,
                    before.rss() / 1e6,
                    before.pss() / 1e6,
                    after.rss() / 1e6,
                    after.pss() / 1e6);
        }
        out.printf(
                Locale.ROOT,
                "  %-20s %10.1f s %9.0f MB %9.0f MB %9.0f MB %9.0f MB%n",
                "all",
                platform.coldStart().toMillis() / 1000.0,
                startTotal.rss() / 1e6,
                startTotal.pss() / 1e6,
                nowTotal.rss() / 1e6,
                nowTotal.pss() / 1e6);
        out.printf(
                Locale.ROOT,
                "  in bytes: PSS %,d after start, %,d after the load (%.2f / %.2f GiB)%n",
                startTotal.pss(),
                nowTotal.pss(),
                startTotal.pss() / (double) (1L << 30),
                nowTotal.pss() / (double) (1L << 30));
        double coldStart = platform.coldStart().toMillis() / 1000.0;
        table.add(new Row(
                "5. cold start, whole platform to healthy",
                String.format(Locale.ROOT, "%.1f s", coldStart),
                String.format(Locale.ROOT, "slowest part: %s %.1f s", slowest, slowestStart.toMillis() / 1000.0),
                "< 45 s",
                verdict(coldStart < 45)));
        long worst = Math.max(startTotal.pss(), nowTotal.pss());
        table.add(new Row(
                "5. resident memory (PSS), all parts",
                String.format(
                        Locale.ROOT,
                        "%.2f GB after the load (%,d bytes); %.2f GB after start",
                        nowTotal.pss() / 1e9,
                        nowTotal.pss(),
                        startTotal.pss() / 1e9),
                String.format(
                        Locale.ROOT,
                        "sum of RSS (counts shared buffers once per backend): %.2f GB after the load",
                        nowTotal.rss() / 1e9),
                "< 2.5 GB (2.5 x 10^9 bytes)",
                verdict(worst < 2_500_000_000L)));
    }

    // ---------------------------------------------------------------------------------------------- the summary

    private void summary(Instant began, Path work) {
        out.println();
        out.printf(
                Locale.ROOT,
                "== Summary (whole run %.0f s; logs in %s)%n",
                Fixture.seconds(began),
                work.resolve("logs"));
        setup.forEach(out::println);
        out.println();
        out.println("| figure | measured | anchor (same run) | target | met? |");
        out.println("| --- | --- | --- | --- | --- |");
        for (Row row : table) {
            out.printf(
                    "| %s | %s | %s | %s | %s |%n",
                    row.figure(), row.measured(), row.anchor(), row.target(), row.verdict());
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**MISSED**";
    }

    // ----------------------------------------------------------------------------------------------------- misc

    private void print(String what, Measured measured) {
        print(what, measured.result());
        StringBuilder cpu = new StringBuilder("      CPU per request (utime+stime):");
        measured.cpu().forEach((name, millis) -> cpu.append(String.format(Locale.ROOT, " %s %.3f ms", name, millis)));
        out.println(cpu);
    }

    private void print(String what, ClosedLoop.Result result) {
        out.printf(
                Locale.ROOT,
                "    %-30s %8.0f/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%d ok, %d failed,"
                        + " %d of them answered after the window: counted, latency recorded)%n",
                what,
                result.perSecond(),
                result.millis(50),
                result.millis(90),
                result.millis(99),
                result.latencies().getMaxValue() / 1000.0,
                result.ok(),
                result.failed(),
                result.inFlightAtEnd());
    }

    private static PartReport part(List<PartReport> parts, String name) {
        return parts.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no part " + name));
    }

    private static String setting(String settings, String name) {
        for (String pair : settings.split(" ")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException("no " + name + " in " + settings);
    }

    /** The machine and the harness's own settings, for the top of the output and of the summary. */
    private void machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("?");
        long memoryKib = Long.parseLong(
                Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\D", ""));
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        Map<String, String> env = System.getenv();
        setup.add(String.format(
                Locale.ROOT,
                "  machine: nproc %d, %s, memory %.1f GB (MemTotal %,d kB), load average %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memoryKib * 1024 / 1e9,
                memoryKib,
                load));
        setup.add(String.format(
                "  harness JDK: %s %s (%s); options: %s",
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.home"),
                options));
        setup.add(String.format(
                "  gateway rate limit: RATE_LIMIT_PER_SECOND=%s, RATE_LIMIT_BURST=%s%s",
                env.getOrDefault("RATE_LIMIT_PER_SECOND", "(default 20)"),
                env.getOrDefault("RATE_LIMIT_BURST", "(default 40)"),
                env.containsKey("RATE_LIMIT_PER_SECOND")
                        ? ""
                        : " -- run through ./benchmark, or most requests get 429"));
        setup.add(String.format(
                "  service JVMs: ALLIANCE_SERVICE_JVM_OPTIONS=%s; database pool per service:"
                        + " ALLIANCE_SERVICE_DB_CONNECTIONS=%s",
                env.getOrDefault("ALLIANCE_SERVICE_JVM_OPTIONS", "(unset: the demo's, quick compiler only)"),
                env.getOrDefault("ALLIANCE_SERVICE_DB_CONNECTIONS", "(unset: the demo's 4)")));
    }

    /**
     * What the running platform actually uses: each service's and the gateway's JVM options from its command line, and
     * PostgreSQL's settings as each service's own session sees them (one server for all of them).
     */
    private void platformSettings(List<PartReport> parts, String postgres) throws Exception {
        StringBuilder jvms = new StringBuilder("  JVM options as started:");
        for (PartReport part : parts) {
            if (part.name().endsWith("-service") || part.name().equals("gateway")) {
                List<String> flags = ProcessHandle.of(part.pid())
                        .flatMap(p -> p.info().arguments())
                        .map(arguments -> List.of(arguments).stream()
                                .filter(a -> a.startsWith("-X"))
                                .toList())
                        .orElse(List.of());
                jvms.append(' ').append(part.name()).append(' ').append(flags).append(';');
            }
        }
        setup.add(jvms.toString());
        StringBuilder databases = new StringBuilder("  PostgreSQL (one server, ")
                .append(postgres)
                .append("), SHOW in each service's database as its owner:");
        String first = null;
        boolean same = true;
        for (String service : SERVICES) {
            String settings = PostgresSettings.show(postgres, service, service, service);
            first = first == null ? settings : first;
            same &= settings.equals(first);
            databases.append(' ').append(service).append(": ").append(settings).append(';');
        }
        setup.add(
                same
                        ? "  PostgreSQL (one server, " + postgres + "), SHOW in each service's database as its owner:"
                                + " all four " + first
                        : databases.toString());
        setup.add("  pgbench runs on the same server; its session's settings are printed beside its figure (2.)");
    }

    /** The run's knobs ({@code --name=value}); {@code --quick} shrinks everything for a trial run. */
    static final class Options {
        int readWorkers = 16;
        int writeWorkers = 16;
        int fixedRate = 200;
        int warmUpSeconds = 10;
        int readSeconds = 15;
        int writeSeconds = 240;
        int pgbenchSeconds = 15;
        int reportSeconds = 20;
        int staff = 1_000;
        int cohorts = 20;
        long enrolments = 1_000_000;
        int employers = 20_000;
        String work = "infra/benchmarks/target/platform";

        static Options parse(String[] args) {
            Options o = new Options();
            for (String arg : args) {
                if (arg.equals("--quick")) {
                    o.warmUpSeconds = 3;
                    o.readSeconds = 5;
                    o.writeSeconds = 60;
                    o.pgbenchSeconds = 5;
                    o.reportSeconds = 5;
                    o.staff = 300;
                    o.cohorts = 20;
                    o.enrolments = 100_000;
                    o.employers = 2_000;
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
                    case "fixed-rate" -> o.fixedRate = Integer.parseInt(v);
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
                    "read-workers=%d write-workers=%d fixed-rate=%d/s warm-up=%ds read=%ds write<=%ds pgbench=%ds"
                            + " report=%ds staff=%d cohorts=%d enrolments=%d employers=%d",
                    readWorkers,
                    writeWorkers,
                    fixedRate,
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
