package org.skillalliance.funding.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.funding.Upstream;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Training plans and the seat rules of issue 26 on real PostgreSQL and a real broker: a programme that requires a plan
 * 30 days ahead, at least 10 attended hours and 80% attendance, over a course of 20 planned hours. Cohort dates are
 * relative to today (UTC), so that "in time" and "late" mean what they say on any day the build runs.
 *
 * <p>Figures by hand: the employer holds the cohort's 4 seats at EUR 1,000.00 each (PER_SEAT pricing, PER_SEAT
 * sharing), so a seat costs 100000 cents; band SMALL pays min(0.8, 1 - 0.1) = 0.8 of it plus 500 cents per attended
 * hour.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingPlansIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void onlyTheSeatInThePlanWithEnoughHoursAndAttendanceIsClaimedTheOthersAreShownWithTheirReasons() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        LocalDate start = TODAY.plusDays(40);
        Upstream.Cohort cohort = upstream.cohort(course, alliance, association, start, Pricing.PER_SEAT, 100_000);
        Upstream.Seat anna = upstream.confirm(cohort, employer);
        Upstream.Seat ben = upstream.confirm(cohort, employer);
        Upstream.Seat carla = upstream.confirm(cohort, employer);
        Upstream.Seat dan = upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(planned());
        employerAward(programme, employer);

        // filed 40 days before the start (due 30 days before): in time; filed again, it replaces the first
        ApiClient.Response first = file(programme, employer, cohort.id(), List.of(anna.staffId()));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        UUID plan = UUID.fromString(first.json().path("id").asString());
        ApiClient.Response replaced =
                file(programme, employer, cohort.id(), List.of(anna.staffId(), ben.staffId(), carla.staffId()));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("id").asString()).isEqualTo(plan.toString());
        JsonNode shown = api.get("/api/training-plans/" + plan).json();
        assertThat(shown.path("participantIds").valueStream().map(JsonNode::asString))
                .containsExactly(
                        anna.staffId().toString(),
                        ben.staffId().toString(),
                        carla.staffId().toString());
        assertThat(shown.path("dueOn").asString()).isEqualTo(start.minusDays(30).toString());
        assertThat(shown.path("filedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(shown.path("plannedHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(shown.path("costMinor").asLong()).isEqualTo(400_000);
        JsonNode listed = api.get("/api/training-plans?programmeId=" + programme + "&employerId=" + employer
                        + "&cohortId=" + cohort.id())
                .json();
        assertThat(listed.path("totalItems").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("id").asString()).isEqualTo(plan.toString());

        // the quote before the start: provisional seat cost 100000; 100000 x 0.8 + 500 x 20 h = 90000
        JsonNode quote = fixtures.quote(cohort.id(), employer);
        assertThat(quote.path("expectedOffsetMinor").asLong()).isEqualTo(90_000);
        assertThat(quote.path("planDueOn").asString())
                .isEqualTo(start.minusDays(30).toString());
        assertThat(quote.path("planFiled").asBoolean()).isTrue();
        assertThat(quote.path("minimumAttendedHours").decimalValue()).isEqualByComparingTo("10");
        assertThat(quote.path("attendanceThreshold").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(quote.path("claimDeadline").isNull()).isTrue();
        assertThat(quote.path("payments").get(0).path("milestone").asString()).isEqualTo("COMPLETION");
        assertThat(quote.path("payments").get(0).path("share").decimalValue()).isEqualByComparingTo("1");

        upstream.start(cohort, 4);
        upstream.outcome(cohort, anna, EnrolmentOutcome.COMPLETED, "18");
        upstream.outcome(cohort, ben, EnrolmentOutcome.COMPLETED, "9");
        upstream.outcome(cohort, carla, EnrolmentOutcome.COMPLETED, "15");
        upstream.outcome(cohort, dan, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();

        // Anna, 18 of 20 h (90%): 100000 x 0.8 + 500 x 18 = 80000 + 9000 = 89000; the three others do not count
        JsonNode claim = fixtures.onlyClaim(cohort.id(), employer);
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(89_000);
        assertThat(claim.path("seats").findValuesAsString("enrolmentId"))
                .containsExactly(anna.enrolmentId().toString());
        Map<String, String> excluded = new HashMap<>();
        claim.path("excludedSeats")
                .forEach(seat -> excluded.put(
                        seat.path("enrolmentId").asString(), seat.path("reason").asString()));
        assertThat(excluded)
                .containsOnly(
                        Map.entry(
                                ben.enrolmentId().toString(),
                                "attended 9 h, fewer than the 10 h the programme requires"),
                        Map.entry(
                                carla.enrolmentId().toString(),
                                "attended 15 of 20 planned hours (75%), below the 80% attendance the programme "
                                        + "requires"),
                        Map.entry(
                                dan.enrolmentId().toString(),
                                "the participant is not in the employer's training plan for the cohort"));
        assertThat(claim.path("excludedSeats").findValuesAsString("staffId"))
                .containsExactlyInAnyOrder(
                        ben.staffId().toString(),
                        carla.staffId().toString(),
                        dan.staffId().toString());

        // approved and paid for exactly that amount
        UUID claimId = UUID.fromString(claim.path("id").asString());
        assertThat(api.post("/api/claims/" + claimId + "/approve", Map.of("funderId", funder))
                        .json()
                        .path("approvedMinor")
                        .asLong())
                .isEqualTo(89_000);
    }

    @Test
    void aPlanFiledAfterItsDueDateIsRefusedWithTheDateAndTheSeatsOfThatCohortAreNotClaimed() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        LocalDate start = TODAY.plusDays(10);
        Upstream.Cohort cohort = upstream.cohort(course, alliance, association, start, Pricing.PER_SEAT, 100_000);
        Upstream.Seat seat = upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(planned());
        employerAward(programme, employer);

        ApiClient.Response late = file(programme, employer, cohort.id(), List.of(seat.staffId()));
        FundingFixtures.assertRefused(
                late,
                422,
                "cohortId",
                "the training plan was due by " + start.minusDays(30) + " (30 days before the cohort starts on " + start
                        + ")");
        assertThat(api.get("/api/training-plans?programmeId=" + programme)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        // the quote says so before the seat is taken
        JsonNode quote = fixtures.quote(cohort.id(), employer);
        assertThat(quote.path("expectedOffsetMinor").asLong()).isZero();
        assertThat(quote.path("reason").asString()).startsWith("no training plan was filed by " + start.minusDays(30));
        assertThat(quote.path("planDueOn").asString())
                .isEqualTo(start.minusDays(30).toString());
        assertThat(quote.path("planFiled").asBoolean()).isFalse();

        // a completed seat with full attendance: no plan, so no seat counts and no claim is made
        upstream.start(cohort, 1);
        upstream.outcome(cohort, seat, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        assertThat(api.get("/api/claims?cohortId=" + cohort.id())
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
    }

    @Test
    void aPlanIsRefusedPreciselyForBadInputAProgrammeWithoutThePlanRuleOrNotOpenAnUnknownCohortOrAnotherCurrency() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        Upstream.Cohort cohort =
                upstream.cohort(course, alliance, association, TODAY.plusDays(60), Pricing.PER_SEAT, 100_000);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(planned());
        UUID withoutRules = fixtures.openProgramme(programme());
        UUID draft = FundingFixtures.created(api.post("/api/programmes", planned()));
        List<UUID> staff = List.of(UUID.randomUUID());

        Map<String, Object> empty = plan(programme, employer, cohort.id(), List.of());
        FundingFixtures.assertRefused(
                api.post("/api/training-plans", empty),
                400,
                "participantIds",
                "must name at least one participant (a staff id)");
        Map<String, Object> negative = plan(programme, employer, cohort.id(), staff);
        negative.put("plannedHours", new BigDecimal("-1"));
        negative.put("costMinor", -1);
        ApiClient.Response refused = api.post("/api/training-plans", negative);
        FundingFixtures.assertRefused(refused, 400, "plannedHours", "must be 0 or more hours");
        assertThat(refused.fieldErrors()).containsKey("costMinor");

        FundingFixtures.assertRefused(
                file(withoutRules, employer, cohort.id(), staff),
                422,
                "programmeId",
                "programme " + withoutRules + " requires no training plan");
        FundingFixtures.assertRefused(
                file(draft, employer, cohort.id(), staff),
                422,
                "programmeId",
                "the programme is DRAFT; training plans are filed under open programmes");
        UUID unknown = UUID.randomUUID();
        FundingFixtures.assertRefused(
                file(programme, employer, unknown, staff),
                422,
                "cohortId",
                "cohort " + unknown + " is not known to funding-service (yet): its events have not arrived");
        Map<String, Object> inDollars = plan(programme, employer, cohort.id(), staff);
        inDollars.put("currency", "USD");
        FundingFixtures.assertRefused(
                api.post("/api/training-plans", inDollars),
                422,
                "currency",
                "must be the programme's currency EUR, not USD");
        assertThat(jdbc.sql("select count(*) from training_plan where employer_id = :e")
                        .param("e", employer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theQuoteShowsTheClaimDeadlineAndTheMilestonePaymentsOfTheProgramme() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        LocalDate start = TODAY.plusDays(20);
        Upstream.Cohort cohort = upstream.cohort(course, alliance, association, start, Pricing.PER_SEAT, 100_000);
        upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        Map<String, Object> terms = programme();
        terms.put(
                "schemeRules",
                Map.of(
                        "claimWindowDays",
                        60,
                        "milestones",
                        List.of(
                                Map.of("milestone", "START", "share", new BigDecimal("0.4")),
                                Map.of("milestone", "COMPLETION", "share", new BigDecimal("0.6")))));
        UUID programme = fixtures.openProgramme(terms);
        employerAward(programme, employer);

        JsonNode quote = fixtures.quote(cohort.id(), employer);
        // the cohort ends 4 days after it starts; the claim is due 60 days later
        assertThat(quote.path("claimDeadline").asString())
                .isEqualTo(start.plusDays(4).plusDays(60).toString());
        assertThat(quote.path("payments").findValuesAsString("milestone")).containsExactly("START", "COMPLETION");
        assertThat(quote.path("payments").get(0).path("share").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(quote.path("planDueOn").isNull()).isTrue();
        assertThat(quote.path("planFiled").asBoolean()).isFalse();
        assertThat(quote.path("minimumAttendedHours").isNull()).isTrue();
        assertThat(quote.path("expectedOffsetMinor").asLong()).isEqualTo(90_000);
    }

    @Test
    void aProgrammeWithoutSchemeRulesCountsEveryCompletedSeatAsBefore() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        Upstream.Cohort cohort =
                upstream.cohort(course, alliance, association, TODAY.plusDays(5), Pricing.PER_SEAT, 100_000);
        Upstream.Seat few = upstream.confirm(cohort, employer);
        Upstream.Seat many = upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(programme());
        employerAward(programme, employer);

        JsonNode quote = fixtures.quote(cohort.id(), employer);
        assertThat(quote.path("expectedOffsetMinor").asLong()).isEqualTo(90_000);
        assertThat(quote.path("reason").isNull()).isTrue();
        assertThat(quote.path("planDueOn").isNull()).isTrue();
        assertThat(quote.path("attendanceThreshold").isNull()).isTrue();
        assertThat(quote.path("claimDeadline").isNull()).isTrue();
        assertThat(quote.path("payments").findValuesAsString("milestone")).containsExactly("COMPLETION");

        upstream.start(cohort, 2);
        upstream.outcome(cohort, few, EnrolmentOutcome.COMPLETED, "2");
        upstream.outcome(cohort, many, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        // no plan, no minimum: 80000 + 500 x 2 = 81000 and 80000 + 500 x 20 = 90000
        JsonNode claim = fixtures.onlyClaim(cohort.id(), employer);
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(171_000);
        assertThat(claim.path("excludedSeats").isEmpty()).isTrue();
    }

    // ---- helpers ----

    /** The programme open to everyone: band SMALL 0.8 of the seat cost, minimum employer share 0.1, 500 cents/h. */
    private Map<String, Object> programme() {
        return FundingFixtures.programmeAroundToday(funder);
    }

    /** {@link #programme()} requiring a plan 30 days ahead, 10 attended hours and 80% attendance. */
    private Map<String, Object> planned() {
        Map<String, Object> terms = programme();
        terms.put(
                "schemeRules",
                Map.of(
                        "trainingPlanLeadDays",
                        30,
                        "minimumAttendedHours",
                        new BigDecimal("10"),
                        "attendanceThreshold",
                        new BigDecimal("0.8")));
        return terms;
    }

    /** The employer's own award, covering its seats in cohorts starting inside the programme's period. */
    private void employerAward(UUID programme, UUID employer) {
        fixtures.employerAward(programme, funder, employer);
    }

    private ApiClient.Response file(UUID programme, UUID employer, UUID cohort, List<UUID> participants) {
        return api.post("/api/training-plans", plan(programme, employer, cohort, participants));
    }

    private static Map<String, Object> plan(UUID programme, UUID employer, UUID cohort, List<UUID> participants) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programme);
        body.put("employerId", employer);
        body.put("cohortId", cohort);
        body.put("participantIds", new ArrayList<>(participants));
        body.put("plannedHours", new BigDecimal("20"));
        body.put("costMinor", 400_000);
        body.put("currency", "EUR");
        return body;
    }
}
