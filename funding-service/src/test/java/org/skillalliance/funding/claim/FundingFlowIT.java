package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillalliance.funding.FundingFixtures.eventsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.CostSharingRule;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
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
 * The whole money path on the real broker and PostgreSQL: upstream events feed the facts, a cohort's cost is shared,
 * an association's group award covers it, outcome events raise claims, claims are approved within the award and
 * paid, and statements, balances and budgets reconcile with the ledger.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingFlowIT {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

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
    void costsAreSharedAwardedClaimedApprovedPaidAndReconciledWithTheLedger() {
        try (TopicRecorder funding = FundingFixtures.fundingTopic()) {
            UUID alliance = UUID.randomUUID();
            UUID association = UUID.randomUUID();
            UUID funder = UUID.randomUUID();
            UUID small = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
            UUID medium = upstream.employer(alliance, 120, SizeBand.MEDIUM, "C28.41", "DE21");
            UUID large = upstream.employer(alliance, 400, SizeBand.LARGE, "C25.11", "DE21"); // not an eligible band
            UUID course = upstream.course(alliance, "20", List.of("DIGITAL", "GREEN"));
            // EUR 9,000.00 for the whole cohort
            Upstream.Cohort cohort = upstream.cohort(course, alliance, association, START, Pricing.TOTAL, 900_000);
            Upstream.Seat anna = upstream.confirm(cohort, small);
            Upstream.Seat ben = upstream.confirm(cohort, small);
            Upstream.Seat carla = upstream.confirm(cohort, medium);
            Upstream.Seat dirk = upstream.confirm(cohort, large);
            Upstream.Seat eve = upstream.confirm(cohort, medium);
            upstream.withdraw(cohort, eve); // a freed seat does not count
            upstream.waitlist(cohort, medium); // nor does a waiter
            upstream.awaitConsumed();

            // provisional, per seat by default: 4 seats, 225000 each -> small 450000, medium 225000, large 225000
            JsonNode provisional = api.get("/api/cost-shares/" + cohort.id()).json();
            assertThat(provisional.path("status").asString()).isEqualTo("PROVISIONAL");
            assertThat(provisional.path("rule").asString()).isEqualTo("PER_SEAT");
            assertThat(shares(provisional))
                    .containsEntry(small, 450_000L)
                    .containsEntry(medium, 225_000L)
                    .containsEntry(large, 225_000L);

            ApiClient.Response notTheOrganiser = api.put(
                    "/api/cost-shares/" + cohort.id() + "/rule",
                    Map.of("coordinatorId", UUID.randomUUID(), "rule", "EQUAL"));
            assertThat(notTheOrganiser.status()).isEqualTo(422);
            assertThat(notTheOrganiser.fieldErrors()).containsKey("coordinatorId");
            ApiClient.Response noBaseFee = api.put(
                    "/api/cost-shares/" + cohort.id() + "/rule",
                    Map.of("coordinatorId", association, "rule", "BASE_PLUS_PER_SEAT"));
            assertThat(noBaseFee.fieldErrors()).containsEntry("baseFeeMinor", "is required with BASE_PLUS_PER_SEAT");
            // base fee 600.00 per employer (3 x 60000 = 180000), the remaining 720000 per seat (180000 a seat):
            // small 60000 + 360000 = 420000, medium 60000 + 180000 = 240000, large 240000
            JsonNode chosen = api.put(
                            "/api/cost-shares/" + cohort.id() + "/rule",
                            Map.of("coordinatorId", association, "rule", "BASE_PLUS_PER_SEAT", "baseFeeMinor", 60_000))
                    .json();
            assertThat(shares(chosen))
                    .containsEntry(small, 420_000L)
                    .containsEntry(medium, 240_000L)
                    .containsEntry(large, 240_000L);

            // programme for SMALL and MEDIUM employers of section C in DE2, DIGITAL courses
            Map<String, Object> terms = FundingFixtures.programme(funder, 10_000_000);
            terms.put("eligibleAllianceIds", List.of(alliance));
            terms.put("eligibleSizeBands", List.of("SMALL", "MEDIUM"));
            terms.put("eligibleSectorCodes", List.of("C"));
            terms.put("eligibleRegions", List.of("DE2"));
            terms.put("requiredPriorityTags", List.of("DIGITAL"));
            terms.put("capPerParticipantMinor", 300_000);
            terms.put("capPerEmployerMinor", 1_000_000);
            UUID programme = fixtures.openProgramme(terms);
            UUID application = fixtures.applicationUnderReview(
                    programme, funder, association, "ASSOCIATION", cohort.id(), 500_000);
            ApiClient.Response awarded = fixtures.award(application, funder, 500_000);
            UUID award = FundingFixtures.created(awarded);
            assertThat(api.get("/api/applications/" + application)
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("AWARDED");

            // quote for a small employer's seat before the start: seat cost 420000 / 2 = 210000;
            // 210000 x min(0.8, 1 - 0.1) = 168000 + wage 500 x 20 planned hours = 10000 -> 178000
            JsonNode quote = api.get("/api/quotes?cohortId=" + cohort.id() + "&employerId=" + small)
                    .json();
            assertThat(quote.path("expectedOffsetMinor").asLong()).isEqualTo(178_000);
            assertThat(quote.path("currency").asString()).isEqualTo("EUR");
            assertThat(quote.path("awardId").asString()).isEqualTo(award.toString());
            assertThat(quote.path("programmeId").asString()).isEqualTo(programme.toString());
            assertThat(quote.path("sharesFixed").asBoolean()).isFalse();
            JsonNode largeQuote = api.get("/api/quotes?cohortId=" + cohort.id() + "&employerId=" + large)
                    .json();
            assertThat(largeQuote.path("expectedOffsetMinor").asLong()).isZero();
            assertThat(largeQuote.path("awardId").isNull()).isTrue();
            assertThat(largeQuote.path("reason").asString()).contains("not eligible");
            assertThat(api.get("/api/quotes?cohortId=" + UUID.randomUUID() + "&employerId=" + small)
                            .status())
                    .isEqualTo(404);

            // the cohort starts: shares are fixed over the 4 confirmed seats and announced
            upstream.start(cohort, 4);
            upstream.awaitConsumed();
            JsonNode fixed = api.get("/api/cost-shares/" + cohort.id()).json();
            assertThat(fixed.path("status").asString()).isEqualTo("FIXED");
            assertThat(shares(fixed))
                    .containsEntry(small, 420_000L)
                    .containsEntry(medium, 240_000L)
                    .containsEntry(large, 240_000L);
            ApiClient.Response lateChange = api.put(
                    "/api/cost-shares/" + cohort.id() + "/rule", Map.of("coordinatorId", association, "rule", "EQUAL"));
            assertThat(lateChange.status()).isEqualTo(409);
            assertThat(lateChange.json().path("currentState").asString()).isEqualTo("FIXED");
            CostSharesFixed sharesFixed = registry.payload(
                    eventsOf(funding, EventTypes.COST_SHARES_FIXED, cohort.id(), 1)
                            .getFirst(),
                    CostSharesFixed.class);
            assertThat(sharesFixed.rule()).isEqualTo(CostSharingRule.BASE_PLUS_PER_SEAT);
            assertThat(sharesFixed.totalMinor()).isEqualTo(900_000);
            assertThat(sharesFixed.shares().stream()
                            .mapToLong(CostShare::amountMinor)
                            .sum())
                    .isEqualTo(900_000);
            assertThat(sharesFixed.shares()).extracting(CostShare::seats).containsExactlyInAnyOrder(2, 1, 1);
            assertThat(registry.payload(
                                    eventsOf(funding, EventTypes.GRANT_AWARDED, award, 1)
                                            .getFirst(),
                                    GrantAwarded.class)
                            .cohortId())
                    .isEqualTo(cohort.id());

            // outcomes: all completed; Ben attended 18.5 h; the large employer is not eligible
            EventEnvelope annaDone = upstream.outcome(cohort, anna, EnrolmentOutcome.COMPLETED, "20");
            upstream.outcome(cohort, ben, EnrolmentOutcome.COMPLETED, "18.5");
            upstream.outcome(cohort, carla, EnrolmentOutcome.COMPLETED, "20");
            upstream.outcome(cohort, dirk, EnrolmentOutcome.COMPLETED, "20");
            upstream.redeliver(annaDone); // the same event twice
            upstream.outcome(cohort, anna, EnrolmentOutcome.COMPLETED, "20"); // a correction with the same facts
            upstream.awaitConsumed();

            // small: seat 420000 / 2 = 210000; Anna 168000 + 500 x 20 = 178000; Ben 168000 + 500 x 18.5 = 177250
            //        claim 355250 (below the participant cap 300000 each and the employer cap 1000000)
            // medium: seat 240000; min(0.8, 1 - 0.25) = 0.75 -> 180000 + 300 x 20 = 6000 -> 186000
            JsonNode claims = api.get("/api/claims?awardId=" + award).json();
            assertThat(claims.path("totalItems").asLong()).isEqualTo(2);
            JsonNode smallClaim = claimOf(claims, small);
            JsonNode mediumClaim = claimOf(claims, medium);
            assertThat(smallClaim.path("claimedMinor").asLong()).isEqualTo(355_250);
            assertThat(smallClaim.path("seats")).hasSize(2);
            assertThat(smallClaim.path("status").asString()).isEqualTo("SUBMITTED");
            assertThat(mediumClaim.path("claimedMinor").asLong()).isEqualTo(186_000);
            assertThat(api.get("/api/claims?employerId=" + large)
                            .json()
                            .path("totalItems")
                            .asLong())
                    .isZero();

            // approval: the small claim in full; the medium one only for what the award has left
            // (500000 - 355250 = 144750), so that disbursements never exceed the award
            UUID smallClaimId = UUID.fromString(smallClaim.path("id").asString());
            UUID mediumClaimId = UUID.fromString(mediumClaim.path("id").asString());
            assertThat(api.post("/api/claims/" + smallClaimId + "/approve", Map.of("funderId", UUID.randomUUID()))
                            .status())
                    .isEqualTo(422);
            assertThat(api.post("/api/claims/" + smallClaimId + "/pay", Map.of("funderId", funder))
                            .json()
                            .path("currentState")
                            .asString())
                    .isEqualTo("SUBMITTED");
            assertThat(api.post("/api/claims/" + smallClaimId + "/approve", Map.of("funderId", funder))
                            .json()
                            .path("approvedMinor")
                            .asLong())
                    .isEqualTo(355_250);
            assertThat(api.post("/api/claims/" + mediumClaimId + "/approve", Map.of("funderId", funder))
                            .json()
                            .path("approvedMinor")
                            .asLong())
                    .isEqualTo(144_750);
            assertThat(api.post(
                                    "/api/claims/" + smallClaimId + "/pay",
                                    Map.of("funderId", funder, "paidOn", "2026-06-30"))
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("PAID");
            assertThat(api.post(
                                    "/api/claims/" + mediumClaimId + "/pay",
                                    Map.of("funderId", funder, "paidOn", "2026-07-15"))
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("PAID");
            assertThat(api.post("/api/claims/" + mediumClaimId + "/pay", Map.of("funderId", funder))
                            .status())
                    .isEqualTo(409);

            JsonNode balance = api.get("/api/awards/" + award).json().path("balance");
            assertThat(balance.path("committedMinor").asLong()).isEqualTo(500_000);
            assertThat(balance.path("approvedMinor").asLong()).isEqualTo(500_000);
            assertThat(balance.path("disbursedMinor").asLong()).isEqualTo(500_000);
            assertThat(balance.path("remainingMinor").asLong()).isZero();
            JsonNode budget = api.get("/api/programmes/" + programme).json().path("budget");
            assertThat(budget.path("committedMinor").asLong()).isEqualTo(500_000);
            assertThat(budget.path("availableMinor").asLong()).isEqualTo(9_500_000);
            assertThat(budget.path("disbursedMinor").asLong()).isEqualTo(500_000);

            ClaimApproved approved = registry.payload(
                    eventsOf(funding, EventTypes.CLAIM_APPROVED, award, 2).stream()
                            .filter(e -> e.payload().path("claimId").asString().equals(smallClaimId.toString()))
                            .findFirst()
                            .orElseThrow(),
                    ClaimApproved.class);
            assertThat(approved.amountMinor()).isEqualTo(355_250);
            assertThat(approved.enrolmentIds()).containsExactlyInAnyOrder(anna.enrolmentId(), ben.enrolmentId());
            List<DisbursementPaid> paid = eventsOf(funding, EventTypes.DISBURSEMENT_PAID, award, 2).stream()
                    .map(e -> registry.payload(e, DisbursementPaid.class))
                    .toList();
            assertThat(paid.stream().mapToLong(DisbursementPaid::amountMinor).sum())
                    .isEqualTo(500_000);

            // the small employer's statement for 2026: charged 420000, offset 355250, net payable 64750
            JsonNode statement = api.get("/api/statements?employerId=" + small + "&from=2026-01-01&to=2026-12-31")
                    .json();
            JsonNode totals = statement.path("totals").get(0);
            assertThat(totals.path("currency").asString()).isEqualTo("EUR");
            assertThat(totals.path("sharesChargedMinor").asLong()).isEqualTo(420_000);
            assertThat(totals.path("grantOffsetsMinor").asLong()).isEqualTo(355_250);
            assertThat(totals.path("netPayableMinor").asLong()).isEqualTo(64_750);
            assertThat(totals.path("approvedNotPaidMinor").asLong()).isZero();
            assertThat(statement.path("lines")).hasSize(3); // charged, approved, paid
            // before the payment date the approved claim is pending and nothing is offset yet
            JsonNode spring = api.get("/api/statements?employerId=" + small + "&from=2026-01-01&to=2026-03-31")
                    .json()
                    .path("totals")
                    .get(0);
            assertThat(spring.path("netPayableMinor").asLong()).isEqualTo(420_000);
            assertThat(api.get("/api/statements?employerId=" + small + "&from=2026-02-01&to=2026-01-01")
                            .fieldErrors())
                    .containsKey("to");

            // everything reconciles with the ledger
            long charged = ledgerSum("SHARE_CHARGED", "cohortId=" + cohort.id());
            assertThat(charged).isEqualTo(900_000);
            assertThat(ledgerSum("GRANT_COMMITTED", "programmeId=" + programme))
                    .isEqualTo(budget.path("committedMinor").asLong());
            assertThat(ledgerSum("DISBURSEMENT_PAID", "awardId=" + award))
                    .isEqualTo(balance.path("disbursedMinor").asLong());
            assertThat(ledgerSum("DISBURSEMENT_PAID", "employerId=" + small))
                    .isEqualTo(totals.path("grantOffsetsMinor").asLong());
            assertThat(ledgerSum("SHARE_CHARGED", "employerId=" + small))
                    .isEqualTo(totals.path("sharesChargedMinor").asLong());
            assertThatThrownBy(() ->
                            jdbc.sql("update ledger_entry set amount_minor = 0").update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry").update())
                    .hasMessageContaining("append-only");

            // after the start the fixed seat cost is quoted; the award has nothing left
            JsonNode after = api.get("/api/quotes?cohortId=" + cohort.id() + "&employerId=" + medium)
                    .json();
            assertThat(after.path("sharesFixed").asBoolean()).isTrue();
            assertThat(after.path("expectedOffsetMinor").asLong()).isZero();
        }
    }

    @Test
    void anEmployerAwardCoversItsSeatsInTaggedCoursesWithinTheCapsAndOnlyCompletedSeatsCount() {
        UUID alliance = UUID.randomUUID();
        UUID association = UUID.randomUUID();
        UUID funder = UUID.randomUUID();
        UUID employer = upstream.employer(alliance, 30, SizeBand.SMALL, "C25.62", "DE21");
        UUID digital = upstream.course(alliance, "10", List.of("DIGITAL"));
        UUID green = upstream.course(alliance, "10", List.of("GREEN"));
        Map<String, Object> terms = FundingFixtures.programme(funder, 1_000_000);
        terms.put("bandRules", List.of(FundingFixtures.band("SMALL", "1", 0, "0.5")));
        terms.put("requiredPriorityTags", List.of("DIGITAL"));
        terms.put("capPerParticipantMinor", 60_000);
        terms.put("capPerEmployerMinor", 100_000);
        UUID programme = fixtures.openProgramme(terms);
        UUID award = FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", null, 200_000),
                funder,
                200_000));

        // cohort 1: EUR 500.00 per seat, 3 seats -> 150000, 50000 a seat; only x completed
        UUID x = UUID.randomUUID();
        Upstream.Cohort first = upstream.cohort(digital, alliance, association, START, Pricing.PER_SEAT, 50_000);
        Upstream.Seat x1 = upstream.confirm(first, employer, x);
        Upstream.Seat y1 = upstream.confirm(first, employer);
        Upstream.Seat z1 = upstream.confirm(first, employer);
        upstream.start(first, 3);
        upstream.outcome(first, x1, EnrolmentOutcome.COMPLETED, "10");
        upstream.outcome(first, y1, EnrolmentOutcome.NOT_COMPLETED, "4");
        upstream.outcome(first, z1, EnrolmentOutcome.NO_SHOW, "0");
        upstream.awaitConsumed();
        // x: 50000 x min(1, 1 - 0.5) = 25000; y and z are not reimbursed
        JsonNode firstClaim = api.get("/api/claims?cohortId=" + first.id())
                .json()
                .path("items")
                .get(0);
        assertThat(firstClaim.path("claimedMinor").asLong()).isEqualTo(25_000);
        assertThat(firstClaim.path("awardId").asString()).isEqualTo(award.toString());
        assertThat(firstClaim.path("seats")).hasSize(1);

        // cohort 2: EUR 1,000.00 per seat, x again and w: 100000 a seat, 50000 each at 50%
        // x has 60000 - 25000 = 35000 left under the participant cap: 35000; w: 50000; sum 85000
        // the employer claimed 25000 of its 100000 cap: 75000 left -> the claim is 75000
        Upstream.Cohort second =
                upstream.cohort(digital, alliance, association, START.plusMonths(2), Pricing.PER_SEAT, 100_000);
        Upstream.Seat x2 = upstream.confirm(second, employer, x);
        Upstream.Seat w2 = upstream.confirm(second, employer);
        upstream.start(second, 2);
        upstream.outcome(second, x2, EnrolmentOutcome.COMPLETED, "10");
        upstream.outcome(second, w2, EnrolmentOutcome.COMPLETED, "10");
        // a GREEN course is not covered: the programme requires DIGITAL
        Upstream.Cohort third = upstream.cohort(green, alliance, association, START, Pricing.TOTAL, 80_000);
        Upstream.Seat v3 = upstream.confirm(third, employer);
        upstream.start(third, 1);
        upstream.outcome(third, v3, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();

        JsonNode secondClaim = api.get("/api/claims?cohortId=" + second.id())
                .json()
                .path("items")
                .get(0);
        assertThat(secondClaim.path("claimedMinor").asLong()).isEqualTo(75_000);
        assertThat(secondClaim.path("seats").findValuesAsString("exactFractionMinor"))
                .containsExactlyInAnyOrder("35000", "50000");
        assertThat(api.get("/api/claims?cohortId=" + third.id())
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        JsonNode quote = api.get("/api/quotes?cohortId=" + third.id() + "&employerId=" + employer)
                .json();
        assertThat(quote.path("reason").asString())
                .startsWith("no award reimburses the employer's seats in this cohort")
                .contains(
                        "(programme " + programme + ") the course's priority tags [GREEN] lack the required [DIGITAL]");

        // a rejected claim's seats are not claimed again, even when their outcome is recorded anew
        UUID secondId = UUID.fromString(secondClaim.path("id").asString());
        assertThat(api.post("/api/claims/" + secondId + "/reject", Map.of("funderId", funder, "note", "late"))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("REJECTED");
        upstream.outcome(second, w2, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();
        assertThat(api.get("/api/claims?cohortId=" + second.id())
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/claims?employerId=" + employer + "&status=SUBMITTED")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(1);
    }

    private long ledgerSum(String type, String filter) {
        JsonNode page =
                api.get("/api/ledger?type=" + type + "&" + filter + "&size=200").json();
        long sum = 0;
        for (JsonNode entry : page.path("items")) {
            sum += entry.path("amountMinor").asLong();
        }
        return sum;
    }

    private static Map<UUID, Long> shares(JsonNode costShares) {
        Map<UUID, Long> shares = new java.util.HashMap<>();
        costShares
                .path("shares")
                .forEach(s -> shares.put(
                        UUID.fromString(s.path("employerId").asString()),
                        s.path("amountMinor").asLong()));
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(costShares.path("totalMinor").asLong());
        return shares;
    }

    private static JsonNode claimOf(JsonNode claims, UUID employer) {
        for (JsonNode claim : claims.path("items")) {
            if (claim.path("employerId").asString().equals(employer.toString())) {
                return claim;
            }
        }
        throw new AssertionError("no claim of " + employer + " in " + claims);
    }
}
