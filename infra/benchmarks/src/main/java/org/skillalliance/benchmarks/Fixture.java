package org.skillalliance.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.platform.Pause;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.CohortSpec;
import org.skillalliance.platform.demo.CsvReport;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.ImportFile;
import org.skillalliance.platform.demo.Session;
import tools.jackson.databind.JsonNode;

/**
 * What the load needs, made through the public API as people would: the demo alliance ({@link DemoSeed}, as
 * {@code ./alliance up} seeds it), then, by the demo employer's HR, a staff import of {@code staffCount} more people,
 * and, by the coordinator, {@code cohortCount} open cohorts with exactly {@code staffCount} seats each on a published
 * course, and {@value #WARM_UP_COHORTS} more of 10,000 seats for the warm-up. Every (staff member, cohort) pair is one
 * enrolment the write load can make; the pairs are spread over the cohorts round-robin, because curriculum-service
 * serialises the seat decisions of one cohort (a row lock), as it must. Enrolling every pair of the measured cohorts
 * fills each of them from empty to full, evenly: pair {@code i} is sent when its cohort is {@link #fullnessOf} full.
 */
final class Fixture {

    private static final int IMPORT_CHUNK = 100;

    /** Cohorts the write load's warm-up enrols in, so that the measured cohorts start empty. */
    static final int WARM_UP_COHORTS = 4;

    private static final String CURRENCY = "EUR";

    final DemoSummary demo;
    final Session admin;
    final Session coordinator;
    final Session funder;
    final Session hr;
    final UUID funderId;
    final UUID employerId;
    final List<UUID> staff = new ArrayList<>();
    final List<UUID> cohorts = new ArrayList<>();
    final List<UUID> warmUpCohorts = new ArrayList<>();

    private Fixture(
            DemoSummary demo,
            Session admin,
            Session coordinator,
            Session funder,
            Session hr,
            UUID funderId,
            UUID employerId) {
        this.demo = demo;
        this.admin = admin;
        this.coordinator = coordinator;
        this.funder = funder;
        this.hr = hr;
        this.funderId = funderId;
        this.employerId = employerId;
    }

    static Fixture create(PlatformEndpoints endpoints, int staffCount, int cohortCount, PrintStream out) {
        Instant began = Instant.now();
        warmUp(new AllianceApi(endpoints), out);
        DemoSummary demo = DemoSeed.run(endpoints, new PrintStream(out) {
            @Override
            public void println(String line) {
                super.println("    " + line);
            }
        });
        AllianceApi api = new AllianceApi(endpoints);
        Session admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        Session coordinator = api.login(user(demo, "coordinator").username(), DemoSeed.PASSWORD);
        DemoSummary.DemoUser funderUser = user(demo, "funder");
        DemoSummary.DemoUser hrUser = user(demo, "member-admin");
        Session funder = api.login(funderUser.username(), DemoSeed.PASSWORD);
        Session hr = api.login(hrUser.username(), DemoSeed.PASSWORD);
        List<JsonNode> organisations = admin.all("/api/organisations");
        Fixture fixture = new Fixture(
                demo,
                admin,
                coordinator,
                funder,
                hr,
                organisation(organisations, funderUser.organisation()),
                organisation(organisations, hrUser.organisation()));

        UUID allianceId = admin.findAlliance(demo.allianceName()).orElseThrow();
        UUID organiser = UUID.fromString(Session.expect(admin.get("/api/alliances/" + allianceId), 200)
                .json()
                .path("coordinatorId")
                .asString());
        UUID courseId = UUID.fromString(coordinator
                .all("/api/courses?allianceId=" + allianceId + "&status=PUBLISHED")
                .getFirst()
                .path("id")
                .asString());
        fixture.importStaff(staffCount);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < cohortCount + WARM_UP_COHORTS; i++) {
            boolean measured = i < cohortCount;
            UUID cohort = coordinator.scheduleCohort(CohortSpec.of(
                    courseId,
                    organiser,
                    today.plusDays(30),
                    today.plusDays(40),
                    today,
                    today.plusDays(29),
                    measured ? fixture.staff.size() : 10_000,
                    0,
                    null,
                    new CohortSpec.Cost("TOTAL", 1_000_000, CURRENCY)));
            coordinator.openCohort(cohort);
            (measured ? fixture.cohorts : fixture.warmUpCohorts).add(cohort);
        }
        out.printf(
                "    %d more staff imported by %s, %d open cohorts of %d seats (%d enrolments fill them), %d more"
                        + " for the warm-up, in %.1f s%n",
                fixture.staff.size(),
                hr.username(),
                fixture.cohorts.size(),
                fixture.staff.size(),
                fixture.pairs(),
                fixture.warmUpCohorts.size(),
                seconds(began));
        return fixture;
    }

    /** How many distinct enrolments the write load can make. */
    long pairs() {
        return (long) staff.size() * cohorts.size();
    }

    UUID cohortOf(long pair) {
        return cohorts.get((int) (pair % cohorts.size()));
    }

    UUID staffOf(long pair) {
        return staff.get((int) (pair / cohorts.size()));
    }

    /** How full pair {@code pair}'s cohort is when the pairs before it were enrolled: 0 for the first, almost 1 last. */
    double fullnessOf(long pair) {
        return (double) (pair / cohorts.size()) / staff.size();
    }

    /** How many distinct enrolments the warm-up can make. */
    long warmUpPairs() {
        return (long) staff.size() * warmUpCohorts.size() - 1;
    }

    UUID warmUpCohortOf(long pair) {
        return warmUpCohorts.get((int) (pair % warmUpCohorts.size()));
    }

    UUID warmUpStaffOf(long pair) {
        return staff.get((int) (pair / warmUpCohorts.size()));
    }

    /**
     * Waits until curriculum-service knows the imported staff (it learns of them from member-service's events): the
     * enrolment of the last warm-up pair (the last staff member imported) is tried until it is accepted. The warm-up
     * therefore uses the pairs before it ({@link #warmUpPairs()}); the measured cohorts stay empty.
     */
    void awaitStaffKnownToCurriculum(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        long last = warmUpPairs();
        while (true) {
            ApiResponse response = hr.post(
                    "/api/enrolments",
                    Map.of("cohortId", warmUpCohortOf(last), "employerId", employerId, "staffId", warmUpStaffOf(last)));
            if (response.status() == 201 || response.status() == 200) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "curriculum-service did not learn of the imported staff in time: " + response);
            }
            Pause.pause(Duration.ofMillis(250));
        }
    }

    /**
     * The first calls to freshly started services are slow (class loading, the first JIT, member-service's first
     * Keycloak admin call for an invitation): on two busy cores the first invitation can outlast the gateway's 5 s
     * timeout, which would fail the demo seed. So each service is called until it answers, and one throwaway
     * association invites one person (tried again on 503 under a new name), before the seed starts.
     */
    private static void warmUp(AllianceApi api, PrintStream out) {
        Instant began = Instant.now();
        Session admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        for (String path : List.of(
                "/api/alliances",
                "/api/organisations",
                "/api/courses",
                "/api/cohorts",
                "/api/programmes",
                "/api/skills")) {
            for (int attempt = 0; attempt < 10 && admin.get(path).status() >= 500; attempt++) {
                Pause.pause(Duration.ofSeconds(1));
            }
        }
        UUID association = null;
        for (int attempt = 0; association == null; attempt++) {
            ApiResponse response = admin.post(
                    "/api/organisations",
                    org.skillalliance.platform.demo.OrganisationSpec.of(
                            "ASSOCIATION",
                            "Benchmark warm-up association " + attempt,
                            "VR 9" + (100 + attempt),
                            "DE71"));
            if (response.status() == 201) {
                association = UUID.fromString(response.json().path("id").asString());
            } else if (attempt >= 10) {
                throw new IllegalStateException("member-service does not register organisations: " + response);
            } else {
                Pause.pause(Duration.ofSeconds(2));
            }
        }
        for (int attempt = 0; ; attempt++) {
            ApiResponse response = admin.post(
                    "/api/organisations/" + association + "/invitations",
                    new org.skillalliance.platform.demo.InvitationSpec(
                            "bench-warmup-" + attempt,
                            "warmup" + attempt + "@benchmark.example",
                            "Warm",
                            "Up",
                            "coordinator"));
            if (response.status() == 201) {
                break;
            }
            if (attempt >= 10) {
                throw new IllegalStateException("member-service does not invite people: " + response);
            }
            Pause.pause(Duration.ofSeconds(2));
        }
        out.printf("    services warmed up (first calls, one invitation) in %.1f s%n", seconds(began));
    }

    /**
     * Imports {@code count} staff of the demo employer by CSV, in files of {@value #IMPORT_CHUNK} rows: one file of
     * thousands of rows can outlast the gateway's 5 s timeout on two busy cores, which is the HR system's problem to
     * split, not the figure measured here.
     */
    private void importStaff(int count) {
        for (int first = 0; first < count; first += IMPORT_CHUNK) {
            int last = Math.min(count, first + IMPORT_CHUNK);
            ImportFile csv = ImportFile.staff();
            for (int i = first; i < last; i++) {
                boolean consent = i % 2 == 0;
                csv.row(
                        "Bench",
                        "Staff" + i,
                        "bench.staff" + i + "@benchmark.example",
                        "2020-01-01",
                        "7223",
                        consent ? "yes" : "no",
                        consent ? "F" : "",
                        consent ? "25-34" : "");
            }
            CsvReport report = hr.importStaff(employerId, csv.toString());
            if (report.created() != last - first) {
                throw new IllegalStateException(
                        "the staff import created " + report.created() + " of " + (last - first) + ": " + report);
            }
            report.rows().stream()
                    .sorted(java.util.Comparator.comparingLong(CsvReport.Row::line))
                    .forEach(row -> staff.add(row.id()));
        }
    }

    private static DemoSummary.DemoUser user(DemoSummary demo, String role) {
        return demo.users().stream()
                .filter(u -> u.role().equals(role))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo has no " + role));
    }

    private static UUID organisation(List<JsonNode> organisations, String legalName) {
        return organisations.stream()
                .filter(o -> legalName.equals(o.path("legalName").asString()))
                .map(o -> UUID.fromString(o.path("id").asString()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation " + legalName));
    }

    static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
