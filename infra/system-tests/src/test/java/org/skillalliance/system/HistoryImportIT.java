package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.AllianceSpec;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.ApplicationSpec;
import org.skillalliance.platform.demo.CourseSpec;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.InvitationSpec;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.ProgrammeSpec;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.platform.demo.StaffSpec;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's acceptance for history: an association brings two past cohorts with their outcomes through
 * {@code POST /api/cohorts/history}, and they appear in the funder's programme impact report with the figures computed
 * by hand below. Everything goes through the gateway with real Keycloak tokens, and every figure travels the way live
 * history does: curriculum-service's outbox, Kafka, funding-service's cost shares (fixed at the imported start) and
 * claims (made from the imported outcomes), reporting-service's projections.
 *
 * <p>The programme covers last year, when the cohorts ran; the employers applied for it and were awarded before the
 * history was imported (funding-service accepts a programme and awards over a past period: a grant for training that
 * has taken place is what a funder pays after the fact, and the coverage rule is the same for any period).
 */
@ExtendWith(SharedPlatform.class)
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryImportIT {

    private static final Duration PATIENCE = PlatformPeople.PATIENCE;

    private LocalPlatform platform;
    private AllianceApi api;
    private Session admin;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String password = "history-" + run + "-pw";
    private final int lastYear = LocalDate.now(ZoneOffset.UTC).getYear() - 1;

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        api = new AllianceApi(platform.endpoints());
        admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
    }

    @Test
    void twoPastCohortsWithOutcomesAppearInTheImpactReportWithTheFiguresComputedByHand() {
        // the association, its coordinator, the alliance; a funder; two employers of the alliance
        UUID association = admin.registerOrganisation(
                OrganisationSpec.of("ASSOCIATION", "Tooling Association " + run, "HIS-" + run + "-A", "DE21"));
        Session coordinator = invite(association, "coordinator", "coordinator");
        UUID alliance = coordinator.createAlliance(
                new AllianceSpec("Tooling Alliance " + run, "SECTORAL", List.of("C25"), "DE2", "EUR", association));
        UUID funderOrg = admin.registerOrganisation(
                OrganisationSpec.of("FUNDER", "History Fund " + run, "HIS-" + run + "-F", "DE21"));
        Session funder = invite(funderOrg, "funder", "funder");
        UUID provider = admin.registerOrganisation(
                OrganisationSpec.of("TRAINING_PROVIDER", "Old School " + run, "HIS-" + run + "-P", "DE21"));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, provider, "PROVIDER"));
        UUID e1 = admin.registerOrganisation(
                OrganisationSpec.employer("Micro Tools " + run, "HIS-" + run + "-E1", "DE21", "C25.62", 8));
        UUID e2 = admin.registerOrganisation(
                OrganisationSpec.employer("Small Metal " + run, "HIS-" + run + "-E2", "DE22", "C25.11", 40));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, e1, "MEMBER_EMPLOYER"));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, e2, "MEMBER_EMPLOYER"));
        // their staff, employed since 2018: a1, a2 at E1 (micro); b1, b2, b3 at E2 (small)
        Map<String, UUID> staff = new LinkedHashMap<>();
        for (String key : List.of("a1", "a2", "b1", "b2", "b3")) {
            staff.put(
                    key,
                    admin.registerStaff(StaffSpec.of(
                            key.startsWith("a") ? e1 : e2,
                            "Past",
                            "Learner" + key,
                            key + "-" + run + "@history.example",
                            "2018-03-01")));
        }

        // the course the cohorts were of: 20 hours, DIGITAL, with a credential; published as today
        UUID skill = coordinator.addSkill("HIS-" + run + "-CNC", "CNC programming", "DIGITAL", null);
        UUID course = PlatformPeople.eventually(() -> admin.draftCourse(new CourseSpec(
                alliance,
                "CNC-100",
                "CNC programming",
                "Programming CNC machine tools.",
                provider,
                "BLENDED",
                new BigDecimal("20"),
                List.of(new CourseSpec.SkillTarget(skill, 2)),
                List.of("DIGITAL"),
                "CNC Programmer")));
        PlatformPeople.eventually(() -> coordinator.publishCourse(course));

        // last year's programme; each employer applied and was awarded 300,000 for its seats in DIGITAL courses
        UUID programme = funder.draftProgramme(new ProgrammeSpec(
                funderOrg,
                "Tooling fund " + lastYear + " " + run,
                "EUR",
                1_000_000,
                lastYear + "-01-01",
                lastYear + "-12-31",
                List.of(alliance),
                List.of("MICRO", "SMALL"),
                List.of("C"),
                List.of(),
                List.of("DIGITAL"),
                List.of(
                        ProgrammeSpec.BandRule.of("MICRO", "0.9", 400, "0.1"),
                        ProgrammeSpec.BandRule.of("SMALL", "0.8", 500, "0.1")),
                300_000L,
                1_000_000L,
                3));
        funder.openProgramme(programme, funderOrg);
        for (UUID employer : List.of(e1, e2)) {
            UUID application = PlatformPeople.eventually(() ->
                    admin.applyForGrant(new ApplicationSpec(programme, employer, "EMPLOYER", null, 300_000, "EUR")));
            funder.reviewApplication(application, funderOrg);
            funder.award(application, funderOrg, 300_000, "EUR");
        }

        // The history: H1 (3 to 5 March, EUR 6,000.00 for the cohort) and H2 (8 to 9 September, EUR 1,500.00 a seat)
        LocalDate h1Start = LocalDate.of(lastYear, 3, 3);
        LocalDate h2Start = LocalDate.of(lastYear, 9, 8);
        Map<String, Object> h1 = cohort(
                "H1-" + run,
                course,
                h1Start,
                h1Start.plusDays(2),
                6,
                "TOTAL",
                600_000,
                List.of(
                        seat(staff.get("a1"), e1, h1Start.minusDays(20), "COMPLETED", "20", 40, 70, 5, true),
                        seat(staff.get("a2"), e1, h1Start.minusDays(18), "NOT_COMPLETED", "8", 50, null, 2, false),
                        seat(staff.get("b1"), e2, h1Start.minusDays(15), "COMPLETED", "16", 50, 55, 4, false),
                        seat(staff.get("b2"), e2, h1Start.minusDays(15), "NO_SHOW", "0", null, null, null, false)));
        Map<String, Object> h2 = cohort(
                "H2-" + run,
                course,
                h2Start,
                h2Start.plusDays(1),
                4,
                "PER_SEAT",
                150_000,
                List.of(
                        seat(staff.get("a1"), e1, h2Start.minusDays(30), "COMPLETED", "20", 60, 80, 4, true),
                        seat(staff.get("b3"), e2, h2Start.minusDays(10), "COMPLETED", "12.5", 20, 45, 3, true)));
        Map<String, Object> history =
                Map.of("allianceId", alliance, "organiserId", association, "cohorts", List.of(h1, h2));
        // curriculum-service learns of the coordinator, the staff and the memberships from member-service's events
        // (until then 403 or 422, and nothing is written)
        ApiResponse imported = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> coordinator.post("/api/cohorts/history", history),
                        r -> r.status() != 422 && r.status() != 403);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isEqualTo(2);
        assertThat(imported.json().path("rulesSkipped")).isNotEmpty();
        List<UUID> cohorts = new ArrayList<>();
        imported.json()
                .path("cohorts")
                .forEach(c -> cohorts.add(UUID.fromString(c.path("cohortId").asString())));
        // sent again (a migration tool retrying): nothing new
        ApiResponse again = coordinator.post("/api/cohorts/history", history);
        assertThat(again.json().path("unchanged").asInt()).as(again.toString()).isEqualTo(2);

        // funding-service fixed the shares at the imported starts, PER_SEAT (the default rule):
        //   H1 600000 over 4 seats, 2 each: E1 300000, E2 300000 (a seat costs 150000)
        //   H2 150000 x 2 seats = 300000: E1 150000, E2 150000
        for (UUID cohort : cohorts) {
            // (404 until funding-service has the cohort's events)
            JsonNode shares = await().atMost(PATIENCE)
                    .ignoreExceptions()
                    .until(
                            () -> coordinator.costShares(cohort),
                            s -> s.path("status").asString().equals("FIXED"));
            assertThat(shares.path("shares"))
                    .extracting(s -> s.path("amountMinor").asLong())
                    .containsOnly(cohort.equals(cohorts.get(0)) ? 300_000L : 150_000L);
        }
        // Claims from the imported completions: seat cost x min(rate, 1 - minimum share) + wage x hours
        //   E1 (micro, 0.9, 400/h): H1 a1 150000 x 0.9 + 400 x 20 = 143000 (a2 did not complete);
        //                           H2 a1 143000 (a1 has 286000 of the 300000 cap per participant)
        //   E2 (small, 0.8, 500/h): H1 b1 150000 x 0.8 + 500 x 16 = 128000 (b2 no-show); H2 b3 120000 + 6250 = 126250
        // all within the awards (E1 286000, E2 254250 of 300000 each); the funder approves and pays each
        Map<String, Long> claimed = new LinkedHashMap<>();
        List<JsonNode> claims = await().atMost(PATIENCE)
                .until(
                        () -> funder.claims(programme),
                        c -> c.size() == 4
                                && c.stream()
                                                .mapToLong(x ->
                                                        x.path("claimedMinor").asLong())
                                                .sum()
                                        == 540_250);
        for (JsonNode claim : claims) {
            claimed.put(
                    claim.path("employerId").asString() + "/"
                            + claim.path("cohortId").asString(),
                    claim.path("claimedMinor").asLong());
            UUID id = UUID.fromString(claim.path("id").asString());
            funder.approveClaim(id, funderOrg);
            assertThat(funder.payClaim(id, funderOrg).path("status").asString()).isEqualTo("PAID");
        }
        assertThat(claimed)
                .containsEntry(e1 + "/" + cohorts.get(0), 143_000L)
                .containsEntry(e1 + "/" + cohorts.get(1), 143_000L)
                .containsEntry(e2 + "/" + cohorts.get(0), 128_000L)
                .containsEntry(e2 + "/" + cohorts.get(1), 126_250L);

        JsonNode report = await().atMost(PATIENCE)
                .until(
                        () -> funder.impactReport(programme),
                        r -> r.path("outcomesRecorded").asLong() == 6
                                && r.path("grantDisbursedMinor").asLong() == 540_250);
        // Covered seats: both employers are eligible and their awards cover their seats in DIGITAL courses starting
        // last year: all 6 seats (a1 twice), 5 people, 2 employers.
        assertThat(report.path("participants").asLong()).isEqualTo(5);
        assertThat(report.path("employersServed").asLong()).isEqualTo(2);
        assertThat(report.path("enrolments").asLong()).isEqualTo(6);
        // outcomes: completed a1 (H1), b1, a1 (H2), b3 = 4; not completed a2 = 1; no-show b2 = 1;
        // credentials a1 (H1), a1 (H2), b3 = 3
        assertThat(report.path("outcomesRecorded").asLong()).isEqualTo(6);
        assertThat(report.path("completions").asLong()).isEqualTo(4);
        assertThat(report.path("notCompleted").asLong()).isEqualTo(1);
        assertThat(report.path("noShows").asLong()).isEqualTo(1);
        assertThat(report.path("credentials").asLong()).isEqualTo(3);
        // completion rate 4/6 = 0.6667; credential rate 3/6 = 0.5000; no-show rate 1/6 = 0.1667
        assertDecimal(report, "completionRate", "0.6667");
        assertDecimal(report, "credentialRate", "0.5000");
        assertDecimal(report, "noShowRate", "0.1667");
        // both scores: a1 +30, b1 +5, a1 +20, b3 +25 = 4 seats, 3 gained >= 10: 0.7500; mean gain 80 / 4 = 20.00
        assertThat(report.path("seatsWithBothScores").asLong()).isEqualTo(4);
        assertThat(report.path("seatsWithSkillGain").asLong()).isEqualTo(3);
        assertDecimal(report, "skillGainRate", "0.7500");
        assertDecimal(report, "meanSkillGain", "20.00");
        // hours: 20 + 8 + 16 + 0 + 20 + 12.5 = 76.50; satisfaction (5 + 2 + 4 + 4 + 3) / 5 = 3.60
        assertDecimal(report, "trainingHours", "76.50");
        assertDecimal(report, "meanSatisfaction", "3.60");
        // money: committed = the two awards 600000; disbursed = 143000 + 143000 + 128000 + 126250 = 540250
        assertThat(report.path("currency").asString()).isEqualTo("EUR");
        assertThat(report.path("grantCommittedMinor").asLong()).isEqualTo(600_000);
        assertThat(report.path("grantDisbursedMinor").asLong()).isEqualTo(540_250);
        // training cost = H1 600000 + H2 300000 = 900000; contribution 900000 - 540250 = 359750;
        // leverage 359750 / 540250 = 0.66589.. -> 0.6659
        assertThat(report.path("totalTrainingCostMinor").asLong()).isEqualTo(900_000);
        assertThat(report.path("employerContributionMinor").asLong()).isEqualTo(359_750);
        assertDecimal(report, "leverage", "0.6659");
        // cost per participant 900000 / 5 = 180000, per completion / 4 = 225000, per credential / 3 = 300000
        assertThat(report.path("costPerParticipantMinor").asLong()).isEqualTo(180_000);
        assertThat(report.path("costPerCompletionMinor").asLong()).isEqualTo(225_000);
        assertThat(report.path("costPerCredentialMinor").asLong()).isEqualTo(300_000);
        assertThat(report.path("seatsWithoutCostShares").asLong()).isZero();
        // retention: 2 completions on 5 March (H1: a1, b1) and 2 on 9 September (H2: a1, b3), nobody has left; each
        // pair is measured once its anniversary has passed by retentionAsOf (today, as no `to` was asked for)
        LocalDate asOf = LocalDate.parse(report.path("retentionAsOf").asString());
        LocalDate h1Done = h1Start.plusDays(2);
        LocalDate h2Done = h2Start.plusDays(1);
        for (int months : List.of(6, 12)) {
            long measured = (h1Done.plusMonths(months).isAfter(asOf) ? 0 : 2)
                    + (h2Done.plusMonths(months).isAfter(asOf) ? 0 : 2);
            JsonNode retention = report.path("retention" + months + "Months");
            assertThat(retention.path("measured").asLong())
                    .as(retention.toString())
                    .isEqualTo(measured);
            assertThat(retention.path("retained").asLong())
                    .as(retention.toString())
                    .isEqualTo(measured);
        }
        // as of the period's end (31 December, asked as `to`): H1's pair is 6 months old, H2's not; none 12 months
        JsonNode yearEnd = funder.get("/api/reports/programmes/" + programme + "/impact?to=" + lastYear + "-12-31")
                .json();
        assertThat(yearEnd.path("retentionAsOf").asString()).isEqualTo(lastYear + "-12-31");
        assertThat(yearEnd.path("retention6Months").path("measured").asLong()).isEqualTo(2);
        assertThat(yearEnd.path("retention6Months").path("retained").asLong()).isEqualTo(2);
        assertThat(yearEnd.path("retention12Months").path("measured").asLong()).isZero();
        assertThat(yearEnd.path("participants").asLong()).isEqualTo(5);
        // the course cell: 5 participants, 6 enrolments, 4 completions, 0.6667
        JsonNode cell = report.path("breakdowns").path("course").path("CNC-100");
        assertThat(cell.path("participants").asLong()).as(cell.toString()).isEqualTo(5);
        assertThat(cell.path("enrolments").asLong()).as(cell.toString()).isEqualTo(6);
        assertThat(cell.path("completions").asLong()).as(cell.toString()).isEqualTo(4);
    }

    private static Map<String, Object> cohort(
            String key,
            UUID course,
            LocalDate start,
            LocalDate end,
            int capacity,
            String pricing,
            long amountMinor,
            List<Map<String, Object>> seats) {
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("importKey", key);
        cohort.put("courseId", course);
        cohort.put("startDate", start.toString());
        cohort.put("endDate", end.toString());
        cohort.put("capacity", capacity);
        cohort.put("cost", Map.of("pricing", pricing, "amountMinor", amountMinor, "currency", "EUR"));
        cohort.put("seats", seats);
        return cohort;
    }

    private static Map<String, Object> seat(
            UUID staffId,
            UUID employerId,
            LocalDate enrolledOn,
            String outcome,
            String hours,
            Integer pre,
            Integer post,
            Integer satisfaction,
            boolean credential) {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("staffId", staffId);
        seat.put("employerId", employerId);
        seat.put("enrolledOn", enrolledOn.toString());
        seat.put("outcome", outcome);
        seat.put("attendedHours", new BigDecimal(hours));
        seat.put("preScore", pre);
        seat.put("postScore", post);
        seat.put("satisfaction", satisfaction);
        seat.put("credentialAwarded", credential);
        return seat;
    }

    /** Invites a person by Keycloak's email, sets the password through its link as a browser would, and logs in. */
    private Session invite(UUID organisation, String name, String role) {
        String username = "his-" + run + "-" + name;
        String address = username + "@history.example";
        admin.invite(organisation, new InvitationSpec(username, address, "Hist", "Ory", role, null));
        return PlatformPeople.acceptInvitation(platform, api, username, address, password);
    }

    private static void assertDecimal(JsonNode report, String field, String expected) {
        assertThat(report.path(field).decimalValue()).as(field).isEqualByComparingTo(expected);
    }
}
