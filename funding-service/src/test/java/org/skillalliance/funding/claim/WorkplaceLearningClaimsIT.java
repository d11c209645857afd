package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
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
 * On-the-job hours in grants (issue 20) on real PostgreSQL, a real broker and real tokens: {@code
 * WorkplaceLearningSignedOff} events published to curriculum.events.v1, claims read and decided through the API.
 *
 * <p>Figures by hand: rate 1333 cents an hour, at most 12.5 hours per participant. Anna's plan of 4 sessions, 3.5 + 4
 * + 2.25 + 4.75 = 14.5 h, counts 12.5 h: 1333 x 12.5 = 16662.5, rounded half up 16663. Ben's 8 h: 10664. The claim:
 * 27327. Ben's second learning of 6 h after that claim was approved counts the 4.5 h left: 1333 x 4.5 = 5998.5 ->
 * 5999.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkplaceLearningClaimsIT {

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
    void signedOffHoursArePaidAtTheRateWithinTheParticipantsCapAcrossClaimsExactlyToTheCent() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(withOnTheJob(false));
        employerAward(programme, employer);

        JsonNode rule = api.get("/api/programmes/" + programme)
                .json()
                .path("schemeRules")
                .path("onTheJob");
        assertThat(rule.path("ratePerHourMinor").asLong()).isEqualTo(1333);
        assertThat(rule.path("maxHoursPerParticipant").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(rule.path("requiresOffTheJob").asBoolean()).isFalse();

        UUID anna = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        EventEnvelope annas = upstream.signedOff(
                WorkplaceLearningKind.ON_THE_JOB,
                alliance,
                employer,
                anna,
                TODAY.minusDays(2),
                "3.5",
                "4",
                "2.25",
                "4.75");
        upstream.signedOff(WorkplaceLearningKind.WORKSHOP, alliance, employer, ben, TODAY.minusDays(1), "8");
        upstream.awaitConsumed();

        JsonNode claim = onlyOpenWorkplaceClaim(employer);
        assertThat(claim.path("cohortId").isNull()).isTrue();
        assertThat(claim.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(claim.path("seats").isEmpty()).isTrue();
        assertThat(lines(claim))
                .containsExactly(
                        annas.aggregateId() + " ON_THE_JOB " + anna + " 12.5 16663",
                        lineOf(claim, 1, ben, "WORKSHOP", "8", 10664));
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(16663 + 10664).isEqualTo(27327);
        assertThat(claim.path("excludedLearning").isEmpty()).isTrue();

        // a sign-off delivered again changes nothing
        upstream.redeliver(annas);
        upstream.awaitConsumed();
        assertThat(workplaceClaims(employer)).hasSize(1);

        UUID claimId = UUID.fromString(claim.path("id").asString());
        JsonNode approved = api.post("/api/claims/" + claimId + "/approve", Map.of("funderId", funder))
                .json();
        assertThat(approved.path("approvedMinor").asLong()).isEqualTo(27327);
        assertThat(approved.path("payments").get(0).path("amountMinor").asLong())
                .isEqualTo(27327);
        // submitted when opened and approved: both published as a cohort claim's, without a cohort or seats
        JsonNode submittedEvent = onlyPublished("ClaimSubmitted", claim);
        assertThat(submittedEvent.has("cohortId")).isTrue();
        assertThat(submittedEvent.path("cohortId").isNull()).isTrue();
        assertThat(submittedEvent.path("employerId").asString()).isEqualTo(employer.toString());
        assertThat(submittedEvent.path("programmeId").asString()).isEqualTo(programme.toString());
        // the amount when it opened submitted: the sign-offs are keyed by learning, so either may have come first
        assertThat(submittedEvent.path("claimedMinor").asLong()).isIn(16663L, 10664L, 27327L);
        JsonNode approvedEvent = onlyPublished("ClaimApproved", claim);
        assertThat(approvedEvent.has("cohortId")).isTrue();
        assertThat(approvedEvent.path("cohortId").isNull()).isTrue();
        assertThat(approvedEvent.path("amountMinor").asLong()).isEqualTo(27327);
        assertThat(approvedEvent.path("enrolmentIds").isArray()).isTrue();
        assertThat(approvedEvent.path("enrolmentIds").isEmpty()).isTrue();

        // after the approval: Ben has 4.5 h left, Anna none; a claim of its own
        upstream.signedOff(WorkplaceLearningKind.MENTORING, alliance, employer, ben, TODAY, "6");
        EventEnvelope annasThird =
                upstream.signedOff(WorkplaceLearningKind.MENTORING, alliance, employer, anna, TODAY, "2");
        upstream.awaitConsumed();
        JsonNode second = onlyOpenWorkplaceClaim(employer);
        assertThat(second.path("id").asString()).isNotEqualTo(claimId.toString());
        assertThat(second.path("workplaceLines")).hasSize(1);
        assertThat(second.path("workplaceLines").get(0).path("staffId").asString())
                .isEqualTo(ben.toString());
        assertThat(second.path("workplaceLines").get(0).path("hours").decimalValue())
                .isEqualByComparingTo("4.5");
        assertThat(second.path("workplaceLines").get(0).path("amountMinor").asLong())
                .isEqualTo(5999);
        assertThat(second.path("claimedMinor").asLong()).isEqualTo(5999);
        assertThat(second.path("excludedLearning")).hasSize(1);
        assertThat(second.path("excludedLearning").get(0).path("learningId").asString())
                .isEqualTo(annasThird.aggregateId());
        assertThat(second.path("excludedLearning").get(0).path("reason").asString())
                .isEqualTo("the participant's 12.5 h under the programme are used up");

        // the first claim is paid through the ledger as a seat claim is
        JsonNode paid = api.post("/api/claims/" + claimId + "/pay", Map.of("funderId", funder))
                .json();
        assertThat(paid.path("status").asString()).as(paid.toString()).isEqualTo("PAID");
        JsonNode ledger = api.get("/api/ledger?claimId=" + claimId).json();
        assertThat(StreamSupport.stream(ledger.path("items").spliterator(), false)
                        .map(e -> e.path("type").asString() + " "
                                + e.path("amountMinor").asLong())
                        .toList())
                .containsExactlyInAnyOrder("CLAIM_APPROVED 27327", "DISBURSEMENT_PAID 27327");
    }

    @Test
    void withRequiresOffTheJobOnlyParticipantsWithACompletedSeatAreIncludedTheOthersExcludedWithTheReason() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        Upstream.Cohort cohort =
                upstream.cohort(course, alliance, association, TODAY.minusDays(60), Pricing.PER_SEAT, 100_000);
        Upstream.Seat carla = upstream.confirm(cohort, employer);
        Upstream.Seat dan = upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(withOnTheJob(true));
        employerAward(programme, employer);
        upstream.start(cohort, 2);
        upstream.outcome(cohort, carla, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();

        EventEnvelope carlas =
                upstream.signedOff(WorkplaceLearningKind.ON_THE_JOB, alliance, employer, carla.staffId(), TODAY, "10");
        EventEnvelope dans =
                upstream.signedOff(WorkplaceLearningKind.ON_THE_JOB, alliance, employer, dan.staffId(), TODAY, "3");
        upstream.awaitConsumed();

        JsonNode claim = onlyOpenWorkplaceClaim(employer);
        assertThat(lines(claim)).containsExactly(carlas.aggregateId() + " ON_THE_JOB " + carla.staffId() + " 10 13330");
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(13330);
        assertThat(claim.path("excludedLearning")).hasSize(1);
        assertThat(claim.path("excludedLearning").get(0).path("learningId").asString())
                .isEqualTo(dans.aggregateId());
        assertThat(claim.path("excludedLearning").get(0).path("reason").asString())
                .isEqualTo("the programme pays on-the-job hours only with off-the-job training: the participant has"
                        + " no completed seat in a cohort the programme covers");

        // Dan completes his seat: his learning joins the claim
        upstream.outcome(cohort, dan, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        JsonNode refreshed = onlyOpenWorkplaceClaim(employer);
        assertThat(refreshed.path("id").asString()).isEqualTo(claim.path("id").asString());
        assertThat(refreshed.path("claimedMinor").asLong()).isEqualTo(13330 + 3999);
        assertThat(refreshed.path("excludedLearning").isEmpty()).isTrue();
    }

    @Test
    void underAClaimWindowTheClaimIsADraftFromItsEarliestSignOffAndLearningPastItsWindowIsNotClaimed() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        upstream.awaitConsumed();
        Map<String, Object> terms = withOnTheJob(false);
        terms.put(
                "schemeRules",
                Map.of("onTheJob", ((Map<?, ?>) terms.get("schemeRules")).get("onTheJob"), "claimWindowDays", 30));
        UUID programme = fixtures.openProgramme(terms);
        employerAward(programme, employer);

        UUID erin = UUID.randomUUID();
        EventEnvelope late = upstream.signedOff(
                WorkplaceLearningKind.ON_THE_JOB, alliance, employer, erin, TODAY.minusDays(31), "2");
        EventEnvelope inTime = upstream.signedOff(
                WorkplaceLearningKind.ON_THE_JOB, alliance, employer, erin, TODAY.minusDays(10), "3");
        upstream.awaitConsumed();

        JsonNode draft = onlyOpenWorkplaceClaim(employer);
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("claimWindow").path("opensOn").asString())
                .isEqualTo(TODAY.minusDays(10).toString());
        assertThat(draft.path("claimWindow").path("closesOn").asString())
                .isEqualTo(TODAY.plusDays(20).toString());
        assertThat(lines(draft)).containsExactly(inTime.aggregateId() + " ON_THE_JOB " + erin + " 3 3999");
        assertThat(draft.path("excludedLearning").get(0).path("learningId").asString())
                .isEqualTo(late.aggregateId());
        assertThat(draft.path("excludedLearning").get(0).path("reason").asString())
                .isEqualTo("signed off on " + TODAY.minusDays(31) + ": the claim window of 30 days closed on "
                        + TODAY.minusDays(1));

        assertThat(published("ClaimSubmitted", draft)).isEmpty();
        JsonNode submitted = api.post(
                        "/api/claims/" + draft.path("id").asString() + "/submit", Map.of("employerId", employer))
                .json();
        assertThat(submitted.path("status").asString()).as(submitted.toString()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("claimedMinor").asLong()).isEqualTo(3999);
        JsonNode submittedEvent = onlyPublished("ClaimSubmitted", draft);
        assertThat(submittedEvent.path("cohortId").isNull()).isTrue();
        assertThat(submittedEvent.path("claimedMinor").asLong()).isEqualTo(3999);
    }

    @Test
    void aProgrammeWithoutTheRulePaysNoLearningAtWork() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(programme());
        employerAward(programme, employer);
        assertThat(api.get("/api/programmes/" + programme)
                        .json()
                        .path("schemeRules")
                        .path("onTheJob")
                        .isNull())
                .isTrue();

        upstream.signedOff(WorkplaceLearningKind.ON_THE_JOB, alliance, employer, UUID.randomUUID(), TODAY, "10");
        upstream.awaitConsumed();
        assertThat(workplaceClaims(employer)).isEmpty();
        assertThat(api.get("/api/claims?employerId=" + employer)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
    }

    @Test
    void aBadRuleIsRefusedNamingEachFieldAndNothingIsWritten() {
        long before = programmesOfFunder();
        Map<String, Object> body = programme();
        body.put(
                "schemeRules",
                Map.of("onTheJob", Map.of("ratePerHourMinor", 0, "maxHoursPerParticipant", new BigDecimal("12.345"))));
        ApiClient.Response refused = api.post("/api/programmes", body);
        FundingFixtures.assertRefused(
                refused,
                400,
                "schemeRules.onTheJob.ratePerHourMinor",
                "must be from 1 to 10000000 minor units an hour");
        assertThat(refused.fieldErrors())
                .containsEntry("schemeRules.onTheJob.maxHoursPerParticipant", "must have at most 2 decimal places");

        body.put(
                "schemeRules",
                Map.of(
                        "onTheJob",
                        Map.of("ratePerHourMinor", 10_000_001, "maxHoursPerParticipant", new BigDecimal("1000.01"))));
        ApiClient.Response tooMuch = api.post("/api/programmes", body);
        FundingFixtures.assertRefused(
                tooMuch, 400, "schemeRules.onTheJob.maxHoursPerParticipant", "must be at most 1000 hours");
        assertThat(tooMuch.fieldErrors()).containsKey("schemeRules.onTheJob.ratePerHourMinor");

        body.put("schemeRules", Map.of("onTheJob", Map.of("ratePerHourMinor", 1333)));
        FundingFixtures.assertRefused(
                api.post("/api/programmes", body),
                400,
                "schemeRules.onTheJob.maxHoursPerParticipant",
                "must not be null");
        assertThat(programmesOfFunder()).isEqualTo(before);
    }

    // ---- helpers ----

    private Map<String, Object> programme() {
        return FundingFixtures.programmeAroundToday(funder);
    }

    /** {@link #programme()} paying 1333 cents per signed-off hour, at most 12.5 hours per participant. */
    private Map<String, Object> withOnTheJob(boolean requiresOffTheJob) {
        Map<String, Object> terms = programme();
        Map<String, Object> onTheJob = new HashMap<>();
        onTheJob.put("ratePerHourMinor", 1333);
        onTheJob.put("maxHoursPerParticipant", new BigDecimal("12.5"));
        onTheJob.put("requiresOffTheJob", requiresOffTheJob);
        terms.put("schemeRules", Map.of("onTheJob", onTheJob));
        return terms;
    }

    /** The employer's own award naming no cohort: it covers its learning signed off inside the programme's period. */
    private void employerAward(UUID programme, UUID employer) {
        fixtures.employerAward(programme, funder, employer);
    }

    private long programmesOfFunder() {
        return api.get("/api/programmes?funderId=" + funder)
                .json()
                .path("totalItems")
                .asLong();
    }

    /** The employer's claims for learning at work (no cohort). */
    private List<JsonNode> workplaceClaims(UUID employer) {
        JsonNode claims =
                api.get("/api/claims?employerId=" + employer + "&size=100").json();
        return StreamSupport.stream(claims.path("items").spliterator(), false)
                .filter(c -> c.path("cohortId").isNull())
                .toList();
    }

    private JsonNode onlyOpenWorkplaceClaim(UUID employer) {
        List<JsonNode> open = workplaceClaims(employer).stream()
                .filter(c ->
                        List.of("DRAFT", "SUBMITTED").contains(c.path("status").asString()))
                .toList();
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    /** The payloads of the claim's events of the type in the outbox (keyed by its award), read as consumers read them. */
    private List<JsonNode> published(String eventType, JsonNode claim) {
        return jdbc
                .sql("select envelope from outbox_event where event_type = :type and aggregate_id = :award")
                .param("type", eventType)
                .param("award", claim.path("awardId").asString())
                .query(String.class)
                .list()
                .stream()
                .map(envelope -> registry.parse(envelope).payload())
                .filter(payload -> payload.path("claimId")
                        .asString()
                        .equals(claim.path("id").asString()))
                .toList();
    }

    private JsonNode onlyPublished(String eventType, JsonNode claim) {
        List<JsonNode> payloads = published(eventType, claim);
        assertThat(payloads).as(eventType).hasSize(1);
        return payloads.getFirst();
    }

    private static List<String> lines(JsonNode claim) {
        return StreamSupport.stream(claim.path("workplaceLines").spliterator(), false)
                .map(l -> l.path("learningId").asString() + " " + l.path("kind").asString() + " "
                        + l.path("staffId").asString() + " "
                        + l.path("hours").decimalValue().toPlainString() + " "
                        + l.path("amountMinor").asLong())
                .toList();
    }

    private static String lineOf(JsonNode claim, int index, UUID staff, String kind, String hours, long amount) {
        return claim.path("workplaceLines").get(index).path("learningId").asString() + " " + kind + " " + staff + " "
                + hours + " " + amount;
    }
}
