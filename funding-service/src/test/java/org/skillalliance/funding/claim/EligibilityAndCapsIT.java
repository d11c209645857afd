package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.funding.Upstream;
import org.skillalliance.funding.facts.OutcomeRecorded;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The programme's eligibility where money is at stake (who gets a claim, what the quote says, what an application may
 * name), the caps under concurrency and after an award ran dry, and the ledger's refusal of TRUNCATE.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EligibilityAndCapsIT {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimManagement claimManagement;

    @Autowired
    TransactionTemplate transactions;

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

    // ---- who the programme reimburses: sector, region, alliance ----

    @Test
    void anEmployerOfASectorTheProgrammeDoesNotListGetsNoClaimAndTheQuoteSaysWhy() {
        UUID eligible = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID otherSector = upstream.employer(alliance, 20, SizeBand.SMALL, "J62.01", "DE21");
        UUID cohort = groupAwardedCohortCompletedBy(eligible, otherSector);

        assertThat(claimedMinor(cohort, eligible)).isEqualTo(List.of(80_000L));
        assertThat(claimedMinor(cohort, otherSector)).isEmpty();
        JsonNode quote = quote(cohort, otherSector);
        assertThat(quote.path("expectedOffsetMinor").asLong()).isZero();
        assertThat(quote.path("awardId").isNull()).isTrue();
        assertThat(quote.path("reason").asString()).contains("sector J62.01 is not eligible");
        assertThat(quote(cohort, eligible).path("expectedOffsetMinor").asLong()).isEqualTo(80_000);
    }

    @Test
    void anEmployerOfARegionTheProgrammeDoesNotListGetsNoClaimAndTheQuoteSaysWhy() {
        UUID eligible = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID otherRegion = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "FR10");
        UUID cohort = groupAwardedCohortCompletedBy(eligible, otherRegion);

        assertThat(claimedMinor(cohort, eligible)).isEqualTo(List.of(80_000L));
        assertThat(claimedMinor(cohort, otherRegion)).isEmpty();
        JsonNode quote = quote(cohort, otherRegion);
        assertThat(quote.path("expectedOffsetMinor").asLong()).isZero();
        assertThat(quote.path("reason").asString()).contains("region FR10 is not eligible");
    }

    @Test
    void seatsInACohortOfAnAllianceTheProgrammeDoesNotListGetNoClaimAndTheQuoteSaysWhy() {
        UUID otherAlliance = UUID.randomUUID();
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        upstream.joins(employer, otherAlliance);
        UUID listedCourse = upstream.course(alliance, "10", List.of("DIGITAL"));
        UUID unlistedCourse = upstream.course(otherAlliance, "10", List.of("DIGITAL"));
        Upstream.Cohort listed = upstream.cohort(listedCourse, alliance, association, MARCH, Pricing.PER_SEAT, 100_000);
        Upstream.Cohort unlisted =
                upstream.cohort(unlistedCourse, otherAlliance, UUID.randomUUID(), MARCH, Pricing.PER_SEAT, 100_000);
        Upstream.Seat inListed = upstream.confirm(listed, employer);
        Upstream.Seat inUnlisted = upstream.confirm(unlisted, employer);
        upstream.start(listed, 1);
        upstream.start(unlisted, 1);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(terms());
        // an employer award without a cohort covers the employer's seats in cohorts starting in its period, of any
        // alliance; the programme admits only the alliance it lists
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", null, 500_000),
                funder,
                500_000));
        upstream.outcome(listed, inListed, EnrolmentOutcome.COMPLETED, "10");
        upstream.outcome(unlisted, inUnlisted, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();

        assertThat(claimedMinor(listed.id(), employer)).isEqualTo(List.of(80_000L));
        assertThat(claimedMinor(unlisted.id(), employer)).isEmpty();
        JsonNode quote = quote(unlisted.id(), employer);
        assertThat(quote.path("expectedOffsetMinor").asLong()).isZero();
        assertThat(quote.path("reason").asString())
                .contains("the cohort's alliance " + otherAlliance + " is not one the programme lists [" + alliance
                        + "]");
    }

    // ---- what an application may name ----

    @Test
    void anApplicationNamingACohortIsCheckedAgainstTheProgrammeWhenMadeAndARefusalWritesNothing() {
        UUID otherAlliance = UUID.randomUUID();
        UUID otherAssociation = UUID.randomUUID();
        UUID eligible = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID otherSector = upstream.employer(alliance, 20, SizeBand.SMALL, "J62.01", "DE21");
        UUID digital = upstream.course(alliance, "10", List.of("DIGITAL", "GREEN"));
        UUID green = upstream.course(alliance, "10", List.of("GREEN"));
        UUID elsewhere = upstream.course(otherAlliance, "10", List.of("DIGITAL"));
        Upstream.Cohort ok = upstream.cohort(digital, alliance, association, MARCH, Pricing.TOTAL, 100_000);
        upstream.confirm(ok, otherSector);
        Upstream.Cohort untagged = upstream.cohort(green, alliance, association, MARCH, Pricing.TOTAL, 100_000);
        Upstream.Cohort ofAnotherAlliance =
                upstream.cohort(elsewhere, otherAlliance, association, MARCH, Pricing.TOTAL, 100_000);
        Upstream.Cohort inDollars =
                upstream.cohort(digital, alliance, association, MARCH, Pricing.TOTAL, 100_000, "USD");
        Upstream.Cohort ofAnUnknownCourse =
                upstream.cohort(UUID.randomUUID(), alliance, association, MARCH, Pricing.TOTAL, 100_000);
        Upstream.Cohort ofAnotherOrganiser =
                upstream.cohort(digital, alliance, otherAssociation, MARCH, Pricing.TOTAL, 100_000);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(terms());

        assertRefused(
                apply(programme, association, "ASSOCIATION", inDollars.id()),
                "cohortId",
                "the cohort is priced in USD, the programme pays EUR");
        assertRefused(
                apply(programme, association, "ASSOCIATION", ofAnUnknownCourse.id()),
                "cohortId",
                "the cohort's course " + ofAnUnknownCourse.courseId() + " is not known to funding-service (yet), so "
                        + "its priority tags cannot be checked against the required [DIGITAL]");
        assertRefused(
                apply(programme, association, "ASSOCIATION", ofAnotherOrganiser.id()),
                "cohortId",
                "the cohort is organised by " + otherAssociation
                        + "; an association applies only for cohorts it organises");
        assertRefused(
                apply(programme, association, "ASSOCIATION", untagged.id()),
                "cohortId",
                "the cohort's course lacks the required priority tags [DIGITAL] (it has [GREEN], the programme "
                        + "requires [DIGITAL])");
        assertRefused(
                apply(programme, association, "ASSOCIATION", ofAnotherAlliance.id()),
                "cohortId",
                "the cohort's alliance " + otherAlliance + " is not one the programme lists [" + alliance + "]");
        UUID unknown = UUID.randomUUID();
        assertRefused(
                apply(programme, association, "ASSOCIATION", unknown),
                "cohortId",
                "cohort " + unknown + " is not known to funding-service (yet): its events have not arrived");
        // an employer naming a cohort: the cohort's checks and the employer's own
        assertRefused(
                apply(programme, eligible, "EMPLOYER", untagged.id()),
                "cohortId",
                "the cohort's course lacks the required priority tags [DIGITAL] (it has [GREEN], the programme "
                        + "requires [DIGITAL])");
        assertRefused(
                apply(programme, otherSector, "EMPLOYER", ok.id()),
                "applicantId",
                "sector J62.01 is not eligible (the programme admits size bands [SMALL, MEDIUM], sectors [C], "
                        + "regions [DE2])");
        assertThat(api.get("/api/applications?programmeId=" + programme)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        // the group application for a cohort that meets the programme is made, whoever holds its seats: the employer
        // criteria apply per seat when claims are made
        assertThat(apply(programme, association, "ASSOCIATION", ok.id()).status())
                .isEqualTo(201);
        assertThat(apply(programme, eligible, "EMPLOYER", ok.id()).status()).isEqualTo(201);
    }

    // ---- one seat, one claim ----

    /**
     * Two programmes cover one cohort: an employer award of a programme that requires DIGITAL courses (the older) and
     * an association's award for the cohort of one that requires no tags. The course's own event comes late (course
     * and cohort events travel on different partitions), so the first outcome is claimed under the second programme
     * and the next one under the first: the seat already claimed must not be claimed again, or the employer's
     * statement would offset it twice with public money.
     */
    @Test
    void aSeatCoveredByTwoProgrammesIsClaimedAndOffsetOnce() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = UUID.randomUUID();
        Upstream.Cohort cohort = upstream.cohort(course, alliance, association, MARCH, Pricing.PER_SEAT, 100_000);
        Upstream.Seat first = upstream.confirm(cohort, employer);
        Upstream.Seat second = upstream.confirm(cohort, employer);
        upstream.start(cohort, 2);
        upstream.awaitConsumed();
        UUID digitalOnly = fixtures.openProgramme(terms());
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(digitalOnly, funder, employer, "EMPLOYER", null, 500_000),
                funder,
                500_000));
        Map<String, Object> anyCourse = terms();
        anyCourse.remove("requiredPriorityTags");
        UUID anyProgramme = fixtures.openProgramme(anyCourse);
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(anyProgramme, funder, association, "ASSOCIATION", cohort.id(), 500_000),
                funder,
                500_000));

        upstream.outcome(cohort, first, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();
        upstream.course(course, alliance, "10", List.of("DIGITAL"));
        upstream.awaitConsumed();
        upstream.outcome(cohort, second, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();

        JsonNode claims = api.get("/api/claims?cohortId=" + cohort.id()).json();
        List<String> claimedSeats = claims.path("items").findValuesAsString("enrolmentId");
        assertThat(claimedSeats)
                .as(claims.toString())
                .containsExactlyInAnyOrder(
                        first.enrolmentId().toString(), second.enrolmentId().toString());
        for (JsonNode claim : claims.path("items")) {
            UUID id = UUID.fromString(claim.path("id").asString());
            assertThat(api.post("/api/claims/" + id + "/approve", Map.of("funderId", funder))
                            .status())
                    .isEqualTo(200);
            assertThat(api.post("/api/claims/" + id + "/pay", Map.of("funderId", funder, "paidOn", "2026-04-30"))
                            .status())
                    .isEqualTo(200);
        }
        // charged 200000 for two seats; each seat is offset once with 80000
        JsonNode totals = api.get("/api/statements?employerId=" + employer + "&from=2026-01-01&to=2026-12-31")
                .json()
                .path("totals")
                .get(0);
        assertThat(totals.path("sharesChargedMinor").asLong()).isEqualTo(200_000);
        assertThat(totals.path("grantOffsetsMinor").asLong()).isEqualTo(160_000);
        assertThat(totals.path("netPayableMinor").asLong()).isEqualTo(40_000);
    }

    // ---- the caps ----

    @Test
    void theParticipantCapCountsWhatWasApprovedAndPaidNotWhatWasClaimed() {
        UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID staff = UUID.randomUUID();
        UUID course = upstream.course(alliance, "10", List.of("DIGITAL"));
        Upstream.Cohort march = upstream.cohort(course, alliance, association, MARCH, Pricing.PER_SEAT, 100_000);
        Upstream.Cohort june = upstream.cohort(course, alliance, association, JUNE, Pricing.PER_SEAT, 100_000);
        Upstream.Seat first = upstream.confirm(march, employer, staff);
        Upstream.Seat second = upstream.confirm(june, employer, staff);
        upstream.start(march, 1);
        upstream.start(june, 1);
        upstream.awaitConsumed();
        Map<String, Object> terms = terms();
        terms.put("capPerParticipantMinor", 60_000);
        terms.remove("capPerEmployerMinor");
        terms.put("bandRules", List.of(FundingFixtures.band("SMALL", "1", 0, "0.5")));
        terms.put("eligibleSizeBands", List.of("SMALL"));
        UUID programme = fixtures.openProgramme(terms);
        // the employer's own award covers its seats of the first quarter only and holds 30000
        Map<String, Object> firstQuarter = new HashMap<>(Map.of(
                "programmeId",
                programme,
                "applicantId",
                employer,
                "applicantKind",
                "EMPLOYER",
                "requestedMinor",
                30_000,
                "currency",
                "EUR",
                "periodStart",
                "2026-01-01",
                "periodEnd",
                "2026-03-31"));
        UUID ownApplication = FundingFixtures.created(api.post("/api/applications", firstQuarter));
        assertThat(api.post("/api/applications/" + ownApplication + "/review", Map.of("actorId", funder))
                        .status())
                .isEqualTo(200);
        FundingFixtures.created(fixtures.award(ownApplication, funder, 30_000));

        // March: 100000 x min(1, 1 - 0.5) = 50000 claimed; the award has 30000, so 30000 is approved and paid
        upstream.outcome(march, first, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();
        JsonNode marchClaim = onlyClaim(march.id(), employer);
        assertThat(marchClaim.path("claimedMinor").asLong()).isEqualTo(50_000);
        UUID marchClaimId = UUID.fromString(marchClaim.path("id").asString());
        assertThat(api.post("/api/claims/" + marchClaimId + "/approve", Map.of("funderId", funder))
                        .json()
                        .path("approvedMinor")
                        .asLong())
                .isEqualTo(30_000);
        assertThat(api.post("/api/claims/" + marchClaimId + "/pay", Map.of("funderId", funder))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PAID");

        // June, under the association's award for the cohort: the participant received 30000 of the 60000 cap, so
        // 30000 are left (counting the 50000 claimed in March would leave 10000 of money never paid)
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, association, "ASSOCIATION", june.id(), 500_000),
                funder,
                500_000));
        upstream.outcome(june, second, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();
        JsonNode juneClaim = onlyClaim(june.id(), employer);
        assertThat(juneClaim.path("seats").findValuesAsString("exactFractionMinor"))
                .containsExactly("30000");
        assertThat(juneClaim.path("claimedMinor").asLong()).isEqualTo(30_000);
    }

    /**
     * An employer award and a cohort award of one programme refresh one employer's claims at the same moment (two
     * consumer threads, or two instances): each reads the employer's other claims to apply the employer cap. Started
     * together by a barrier, {@value #RACES} times over one database; the cap must hold every time.
     */
    @Test
    void claimRefreshesUnderTwoAwardsOfOneProgrammeRacingForOneEmployerStayWithinTheEmployerCap() throws Exception {
        int employers = RACES;
        UUID course = upstream.course(alliance, "10", List.of("DIGITAL"));
        Upstream.Cohort march = upstream.cohort(course, alliance, association, MARCH, Pricing.PER_SEAT, 100_000);
        Upstream.Cohort june = upstream.cohort(course, alliance, association, JUNE, Pricing.PER_SEAT, 100_000);
        List<UUID> ids = new ArrayList<>();
        List<Upstream.Seat[]> seats = new ArrayList<>();
        for (int i = 0; i < employers; i++) {
            UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
            ids.add(employer);
            seats.add(new Upstream.Seat[] {upstream.confirm(march, employer), upstream.confirm(june, employer)});
        }
        upstream.start(march, employers);
        upstream.start(june, employers);
        // the outcomes arrive before any award: no claim yet
        for (Upstream.Seat[] pair : seats) {
            upstream.outcome(march, pair[0], EnrolmentOutcome.COMPLETED, "10");
            upstream.outcome(june, pair[1], EnrolmentOutcome.COMPLETED, "10");
        }
        upstream.awaitConsumed();
        Map<String, Object> terms = terms();
        terms.put("budgetMinor", 100_000_000);
        terms.put("capPerEmployerMinor", 100_000);
        terms.remove("capPerParticipantMinor");
        UUID programme = fixtures.openProgramme(terms);
        // each employer's own award covers March; the association's award covers the whole June cohort
        for (UUID employer : ids) {
            fixtures.employerAward(programme, funder, employer, "2026-01-01", "2026-03-31", 1_000_000);
        }
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, association, "ASSOCIATION", june.id(), 50_000_000),
                funder,
                50_000_000));
        assertThat(api.get("/api/claims?programmeId=" + programme)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        // each seat: 100000 x min(0.8, 1 - 0.1) = 80000; one after the other the employer gets 80000 + 20000
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> overCap = new ArrayList<>();
        try {
            for (int i = 0; i < employers; i++) {
                UUID employer = ids.get(i);
                Upstream.Seat[] pair = seats.get(i);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> employerAward = pool.submit(
                        () -> refreshAfter(start, new OutcomeRecorded(pair[0].enrolmentId(), march.id(), employer)));
                Future<?> cohortAward = pool.submit(
                        () -> refreshAfter(start, new OutcomeRecorded(pair[1].enrolmentId(), june.id(), employer)));
                employerAward.get(30, TimeUnit.SECONDS);
                cohortAward.get(30, TimeUnit.SECONDS);
                long claimed = jdbc.sql("select coalesce(sum(claimed_minor), 0) from claim where employer_id = :e")
                        .param("e", employer)
                        .query(Long.class)
                        .single();
                if (claimed != 100_000) {
                    overCap.add("employer " + i + " claimed " + claimed);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "employer cap race: %d of %d races claimed other than the cap of 100000%n", overCap.size(), employers);
        assertThat(overCap)
                .as("races in which the employer's claims broke the cap of 100000")
                .isEmpty();
        assertThat(api.get("/api/claims?programmeId=" + programme + "&size=200")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(2L * employers);
    }

    static final int RACES = 30;

    private Void refreshAfter(CyclicBarrier start, OutcomeRecorded outcome) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        claimManagement.onOutcome(outcome);
        return null;
    }

    // ---- the ledger ----

    @Test
    void theLedgerRefusesTruncateAsItRefusesUpdateAndDelete() {
        UUID programme = fixtures.openProgramme(FundingFixtures.programme(funder, 10_000));
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, UUID.randomUUID(), "EMPLOYER", null, 1_000),
                funder,
                1_000));
        long entries =
                jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
        assertThat(entries).isPositive();
        // in a transaction that is rolled back whatever happens, so a ledger that took it loses nothing here
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    status.setRollbackOnly();
                    jdbc.sql("truncate ledger_entry").update();
                }))
                .hasMessageContaining("the ledger is append-only: TRUNCATE refused");
        assertThat(jdbc.sql("select count(*) from ledger_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(entries);
    }

    // ---- helpers ----

    /**
     * The programme: SMALL and MEDIUM employers of section C in DE2, members of {@link #alliance}, DIGITAL courses;
     * SMALL rate 0.8, minimum share 0.1, no wage subsidy.
     */
    private Map<String, Object> terms() {
        Map<String, Object> terms = FundingFixtures.programme(funder, 10_000_000);
        terms.put("eligibleAllianceIds", List.of(alliance));
        terms.put("eligibleSizeBands", List.of("SMALL", "MEDIUM"));
        terms.put("eligibleSectorCodes", List.of("C"));
        terms.put("eligibleRegions", List.of("DE2"));
        terms.put("requiredPriorityTags", List.of("DIGITAL"));
        terms.put(
                "bandRules",
                List.of(
                        FundingFixtures.band("SMALL", "0.8", 0, "0.1"),
                        FundingFixtures.band("MEDIUM", "0.8", 0, "0.25")));
        terms.put("capPerParticipantMinor", 1_000_000);
        terms.put("capPerEmployerMinor", 1_000_000);
        return terms;
    }

    /**
     * A DIGITAL cohort of {@link #alliance} at EUR 1,000.00 a seat, one seat per employer, awarded as a whole to the
     * association and completed by every seat; each eligible SMALL seat earns 100000 x 0.8 = 80000.
     */
    private UUID groupAwardedCohortCompletedBy(UUID... employers) {
        UUID course = upstream.course(alliance, "10", List.of("DIGITAL"));
        Upstream.Cohort cohort = upstream.cohort(course, alliance, association, MARCH, Pricing.PER_SEAT, 100_000);
        List<Upstream.Seat> seats = new ArrayList<>();
        for (UUID employer : employers) {
            seats.add(upstream.confirm(cohort, employer));
        }
        upstream.start(cohort, employers.length);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(terms());
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, association, "ASSOCIATION", cohort.id(), 1_000_000),
                funder,
                1_000_000));
        for (Upstream.Seat seat : seats) {
            upstream.outcome(cohort, seat, EnrolmentOutcome.COMPLETED, "10");
        }
        upstream.awaitConsumed();
        return cohort.id();
    }

    private List<Long> claimedMinor(UUID cohortId, UUID employerId) {
        List<Long> amounts = new ArrayList<>();
        api.get("/api/claims?cohortId=" + cohortId + "&employerId=" + employerId)
                .json()
                .path("items")
                .forEach(claim -> amounts.add(claim.path("claimedMinor").asLong()));
        return amounts;
    }

    private JsonNode onlyClaim(UUID cohortId, UUID employerId) {
        return fixtures.onlyClaim(cohortId, employerId);
    }

    private JsonNode quote(UUID cohortId, UUID employerId) {
        return fixtures.quote(cohortId, employerId);
    }

    private ApiClient.Response apply(UUID programme, UUID applicant, String kind, UUID cohortId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "programmeId",
                programme,
                "applicantId",
                applicant,
                "applicantKind",
                kind,
                "requestedMinor",
                10_000,
                "currency",
                "EUR"));
        body.put("cohortId", cohortId);
        return api.post("/api/applications", body);
    }

    private static void assertRefused(ApiClient.Response response, String field, String reason) {
        FundingFixtures.assertRefused(response, 422, field, reason);
    }
}
