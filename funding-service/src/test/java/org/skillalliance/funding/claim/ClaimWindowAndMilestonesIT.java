package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.funding.FundingFixtures.eventsOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.funding.ClaimSubmitted;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.funding.Upstream;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Claim windows and milestone payments on the real broker and PostgreSQL (issue 26): a claim under a window is a draft
 * the employer submits between the cohort's end and the window's last day; an approved claim is paid milestone by
 * milestone, each payment one disbursement, one ledger row and one {@code DisbursementPaid} with its milestone.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimWindowAndMilestonesIT {

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

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new FundingFixtures(api);
        upstream = new Upstream(kafka, registry, jdbc);
    }

    @Test
    void anApprovedClaimIsPaidMilestoneByMilestoneInOrderToTheMinorUnit() {
        try (TopicRecorder funding = FundingFixtures.fundingTopic()) {
            UUID funder = UUID.randomUUID();
            Map<String, Object> terms = programmeAroundToday(funder);
            terms.put(
                    "schemeRules",
                    Map.of(
                            "milestones",
                            List.of(
                                    milestone("START", "0.4"),
                                    milestone("COMPLETION", "0.3"),
                                    milestone("OUTCOME", "0.3"))));
            Claimed claimed = claimUnder(fixtures.openProgramme(terms), funder, TODAY.minusDays(30));
            // the worked example of docs/funding.md: seat cost 210000 x min(0.8, 1 - 0.1) = 168000;
            // Anna 168000 + 500 x 20 = 178000, Ben 168000 + 500 x 18.5 = 177250: claim 355250
            JsonNode claim = api.get("/api/claims/" + claimed.claimId()).json();
            assertThat(claim.path("claimedMinor").asLong()).isEqualTo(355_250);
            assertThat(claim.path("status").asString()).isEqualTo("SUBMITTED");
            assertThat(claim.path("claimWindow").isNull()).isTrue();
            assertThat(claim.path("payments")).isEmpty();

            // approved in full; the split: 355250 x 0.4 = 142100, x 0.3 = 106575 (twice), 142100 + 2 x 106575 = 355250
            JsonNode approved = api.post("/api/claims/" + claimed.claimId() + "/approve", Map.of("funderId", funder))
                    .json();
            assertThat(approved.path("approvedMinor").asLong()).isEqualTo(355_250);
            assertThat(payments(approved))
                    .containsExactly("START 142100 DUE", "COMPLETION 106575 DUE", "OUTCOME 106575 DUE");

            // OUTCOME first is refused, naming the milestone; nothing is paid
            ApiClient.Response outcomeFirst = api.post(
                    "/api/claims/" + claimed.claimId() + "/pay", Map.of("funderId", funder, "milestone", "OUTCOME"));
            assertThat(outcomeFirst.status()).as(outcomeFirst.toString()).isEqualTo(422);
            assertThat(outcomeFirst.fieldErrors().get("milestone"))
                    .startsWith("the next payment due is at START; payments are made in milestone order");
            assertThat(ledger(claimed.claimId())).isEmpty();

            JsonNode afterStart = api.post(
                            "/api/claims/" + claimed.claimId() + "/pay",
                            Map.of("funderId", funder, "milestone", "START", "paidOn", TODAY.minusDays(20)))
                    .json();
            assertThat(afterStart.path("status").asString()).isEqualTo("APPROVED");
            assertThat(payments(afterStart))
                    .containsExactly("START 142100 PAID", "COMPLETION 106575 DUE", "OUTCOME 106575 DUE");
            // a payment is never dated after today (the ledger could not correct it) nor before the previous one
            ApiClient.Response future = api.post(
                    "/api/claims/" + claimed.claimId() + "/pay",
                    Map.of("funderId", funder, "paidOn", TODAY.plusDays(1)));
            assertThat(future.status()).as(future.toString()).isEqualTo(422);
            assertThat(future.fieldErrors().get("paidOn")).startsWith("must not be after today");
            ApiClient.Response backwards = api.post(
                    "/api/claims/" + claimed.claimId() + "/pay",
                    Map.of("funderId", funder, "paidOn", TODAY.minusDays(25)));
            assertThat(backwards.status()).as(backwards.toString()).isEqualTo(422);
            assertThat(backwards.fieldErrors())
                    .containsEntry(
                            "paidOn",
                            "must not be before " + TODAY.minusDays(20)
                                    + ", when the claim's previous payment was paid");
            JsonNode afterCompletion = api.post(
                            "/api/claims/" + claimed.claimId() + "/pay",
                            Map.of("funderId", funder, "paidOn", TODAY.minusDays(10)))
                    .json();
            assertThat(afterCompletion.path("status").asString()).isEqualTo("APPROVED");
            JsonNode paid = api.post(
                            "/api/claims/" + claimed.claimId() + "/pay",
                            Map.of("funderId", funder, "milestone", "OUTCOME", "paidOn", TODAY))
                    .json();
            assertThat(paid.path("status").asString()).isEqualTo("PAID");
            assertThat(payments(paid))
                    .containsExactly("START 142100 PAID", "COMPLETION 106575 PAID", "OUTCOME 106575 PAID");
            assertThat(paid.path("payments").get(0).path("paidOn").asString())
                    .isEqualTo(TODAY.minusDays(20).toString());
            assertThat(api.post("/api/claims/" + claimed.claimId() + "/pay", Map.of("funderId", funder))
                            .status())
                    .isEqualTo(409);

            // one ledger row per payment with its milestone, summing to the approved amount
            assertThat(ledger(claimed.claimId()))
                    .containsExactly("START 142100", "COMPLETION 106575", "OUTCOME 106575");
            List<DisbursementPaid> events =
                    eventsOf(funding, EventTypes.DISBURSEMENT_PAID, claimed.awardId(), 3).stream()
                            .map(e -> registry.payload(e, DisbursementPaid.class))
                            .toList();
            assertThat(events)
                    .extracting(e -> e.milestone() + " " + e.amountMinor())
                    .containsExactly("START 142100", "COMPLETION 106575", "OUTCOME 106575");
            assertThat(events.stream().map(DisbursementPaid::disbursementId).distinct())
                    .hasSize(3);
            assertThat(events.stream().mapToLong(DisbursementPaid::amountMinor).sum())
                    .isEqualTo(355_250);
            JsonNode balance =
                    api.get("/api/awards/" + claimed.awardId()).json().path("balance");
            assertThat(balance.path("disbursedMinor").asLong()).isEqualTo(355_250);
            // the statement offsets every milestone payment
            JsonNode totals = api.get("/api/statements?employerId=" + claimed.employerId() + "&from="
                            + TODAY.minusYears(1) + "&to=" + TODAY)
                    .json()
                    .path("totals")
                    .get(0);
            assertThat(totals.path("grantOffsetsMinor").asLong()).isEqualTo(355_250);
            assertThat(totals.path("sharesChargedMinor").asLong()).isEqualTo(420_000);
        }
    }

    @Test
    void aProgrammeWithoutRulesPaysTheWholeClaimAtCompletionInOnePaymentAsBefore() {
        try (TopicRecorder funding = FundingFixtures.fundingTopic()) {
            UUID funder = UUID.randomUUID();
            Claimed claimed =
                    claimUnder(fixtures.openProgramme(programmeAroundToday(funder)), funder, TODAY.minusDays(30));
            assertThat(api.get("/api/claims/" + claimed.claimId())
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("SUBMITTED");
            // submitted at once, with Anna's outcome (her seat, 178000); Ben's outcome then recomputed the submitted
            // claim, which publishes nothing: ClaimSubmitted once, with the amount claimed when it was submitted
            ClaimSubmitted submitted = registry.payload(
                    eventsOf(funding, EventTypes.CLAIM_SUBMITTED, claimed.awardId(), 1)
                            .getFirst(),
                    ClaimSubmitted.class);
            assertThat(submitted.claimId()).isEqualTo(claimed.claimId());
            assertThat(submitted.employerId()).isEqualTo(claimed.employerId());
            assertThat(submitted.claimedMinor()).isEqualTo(178_000);
            assertThat(submissionsPublished(claimed)).isEqualTo(1);
            api.post("/api/claims/" + claimed.claimId() + "/approve", Map.of("funderId", funder));
            JsonNode paid = api.post("/api/claims/" + claimed.claimId() + "/pay", Map.of("funderId", funder))
                    .json();
            assertThat(paid.path("status").asString()).isEqualTo("PAID");
            assertThat(payments(paid)).containsExactly("COMPLETION 355250 PAID");
            assertThat(ledger(claimed.claimId())).containsExactly("COMPLETION 355250");
            DisbursementPaid event = registry.payload(
                    eventsOf(funding, EventTypes.DISBURSEMENT_PAID, claimed.awardId(), 1)
                            .getFirst(),
                    DisbursementPaid.class);
            assertThat(event.amountMinor()).isEqualTo(355_250);
            assertThat(event.milestone()).isEqualTo("COMPLETION");
        }
    }

    @Test
    void aClaimUnderAWindowIsADraftTheEmployerSubmitsBetweenTheCohortsEndAndTheDeadline() {
        UUID funder = UUID.randomUUID();
        Map<String, Object> terms = programmeAroundToday(funder);
        terms.put("schemeRules", Map.of("claimWindowDays", 30));
        UUID programme = fixtures.openProgramme(terms);

        // ended 3 days ago (start - 7, end = start + 4): inside the window, which closes 30 days after the end
        Claimed inside = claimUnder(programme, funder, TODAY.minusDays(7));
        LocalDate insideEnd = TODAY.minusDays(3);
        JsonNode draft = api.get("/api/claims/" + inside.claimId()).json();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("claimedMinor").asLong()).isEqualTo(355_250);
        assertThat(draft.path("claimWindow").path("opensOn").asString()).isEqualTo(insideEnd.toString());
        assertThat(draft.path("claimWindow").path("closesOn").asString())
                .isEqualTo(insideEnd.plusDays(30).toString());
        // the funder can neither approve nor reject a draft
        ApiClient.Response approveDraft =
                api.post("/api/claims/" + inside.claimId() + "/approve", Map.of("funderId", funder));
        assertThat(approveDraft.status()).isEqualTo(409);
        assertThat(approveDraft.json().path("currentState").asString()).isEqualTo("DRAFT");
        assertThat(api.post("/api/claims/" + inside.claimId() + "/reject", Map.of("funderId", funder, "note", "x"))
                        .status())
                .isEqualTo(409);
        // another employer's id in the body is refused
        assertThat(api.post("/api/claims/" + inside.claimId() + "/submit", Map.of("employerId", UUID.randomUUID()))
                        .fieldErrors())
                .containsKey("employerId");
        // a draft is not submitted: ClaimSubmitted comes with the employer's submission, once
        assertThat(submissionsPublished(inside)).isZero();
        JsonNode submitted = api.post(
                        "/api/claims/" + inside.claimId() + "/submit", Map.of("employerId", inside.employerId()))
                .json();
        assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submissionsPublished(inside)).isEqualTo(1);
        assertThat(api.post("/api/claims/" + inside.claimId() + "/submit", Map.of("employerId", inside.employerId()))
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/claims/" + inside.claimId() + "/approve", Map.of("funderId", funder))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("APPROVED");

        // ended 40 days ago: the window closed 10 days ago
        Claimed late = claimUnder(programme, funder, TODAY.minusDays(44));
        LocalDate lateEnd = TODAY.minusDays(40);
        assertSubmissionRefused(
                late,
                "the claim window closed on " + lateEnd.plusDays(30) + " (30 days after the cohort ended on " + lateEnd
                        + ")");

        // ends in 6 days: the window is not open yet
        Claimed early = claimUnder(programme, funder, TODAY.plusDays(2));
        LocalDate earlyEnd = TODAY.plusDays(6);
        assertSubmissionRefused(early, "the claim window opens on " + earlyEnd + ", when the cohort ends");
    }

    /** How many ClaimSubmitted events of the claim are in the outbox. */
    private int submissionsPublished(Claimed claimed) {
        return jdbc.sql("""
                        select count(*) from outbox_event
                        where event_type = 'ClaimSubmitted' and aggregate_id = :award and envelope like :claim
                        """)
                .param("award", claimed.awardId().toString())
                .param("claim", "%\"claimId\":\"" + claimed.claimId() + "\"%")
                .query(Integer.class)
                .single();
    }

    /** The employer's submission is refused with 422 naming {@code claimId}; the claim stays a draft. */
    private void assertSubmissionRefused(Claimed claimed, String reason) {
        ApiClient.Response refused =
                api.post("/api/claims/" + claimed.claimId() + "/submit", Map.of("employerId", claimed.employerId()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsEntry("claimId", reason);
        assertThat(api.get("/api/claims/" + claimed.claimId())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
        assertThat(submissionsPublished(claimed)).isZero();
    }

    /** A claim, its award and its employer. */
    record Claimed(UUID claimId, UUID awardId, UUID employerId) {}

    /**
     * A small employer's claim for a cohort starting on {@code start} (ending 4 days later) under an award of the
     * programme: 2 seats at EUR 2,100.00 each (PER_SEAT pricing, shares per seat: 420000), both completed, Anna 20 h
     * and Ben 18.5 h of 20 planned: 355250.
     */
    private Claimed claimUnder(UUID programme, UUID funder, LocalDate start) {
        UUID alliance = UUID.randomUUID();
        UUID association = UUID.randomUUID();
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of("DIGITAL"));
        Upstream.Cohort cohort = upstream.cohort(course, alliance, association, start, Pricing.PER_SEAT, 210_000);
        Upstream.Seat anna = upstream.confirm(cohort, employer);
        Upstream.Seat ben = upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        UUID award = FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", cohort.id(), 1_000_000),
                funder,
                1_000_000));
        upstream.start(cohort, 2);
        upstream.outcome(cohort, anna, EnrolmentOutcome.COMPLETED, "20");
        upstream.outcome(cohort, ben, EnrolmentOutcome.COMPLETED, "18.5");
        upstream.awaitConsumed();
        JsonNode claims = api.get("/api/claims?cohortId=" + cohort.id()).json();
        assertThat(claims.path("totalItems").asLong()).as(claims.toString()).isEqualTo(1);
        return new Claimed(
                UUID.fromString(claims.path("items").get(0).path("id").asString()), award, employer);
    }

    private static Map<String, Object> programmeAroundToday(UUID funder) {
        Map<String, Object> terms = FundingFixtures.programme(funder, 10_000_000);
        terms.put("periodStart", TODAY.minusYears(1).toString());
        terms.put("periodEnd", TODAY.plusYears(1).toString());
        return terms;
    }

    private static Map<String, Object> milestone(String milestone, String share) {
        return Map.of("milestone", milestone, "share", new BigDecimal(share));
    }

    private static List<String> payments(JsonNode claim) {
        return claim.path("payments")
                .valueStream()
                .map(p -> p.path("milestone").asString() + " "
                        + p.path("amountMinor").asLong() + " "
                        + p.path("status").asString())
                .toList();
    }

    private List<String> ledger(UUID claimId) {
        return api.get("/api/ledger?type=DISBURSEMENT_PAID&claimId=" + claimId)
                .json()
                .path("items")
                .valueStream()
                .map(e -> e.path("milestone").asString() + " "
                        + e.path("amountMinor").asLong())
                .toList();
    }
}
