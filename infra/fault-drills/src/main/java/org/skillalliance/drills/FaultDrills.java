package org.skillalliance.drills;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.skillalliance.platform.Pause;
import org.skillalliance.platform.Platform;
import org.skillalliance.platform.PlatformSettings;
import org.skillalliance.platform.PortSetting;
import org.skillalliance.platform.RunningPlatform;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.Session;

/**
 * The fault drills of issue 9 (docs/reliability.md): starts the whole platform as {@code ./alliance up} does, then for
 * each drill builds a fresh alliance through the gateway, runs an enrolment write load through the gateway, injects
 * the fault, lets the platform recover, and checks every acknowledged write in its service and in reporting, and
 * that nothing is stuck. Prints the figures of every drill; exits 1 if a write was lost or double-counted, or the
 * platform did not recover.
 *
 * <p>{@code ./fault-drills [kafka] [reporting] [poison] [database]} (all four when none is named).
 */
public final class FaultDrills {

    private static final Duration LOAD_BEFORE_FAULT = Duration.ofSeconds(15);
    private static final Duration LOAD_AFTER_FAULT = Duration.ofSeconds(10);
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(30);
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(10);
    private static final Duration RECOVERY_PATIENCE = Duration.ofMinutes(3);
    private static final int EMPLOYERS = 3;
    private static final int STAFF_PER_EMPLOYER = 120;
    private static final int COHORTS = 8;
    private static final int CAPACITY = 200;
    private static final int DUPLICATE_COPIES = 2;

    private final RunningPlatform platform;
    private final PrintStream out;
    private final AllianceApi api;
    private final Session admin;
    private final Databases databases;
    private final KafkaProbe kafka;
    private final Set<String> poisons = new LinkedHashSet<>();

    private FaultDrills(RunningPlatform platform, PrintStream out) {
        this.platform = platform;
        this.out = out;
        this.api = new AllianceApi(platform.endpoints());
        this.admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        this.databases = new Databases(platform.settings().port(PortSetting.POSTGRES));
        this.kafka = new KafkaProbe("localhost:" + platform.settings().port(PortSetting.KAFKA));
    }

    public static void main(String[] args) throws Exception {
        List<Drill> drills;
        try {
            drills = Drill.select(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        Path work = Path.of(System.getProperty("drills.work", "infra/fault-drills/target/drill-run"))
                .toAbsolutePath();
        Files.createDirectories(work);
        out.println("Fault drills: " + drills.stream().map(Drill::key).collect(Collectors.joining(", ")));
        out.println("Machine: " + Machine.describe());
        out.println("Platform work folder (data and logs): " + work);
        Instant began = Instant.now();
        List<DrillReport> reports = new ArrayList<>();
        try (RunningPlatform platform = Platform.start(PlatformSettings.forTests(work), out)) {
            out.printf(
                    Locale.ROOT,
                    "Platform healthy after %.1f s%n",
                    platform.coldStart().toMillis() / 1000.0);
            FaultDrills runner = new FaultDrills(platform, out);
            int number = 0;
            for (Drill drill : drills) {
                reports.add(runner.run(++number, drill));
            }
        }
        out.println();
        out.println("Summary (" + Machine.describe() + ")");
        out.println(DrillReport.tableHeader());
        reports.forEach(report -> out.println(report.tableRow()));
        boolean passed = reports.stream().allMatch(DrillReport::passed);
        out.printf(
                Locale.ROOT,
                "%s in %.1f min%n",
                passed ? "ALL DRILLS PASSED: nothing lost, nothing double-counted, nothing stuck" : "DRILLS FAILED",
                Duration.between(began, Instant.now()).toMillis() / 60_000.0);
        System.exit(passed ? 0 : 1);
    }

    private DrillReport run(int number, Drill drill) throws Exception {
        out.println();
        out.println("== Drill " + number + ": " + drill.title());
        Instant setUp = Instant.now();
        DrillAlliance alliance =
                DrillAlliance.create(api, admin, drill.key(), EMPLOYERS, STAFF_PER_EMPLOYER, COHORTS, CAPACITY);
        out.printf(
                Locale.ROOT,
                "  alliance %s built through the gateway in %.1f s: %d employers (an HR person each) with "
                        + "%d staff each, %d open cohorts of %d seats%n",
                alliance.allianceId(),
                seconds(setUp, Instant.now()),
                EMPLOYERS,
                STAFF_PER_EMPLOYER,
                COHORTS,
                CAPACITY);
        WriteLoad load = new WriteLoad(alliance, number);
        Instant loadStarted = Instant.now();
        load.start();
        Pause.pause(LOAD_BEFORE_FAULT);
        int ackedBeforeFault = load.acknowledgedCount();
        Instant faultBegan = Instant.now();
        String faultNote = inject(drill, load);
        Instant healed = Instant.now();
        int ackedDuringFault = load.acknowledgedCount() - ackedBeforeFault;
        Set<UUID> backlog = load.acknowledged().keySet();
        out.printf(
                Locale.ROOT,
                "  fault over after %.1f s: %s; %d writes acknowledged during it%n",
                seconds(faultBegan, healed),
                faultNote,
                ackedDuringFault);

        CompletableFuture<Duration> backlogInReporting =
                CompletableFuture.supplyAsync(() -> untilProjected(alliance, backlog));
        Instant loadUntil = healed.plus(LOAD_AFTER_FAULT);
        if (Instant.now().isBefore(loadUntil)) {
            Pause.pause(Duration.between(Instant.now(), loadUntil));
        }
        load.stop();
        Instant loadStopped = Instant.now();
        out.printf(
                Locale.ROOT,
                "  write load stopped after %.1f s: %d sent, %d acknowledged, %d failed (5xx or no answer), "
                        + "%d not known yet (sent again), %d refused%s%n",
                seconds(loadStarted, loadStopped),
                load.sent(),
                load.acknowledgedCount(),
                load.failed(),
                load.notYetKnown(),
                load.refused(),
                load.failed() + load.refused() > 0 ? "; last failure: " + load.lastFailure() : "");
        if (load.exhausted()) {
            out.println("  note: a load thread ran out of staff and cohort pairs before the load stopped");
        }
        Duration backlogVisible = backlogInReporting.join();
        out.println("  "
                + (backlogVisible == null
                        ? "the writes acknowledged up to the fault's end were NOT all in reporting within "
                                + RECOVERY_PATIENCE.toSeconds() + " s"
                        : String.format(
                                Locale.ROOT,
                                "every write acknowledged up to the fault's end was in reporting %.1f s after the fault ended",
                                backlogVisible.toMillis() / 1000.0)));

        Verdict verdict = null;
        Instant deadline = Instant.now().plus(RECOVERY_PATIENCE);
        Map<UUID, WriteLoad.Ack> acknowledged = load.acknowledged();
        while (true) {
            verdict = look(alliance, acknowledged.keySet());
            if (verdict.consistent() || Instant.now().isAfter(deadline)) {
                break;
            }
            Pause.pause(Duration.ofSeconds(1));
        }
        Instant settled = Instant.now();
        DrillReport report = new DrillReport(
                number,
                drill,
                verdict,
                seconds(faultBegan, healed),
                ackedDuringFault,
                backlogVisible,
                verdict.consistent() ? seconds(loadStopped, settled) : Double.NaN,
                poisons.size());
        report.print(out);
        return report;
    }

    /** Kills the part as a crash would, leaves it dead for {@code down}, starts it again; returns its time to healthy. */
    private Duration crash(String part, String killed, Duration down) {
        platform.kill(part);
        out.println("  " + killed);
        Pause.pause(down);
        return platform.restart(part);
    }

    /** Injects the drill's fault; returns when the fault is over (the part started again, the messages sent). */
    private String inject(Drill drill, WriteLoad load) throws Exception {
        return switch (drill) {
            case KAFKA -> {
                Duration back = crash("kafka", "kafka killed (SIGKILL)", KAFKA_DOWN);
                yield String.format(
                        Locale.ROOT,
                        "kafka started again on the same port and log dirs, accepting " + "connections after %.1f s",
                        back.toMillis() / 1000.0);
            }
            case REPORTING -> {
                Duration back = crash("reporting-service", "reporting-service killed (SIGKILL)", Duration.ZERO);
                yield String.format(
                        Locale.ROOT, "reporting-service started again, ready after %.1f s", back.toMillis() / 1000.0);
            }
            case POISON -> injectPoisonAndDuplicates();
            case DATABASE -> {
                Duration back = crash(
                        "postgres", "PostgreSQL killed (SIGKILL to the postmaster and every backend)", DATABASE_DOWN);
                yield String.format(
                        Locale.ROOT,
                        "PostgreSQL started again on the same port and data folder "
                                + "(crash recovery), accepting connections after %.1f s",
                        back.toMillis() / 1000.0);
            }
        };
    }

    /**
     * Reads every record of the member and curriculum topics, sends each again {@value #DUPLICATE_COPIES} times to the
     * same partition with the same key, value (so the same event id) and headers, and puts one poison message (JSON,
     * but no event envelope) in the middle of the curriculum topic's flood.
     */
    private String injectPoisonAndDuplicates() throws Exception {
        List<ConsumerRecord<String, String>> real = kafka.readAll(Set.of("member.events.v1", "curriculum.events.v1"));
        String poison = "{\"poison\":\"a fault drill's message that is no event envelope\",\"id\":\""
                + UUID.randomUUID() + "\"}";
        List<ProducerRecord<String, String>> flood = new ArrayList<>();
        for (int copy = 0; copy < DUPLICATE_COPIES; copy++) {
            for (ConsumerRecord<String, String> record : real) {
                flood.add(new ProducerRecord<>(
                        record.topic(), record.partition(), record.key(), record.value(), record.headers()));
            }
            if (copy == 0) {
                flood.add(new ProducerRecord<>(
                        "curriculum.events.v1",
                        null,
                        UUID.randomUUID().toString(),
                        poison,
                        List.of(new RecordHeader("event-type", "EnrolmentConfirmed".getBytes()))));
            }
        }
        poisons.add(poison);
        kafka.send(flood);
        return (flood.size() - 1) + " duplicates (" + real.size() + " real events of member.events.v1 and "
                + "curriculum.events.v1, each sent " + DUPLICATE_COPIES + " more times) and 1 poison message sent";
    }

    /** Until every id is in reporting's projection; null if that took longer than the patience allows. */
    private Duration untilProjected(DrillAlliance alliance, Set<UUID> ids) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(RECOVERY_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (databases.projectedEnrolments(alliance.cohortIds()).keySet().containsAll(ids)) {
                    return Duration.between(begin, Instant.now());
                }
            } catch (Exception notYet) {
                // reporting's database may be coming back
            }
            Pause.pause(Duration.ofMillis(250));
        }
        return null;
    }

    /**
     * The inbox consumers of the platform and the topics each reads: every event on those topics must be processed by
     * the consumer once, recorded by one processed mark.
     */
    private record Inbox(String database, String consumer, Set<String> topics) {}

    private static final List<Inbox> INBOXES = List.of(
            new Inbox(
                    "reporting",
                    "reporting.projections",
                    Set.of("member.events.v1", "curriculum.events.v1", "funding.events.v1")),
            new Inbox("funding", "funding.member-facts", Set.of("member.events.v1")),
            new Inbox("funding", "funding.curriculum-facts", Set.of("curriculum.events.v1")),
            new Inbox("curriculum", "curriculum.member-facts", Set.of("member.events.v1")),
            new Inbox("curriculum", "curriculum.skill-records", Set.of("curriculum.events.v1")),
            new Inbox("curriculum", "curriculum.objective-outcomes", Set.of("curriculum.events.v1")));

    private Verdict look(DrillAlliance alliance, Set<UUID> acknowledged) {
        try {
            Map<UUID, String> service = databases.serviceEnrolments(alliance.cohortIds());
            Map<UUID, String> projected = databases.projectedEnrolments(alliance.cohortIds());
            ApiResponse overview = admin.get("/api/reports/alliances/" + alliance.allianceId() + "/overview");
            if (overview.status() != 200) {
                return Verdict.unreachable(acknowledged.size(), "the alliance overview answered " + overview.status());
            }
            List<Tally> tallies = tallies(
                    alliance,
                    overview.json().path("seatsFilled").asLong(),
                    overview.json().path("waitlistLength").asLong());
            Verdict verdict = Verdict.of(
                    acknowledged,
                    service,
                    projected,
                    tallies,
                    databases.unpublishedOutbox(),
                    kafka.consumerLag(),
                    kafka.deadLetters(),
                    poisons);
            return verdict.consistentApartFromInboxes() ? verdict.withInboxes(inboxes()) : verdict;
        } catch (Exception e) {
            return Verdict.unreachable(acknowledged.size(), e.toString());
        }
    }

    /** funding-service's and reporting's counts and money over the drill's enrolments beside curriculum-service's. */
    private List<Tally> tallies(DrillAlliance alliance, long overviewSeatsFilled, long overviewWaitlist)
            throws Exception {
        Databases.Figures curriculum = databases.figures("curriculum", alliance.cohortIds());
        List<Tally> tallies = new ArrayList<>();
        for (String consumer : List.of("funding", "reporting")) {
            Databases.Figures counted = databases.figures(consumer, alliance.cohortIds());
            String where = consumer.equals("funding") ? "funding fact_enrolment" : "reporting rp_enrolment";
            tallies.add(Tally.count("confirmed seats", where, curriculum.confirmed(), counted.confirmed()));
            tallies.add(Tally.count("waitlisted", where, curriculum.waitlisted(), counted.waitlisted()));
            tallies.add(Tally.count("enrolments", where, curriculum.enrolments(), counted.enrolments()));
            tallies.add(Tally.money(
                    "confirmed seats' money (minor units)",
                    where,
                    curriculum.confirmedSeatMoneyMinor(),
                    counted.confirmedSeatMoneyMinor()));
        }
        tallies.add(Tally.count(
                "confirmed seats", "reporting overview seatsFilled", curriculum.confirmed(), overviewSeatsFilled));
        tallies.add(Tally.count(
                "waitlisted", "reporting overview waitlistLength", curriculum.waitlisted(), overviewWaitlist));
        return tallies;
    }

    /** Every inbox consumer's processed marks beside the distinct event ids on the topics it reads. */
    private List<InboxTally> inboxes() throws Exception {
        Map<String, List<UUID>> sent = kafka.eventIds(
                INBOXES.stream().flatMap(i -> i.topics().stream()).collect(Collectors.toSet()));
        List<InboxTally> tallies = new ArrayList<>();
        for (Inbox inbox : INBOXES) {
            List<UUID> sentToIt = inbox.topics().stream()
                    .flatMap(topic -> sent.get(topic).stream())
                    .toList();
            tallies.add(InboxTally.of(
                    inbox.consumer(), databases.processedEvents(inbox.database(), inbox.consumer()), sentToIt));
        }
        return tallies;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** For the docs: where the drills ran. */
    static final class Machine {

        static String describe() {
            String memory = "?";
            try {
                memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(l -> l.startsWith("MemTotal:"))
                        .map(l -> String.format(
                                Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                        .findFirst()
                        .orElse("?");
            } catch (IOException | RuntimeException unknown) {
                // not Linux
            }
            return Runtime.getRuntime().availableProcessors() + " cores, " + memory + " memory, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", JDK "
                    + Runtime.version();
        }
    }
}
