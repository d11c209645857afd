package org.skillalliance.funding.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.funding.FundingFixtures.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.funding.SettableClock;
import org.skillalliance.funding.SettableClockConfiguration;
import org.skillalliance.funding.Upstream;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario per shipped scheme template (issue 26), with every figure computed by hand in the comments: a funder
 * drafts a programme from the template (and adjusts it), employers' staff attend a cohort, the template's rules decide
 * which seats count, claims are submitted, approved and paid, and the ledger shows each payment.
 *
 * <p>The service's clock is a {@link SettableClock}: a plan filed in time (a month before the start) and a claim
 * submitted after the end are months apart. Everything else is real: PostgreSQL, the broker the facts arrive on, and
 * Keycloak's tokens.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClockConfiguration.class)
class SchemeTemplatesIT {

    static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    ApiClient api;
    FundingFixtures fixtures;
    Upstream upstream;

    final UUID alliance = UUID.randomUUID();
    final UUID association = UUID.randomUUID();
    final UUID funder = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new FundingFixtures(api);
        upstream = new Upstream(kafka, registry, jdbc);
    }

    /**
     * Japan's Human Resources Development Support Subsidy for SMEs: a plan 31 days ahead, at least 10 attended hours,
     * 80% attendance, claims within 59 days of the end; SMEs get 45% of the cost (no minimum employer share) and 800
     * JPY an attended hour. JPY has no minor unit below the yen.
     */
    @Test
    void japansSubsidyPaysOnlyPlannedSeatsWithEnoughHoursAndAttendanceAndOnlyClaimsInsideTheWindow() {
        clock.set(LocalDate.of(2026, 4, 1));
        UUID programme = programmeFromTemplate("jp-hrd-support-subsidy-sme", 50_000_000, "JPY", null);
        UUID small = upstream.employer(alliance, 30, SizeBand.SMALL, "C25.62", "JP13");
        UUID medium = upstream.employer(alliance, 120, SizeBand.MEDIUM, "C28.41", "JP13");
        UUID micro = upstream.employer(alliance, 6, SizeBand.MICRO, "J62.01", "JP13");
        UUID course = upstream.course(alliance, "20", List.of());
        // starts 2026-05-15, ends 2026-05-19 (a cohort runs 4 days); 150,000 JPY a seat, shared per seat
        LocalDate start = LocalDate.of(2026, 5, 15);
        Upstream.Cohort cohort =
                upstream.cohort(course, alliance, association, start, Pricing.PER_SEAT, 150_000, "JPY");
        Upstream.Seat aiko = upstream.confirm(cohort, small);
        Upstream.Seat botan = upstream.confirm(cohort, small);
        Upstream.Seat chie = upstream.confirm(cohort, small);
        Upstream.Seat daiki = upstream.confirm(cohort, small);
        Upstream.Seat emi = upstream.confirm(cohort, small);
        Upstream.Seat fumio = upstream.confirm(cohort, medium);
        Upstream.Seat gen = upstream.confirm(cohort, micro);
        upstream.awaitConsumed();
        groupAward(programme, cohort, 5_000_000, "JPY");

        // due 31 days before 2026-05-15: 2026-04-14. Filed 2026-04-01: in time (Emi is not in the plan)
        LocalDate due = LocalDate.of(2026, 4, 14);
        assertThat(fixtures.quote(cohort.id(), small).path("planDueOn").asString())
                .isEqualTo(due.toString());
        assertThat(fixtures.quote(cohort.id(), small).path("claimDeadline").asString())
                .isEqualTo("2026-07-17");
        assertThat(plan(programme, small, cohort, List.of(aiko, botan, chie, daiki), "JPY")
                        .status())
                .isEqualTo(201);
        assertThat(plan(programme, micro, cohort, List.of(gen), "JPY").status()).isEqualTo(201);
        // the medium employer comes a day late: refused with the date, so its seat is in no plan
        clock.set(due.plusDays(1));
        assertRefused(
                plan(programme, medium, cohort, List.of(fumio), "JPY"),
                422,
                "cohortId",
                "the training plan was due by 2026-04-14 (31 days before the cohort starts on 2026-05-15)");
        assertThat(fixtures.quote(cohort.id(), medium)
                        .path("expectedOffsetMinor")
                        .asLong())
                .isZero();

        clock.set(LocalDate.of(2026, 5, 18));
        upstream.start(cohort, 7);
        upstream.outcome(cohort, aiko, EnrolmentOutcome.COMPLETED, "20"); // 100%
        upstream.outcome(cohort, botan, EnrolmentOutcome.COMPLETED, "9"); // fewer than 10 h
        upstream.outcome(cohort, chie, EnrolmentOutcome.COMPLETED, "15"); // 75% < 80%
        upstream.outcome(cohort, daiki, EnrolmentOutcome.COMPLETED, "16"); // exactly 80%: counts
        upstream.outcome(cohort, emi, EnrolmentOutcome.COMPLETED, "20"); // not in the plan
        upstream.outcome(cohort, fumio, EnrolmentOutcome.COMPLETED, "20"); // plan refused as late
        upstream.outcome(cohort, gen, EnrolmentOutcome.COMPLETED, "18");
        upstream.awaitConsumed();

        // a seat costs 150,000 JPY (7 seats, per seat); rate min(0.45, 1 - 0) = 0.45 -> 67,500 + 800 JPY an hour:
        // Aiko 67,500 + 16,000 = 83,500; Daiki 67,500 + 12,800 = 80,300; claim 163,800 JPY
        JsonNode claim = fixtures.onlyClaim(cohort.id(), small);
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(163_800);
        assertThat(claim.path("status").asString()).isEqualTo("DRAFT");
        assertThat(claim.path("seats").findValuesAsString("enrolmentId"))
                .containsExactlyInAnyOrder(
                        aiko.enrolmentId().toString(), daiki.enrolmentId().toString());
        assertThat(excluded(claim))
                .containsOnly(
                        Map.entry(
                                botan.enrolmentId().toString(),
                                "attended 9 h, fewer than the 10 h the programme requires"),
                        Map.entry(
                                chie.enrolmentId().toString(),
                                "attended 15 of 20 planned hours (75%), below the 80% attendance the programme requires"),
                        Map.entry(
                                emi.enrolmentId().toString(),
                                "the participant is not in the employer's training plan for the cohort"));
        assertThat(claim.path("claimWindow").path("opensOn").asString()).isEqualTo("2026-05-19");
        assertThat(claim.path("claimWindow").path("closesOn").asString()).isEqualTo("2026-07-17");
        // the medium employer's only seat is in no plan: no claim
        assertThat(api.get("/api/claims?cohortId=" + cohort.id() + "&employerId=" + medium)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        UUID claimId = UUID.fromString(claim.path("id").asString());
        // the day before the cohort ends, the window is not open yet
        assertRefused(
                submit(claimId, small), 422, "claimId", "the claim window opens on 2026-05-19, when the cohort ends");
        clock.set(LocalDate.of(2026, 6, 1));
        ApiClient.Response submitted = submit(claimId, small);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
        approve(claimId);
        JsonNode paid = pay(claimId, null);
        // no milestones: the whole 163,800 JPY at COMPLETION, one ledger row
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        assertThat(disbursed(claimId)).containsExactly(Map.entry("COMPLETION", 163_800L));

        // the micro employer: Gen 18 of 20 h (90%): 67,500 + 14,400 = 81,900 JPY, but submitted a day too late
        JsonNode late = fixtures.onlyClaim(cohort.id(), micro);
        assertThat(late.path("claimedMinor").asLong()).isEqualTo(81_900);
        clock.set(LocalDate.of(2026, 7, 18));
        assertRefused(
                submit(UUID.fromString(late.path("id").asString()), micro),
                422,
                "claimId",
                "the claim window closed on 2026-07-17 (59 days after the cohort ended on 2026-05-19)");
        assertThat(fixtures.onlyClaim(cohort.id(), micro).path("status").asString())
                .isEqualTo("DRAFT");
    }

    /**
     * A draft whose claim window closed can never be submitted, so it holds none of the employer's cap: the Japanese
     * template adjusted to a cap of 100,000 JPY an employer, a first cohort's draft of 83,500 left to expire, and a
     * second cohort's claim computed after that gets its full 83,500, not the 16,500 the expired draft would leave.
     */
    @Test
    void anExpiredDraftHoldsNoneOfTheEmployersCap() {
        clock.set(LocalDate.of(2026, 4, 1));
        UUID programme = programmeFromTemplate(
                "jp-hrd-support-subsidy-sme", 50_000_000, "JPY", terms -> terms.put("capPerEmployerMinor", 100_000));
        UUID small = upstream.employer(alliance, 30, SizeBand.SMALL, "C25.62", "JP13");
        UUID course = upstream.course(alliance, "20", List.of());
        Upstream.Cohort first = upstream.cohort(
                course, alliance, association, LocalDate.of(2026, 5, 15), Pricing.PER_SEAT, 150_000, "JPY");
        Upstream.Seat aiko = upstream.confirm(first, small);
        Upstream.Cohort second = upstream.cohort(
                course, alliance, association, LocalDate.of(2026, 9, 1), Pricing.PER_SEAT, 150_000, "JPY");
        Upstream.Seat botan = upstream.confirm(second, small);
        upstream.awaitConsumed();
        groupAward(programme, first, 1_000_000, "JPY");
        groupAward(programme, second, 1_000_000, "JPY");
        assertThat(plan(programme, small, first, List.of(aiko), "JPY").status()).isEqualTo(201);
        assertThat(plan(programme, small, second, List.of(botan), "JPY").status())
                .isEqualTo(201);

        clock.set(LocalDate.of(2026, 5, 20));
        upstream.start(first, 1);
        upstream.outcome(first, aiko, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        // 150,000 x 0.45 + 800 x 20 = 67,500 + 16,000 = 83,500, a draft until 2026-07-17, never submitted
        assertThat(fixtures.onlyClaim(first.id(), small).path("claimedMinor").asLong())
                .isEqualTo(83_500);

        clock.set(LocalDate.of(2026, 9, 6));
        upstream.start(second, 1);
        upstream.outcome(second, botan, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        JsonNode claim = fixtures.onlyClaim(second.id(), small);
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(83_500);
        assertThat(fixtures.onlyClaim(first.id(), small).path("status").asString())
                .isEqualTo("DRAFT");
    }

    /**
     * England's Skills Bootcamps: SMEs pay at least 10% (the programme 90%), large employers are not eligible, and a
     * claim is paid 45% at the start, 35% at completion and 20% at the outcome, the last after an outcome report. The
     * funder adjusts the template: a progress report before the completion payment.
     */
    @Test
    void skillsBootcampsPayInThreeExactMilestonesAndAReportHoldsTheSecondUntilAccepted() {
        clock.set(LocalDate.of(2026, 4, 1));
        UUID programme = programmeFromTemplate("uk-skills-bootcamps", 10_000_000, "GBP", terms -> {
            Map<String, Object> rules = new HashMap<>(map(terms.get("schemeRules")));
            List<Object> requirements = new ArrayList<>((List<?>) rules.get("requirements"));
            requirements.add(
                    Map.of("key", "progress-report", "kind", "PROGRESS_REPORT", "beforeMilestone", "COMPLETION"));
            rules.put("requirements", requirements);
            terms.put("schemeRules", rules);
        });
        UUID small = upstream.employer(alliance, 25, SizeBand.SMALL, "J62.01", "UKI3");
        UUID large = upstream.employer(alliance, 900, SizeBand.LARGE, "J62.02", "UKI3");
        UUID course = upstream.course(alliance, "60", List.of());
        // GBP 1,999.99 a seat (199,999 pence), shared per seat
        Upstream.Cohort cohort = upstream.cohort(
                course, alliance, association, LocalDate.of(2026, 5, 4), Pricing.PER_SEAT, 199_999, "GBP");
        Upstream.Seat amy = upstream.confirm(cohort, small);
        Upstream.Seat ben = upstream.confirm(cohort, small);
        Upstream.Seat cal = upstream.confirm(cohort, large);
        upstream.awaitConsumed();
        groupAward(programme, cohort, 1_000_000, "GBP");
        assertThat(fixtures.quote(cohort.id(), large).path("reason").asString()).contains("LARGE");

        clock.set(LocalDate.of(2026, 5, 12));
        upstream.start(cohort, 3);
        upstream.outcome(cohort, amy, EnrolmentOutcome.COMPLETED, "60");
        upstream.outcome(cohort, ben, EnrolmentOutcome.COMPLETED, "54");
        upstream.outcome(cohort, cal, EnrolmentOutcome.COMPLETED, "60");
        upstream.awaitConsumed();
        assertThat(api.get("/api/claims?cohortId=" + cohort.id() + "&employerId=" + large)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        // each seat 199,999 x min(0.9, 1 - 0.1) = 179,999.1 pence; two seats 359,998.2 -> 359,998 (rounded once)
        JsonNode claim = fixtures.onlyClaim(cohort.id(), small);
        UUID claimId = UUID.fromString(claim.path("id").asString());
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(359_998);
        assertThat(claim.path("status").asString()).isEqualTo("SUBMITTED");
        approve(claimId);
        // 359,998 x 0.45 = 161,999.1, x 0.35 = 125,999.3, x 0.2 = 71,999.6: floors 161,999 + 125,999 + 71,999 =
        // 359,997; the one penny left goes to the largest remainder (0.6, OUTCOME): 72,000. Sum 359,998.
        JsonNode approved = api.get("/api/claims/" + claimId).json();
        assertThat(payments(approved))
                .containsExactly(
                        Map.entry("START", 161_999L), Map.entry("COMPLETION", 125_999L), Map.entry("OUTCOME", 72_000L));

        assertThat(pay(claimId, "START").path("status").asString()).isEqualTo("APPROVED");
        // the second payment waits for the progress report
        String progressDue =
                "requirement 'progress-report' (PROGRESS_REPORT, due before the COMPLETION payment) is not accepted: ";
        assertThat(api.get("/api/claims/" + claimId)
                        .json()
                        .path("blockedBy")
                        .get(0)
                        .asString())
                .startsWith(progressDue);
        ApiClient.Response blocked = payResponse(claimId, "COMPLETION");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(422);
        assertThat(blocked.fieldErrors().get("claimId")).contains(progressDue + "not submitted yet");
        report(claimId, small, "progress-report", "All learners attend; week 3 of 8.");
        ApiClient.Response awaiting = payResponse(claimId, "COMPLETION");
        assertThat(awaiting.status()).isEqualTo(422);
        assertThat(awaiting.fieldErrors().get("claimId")).contains("awaiting the funder");
        accept(claimId, "progress-report");
        assertThat(pay(claimId, "COMPLETION").path("status").asString()).isEqualTo("APPROVED");
        // the outcome payment waits for the template's own outcome report
        ApiClient.Response noOutcome = payResponse(claimId, "OUTCOME");
        assertThat(noOutcome.status()).isEqualTo(422);
        assertThat(noOutcome.fieldErrors().get("claimId")).contains("'positive-outcome'");
        report(claimId, small, "positive-outcome", "Amy and Ben took new roles as data analysts.");
        accept(claimId, "positive-outcome");
        assertThat(pay(claimId, "OUTCOME").path("status").asString()).isEqualTo("PAID");

        assertThat(disbursed(claimId))
                .containsExactly(
                        Map.entry("START", 161_999L), Map.entry("COMPLETION", 125_999L), Map.entry("OUTCOME", 72_000L));
        assertThat(disbursed(claimId).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(359_998);
    }

    /**
     * Germany's § 82 SGB III (Qualifizierungschancengesetz): course fees paid in full under 50 staff, half for medium
     * employers, a quarter for large ones, for courses of more than 120 hours (at least 121 attended).
     */
    @Test
    void germanysSection82PaysTheCourseFeesBySizeForSeatsOfMoreThan120Hours() {
        clock.set(LocalDate.of(2026, 3, 2));
        UUID programme = programmeFromTemplate("de-qualifizierungschancengesetz", 100_000_000, "EUR", null);
        UUID small = upstream.employer(alliance, 40, SizeBand.SMALL, "C25.62", "DE21");
        UUID medium = upstream.employer(alliance, 200, SizeBand.MEDIUM, "C28.41", "DE21");
        UUID large = upstream.employer(alliance, 800, SizeBand.LARGE, "C29.10", "DE21");
        UUID course = upstream.course(alliance, "160", List.of());
        // EUR 4,800.00 a seat, shared per seat
        Upstream.Cohort cohort = upstream.cohort(
                course, alliance, association, LocalDate.of(2026, 3, 9), Pricing.PER_SEAT, 480_000, "EUR");
        Upstream.Seat anna = upstream.confirm(cohort, small);
        Upstream.Seat ben = upstream.confirm(cohort, small);
        Upstream.Seat carla = upstream.confirm(cohort, medium);
        Upstream.Seat dirk = upstream.confirm(cohort, large);
        upstream.awaitConsumed();
        groupAward(programme, cohort, 2_000_000, "EUR");

        upstream.start(cohort, 4);
        upstream.outcome(cohort, anna, EnrolmentOutcome.COMPLETED, "150");
        upstream.outcome(cohort, ben, EnrolmentOutcome.COMPLETED, "120"); // not more than 120 h
        upstream.outcome(cohort, carla, EnrolmentOutcome.COMPLETED, "130");
        upstream.outcome(cohort, dirk, EnrolmentOutcome.COMPLETED, "121"); // exactly the minimum: counts
        upstream.awaitConsumed();

        // small: min(1, 1 - 0) = 1 of 480,000 = 480,000 (Ben left out); medium: min(0.5, 1 - 0.5) = 0.5 -> 240,000;
        // large: min(0.25, 1 - 0.75) = 0.25 -> 120,000; no wage subsidy in the template
        JsonNode smallClaim = fixtures.onlyClaim(cohort.id(), small);
        assertThat(smallClaim.path("claimedMinor").asLong()).isEqualTo(480_000);
        assertThat(excluded(smallClaim))
                .containsExactly(Map.entry(
                        ben.enrolmentId().toString(), "attended 120 h, fewer than the 121 h the programme requires"));
        assertThat(fixtures.onlyClaim(cohort.id(), medium).path("claimedMinor").asLong())
                .isEqualTo(240_000);
        assertThat(fixtures.onlyClaim(cohort.id(), large).path("claimedMinor").asLong())
                .isEqualTo(120_000);

        clock.set(LocalDate.of(2026, 3, 20));
        for (UUID employer : List.of(small, medium, large)) {
            UUID claimId = UUID.fromString(
                    fixtures.onlyClaim(cohort.id(), employer).path("id").asString());
            approve(claimId);
            assertThat(pay(claimId, null).path("status").asString()).isEqualTo("PAID");
        }
        // the small employer's statement: 2 seats charged 960,000, offset by the 480,000 paid -> 480,000 to pay
        JsonNode statement = api.get("/api/statements?employerId=" + small + "&from=2026-03-01&to=2026-03-31")
                .json();
        JsonNode totals = statement.path("totals").get(0);
        assertThat(totals.path("currency").asString()).isEqualTo("EUR");
        assertThat(totals.path("sharesChargedMinor").asLong()).isEqualTo(960_000);
        assertThat(totals.path("grantOffsetsMinor").asLong()).isEqualTo(480_000);
        assertThat(totals.path("netPayableMinor").asLong()).isEqualTo(480_000);
    }

    private UUID programmeFromTemplate(
            String key, long budgetMinor, String currency, Consumer<Map<String, Object>> adjust) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("templateKey", key);
        draft.put("funderId", funder);
        draft.put("budgetMinor", budgetMinor);
        draft.put("periodStart", PERIOD_START.toString());
        draft.put("periodEnd", PERIOD_END.toString());
        ApiClient.Response created = api.post("/api/programmes/from-template", draft);
        UUID id = FundingFixtures.created(created);
        assertThat(created.json().path("currency").asString()).isEqualTo(currency);
        if (adjust != null) {
            // the funder adjusts the draft: the template's terms with its own changes
            Map<String, Object> terms = new HashMap<>(
                    map(api.get("/api/programme-templates/" + key).json().path("programme")));
            terms.put("funderId", funder);
            terms.put("name", created.json().path("name").asString());
            terms.put("budgetMinor", budgetMinor);
            terms.put("periodStart", PERIOD_START.toString());
            terms.put("periodEnd", PERIOD_END.toString());
            adjust.accept(terms);
            ApiClient.Response revised = api.put("/api/programmes/" + id, terms);
            assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        }
        ApiClient.Response opened = api.post("/api/programmes/" + id + "/open", Map.of("funderId", funder));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return id;
    }

    /** The association's award for the whole cohort (it covers every employer's seats in it). */
    private void groupAward(UUID programme, Upstream.Cohort cohort, long amountMinor, String currency) {
        UUID application = fixtures.applicationUnderReview(
                programme, funder, association, "ASSOCIATION", cohort.id(), amountMinor, currency);
        FundingFixtures.created(fixtures.award(application, funder, amountMinor, currency));
    }

    private ApiClient.Response plan(
            UUID programme, UUID employer, Upstream.Cohort cohort, List<Upstream.Seat> seats, String currency) {
        return api.post(
                "/api/training-plans",
                Map.of(
                        "programmeId",
                        programme,
                        "employerId",
                        employer,
                        "cohortId",
                        cohort.id(),
                        "participantIds",
                        seats.stream().map(Upstream.Seat::staffId).toList(),
                        "plannedHours",
                        20,
                        "costMinor",
                        150_000L * seats.size(),
                        "currency",
                        currency));
    }

    private ApiClient.Response submit(UUID claim, UUID employer) {
        return api.post("/api/claims/" + claim + "/submit", Map.of("employerId", employer));
    }

    private void approve(UUID claim) {
        ApiClient.Response approved = api.post("/api/claims/" + claim + "/approve", Map.of("funderId", funder));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    private ApiClient.Response payResponse(UUID claim, String milestone) {
        Map<String, Object> body = new HashMap<>();
        body.put("funderId", funder);
        if (milestone != null) {
            body.put("milestone", milestone);
        }
        return api.post("/api/claims/" + claim + "/pay", body);
    }

    private JsonNode pay(UUID claim, String milestone) {
        ApiClient.Response paid = payResponse(claim, milestone);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        return paid.json();
    }

    private void report(UUID claim, UUID employer, String key, String summary) {
        ApiClient.Response submitted = api.post(
                "/api/claims/" + claim + "/reports",
                Map.of("employerId", employer, "requirementKey", key, "summary", summary));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private void accept(UUID claim, String key) {
        ApiClient.Response accepted =
                api.post("/api/claims/" + claim + "/reports/" + key + "/accept", Map.of("funderId", funder));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    /** The claim's planned payments, milestone -> amount, in order. */
    private static Map<String, Long> payments(JsonNode claim) {
        Map<String, Long> payments = new java.util.LinkedHashMap<>();
        claim.path("payments")
                .forEach(p -> payments.put(
                        p.path("milestone").asString(), p.path("amountMinor").asLong()));
        return payments;
    }

    /** The ledger's disbursements of the claim, milestone -> amount, in the order paid. */
    private Map<String, Long> disbursed(UUID claim) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        api.get("/api/ledger?type=DISBURSEMENT_PAID&claimId=" + claim)
                .json()
                .path("items")
                .forEach(row -> rows.put(
                        row.path("milestone").asString(),
                        row.path("amountMinor").asLong()));
        return rows;
    }

    private static Map<String, String> excluded(JsonNode claim) {
        Map<String, String> excluded = new HashMap<>();
        claim.path("excludedSeats")
                .forEach(seat -> excluded.put(
                        seat.path("enrolmentId").asString(), seat.path("reason").asString()));
        return excluded;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object node) {
        return json.convertValue(node, Map.class);
    }
}
