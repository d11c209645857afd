package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Reports that gate payments, on the real broker and PostgreSQL: a programme's requirement blocks a claim's payment
 * until the employer's report is accepted by the funder; the claim list says why; refused requests write nothing.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimReportsIT {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final String PROGRESS_BEFORE_COMPLETION =
            "requirement 'progress-report' (PROGRESS_REPORT, due before the COMPLETION payment) is not accepted: ";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    FundingFixtures fixtures;
    Upstream upstream;

    @BeforeEach
    void setUp() {
        admin = Callers.asAdmin(port);
        fixtures = new FundingFixtures(admin);
        upstream = new Upstream(kafka, registry, jdbc);
    }

    @Test
    void aReportDueBeforeCompletionBlocksThePaymentUntilTheFunderAcceptsIt() {
        ApprovedClaim approved = approvedClaim(
                List.of(Map.of("key", "progress-report", "kind", "PROGRESS_REPORT", "beforeMilestone", "COMPLETION")));
        UUID claim = approved.id(), funder = approved.funder(), employer = approved.employer();
        ApiClient hr = ApiClient.onPort(port).withTokens(Callers.person("member-admin", employer));
        ApiClient funding = ApiClient.onPort(port).withTokens(Callers.person("funder", funder));

        // nothing submitted: the funder's list shows the blocked payment, and paying is refused with the reason
        JsonNode listed = funding.get("/api/claims?employerId=" + employer)
                .json()
                .path("items")
                .get(0);
        assertThat(listed.path("blockedBy").valueStream().map(JsonNode::asString))
                .containsExactly(PROGRESS_BEFORE_COMPLETION + "not submitted yet");
        JsonNode reports = hr.get("/api/claims/" + claim + "/reports").json();
        assertThat(reports.path("claimId").asString()).isEqualTo(claim.toString());
        assertThat(reports.path("reports")).hasSize(1);
        JsonNode due = reports.path("reports").get(0);
        assertThat(due.path("requirementKey").asString()).isEqualTo("progress-report");
        assertThat(due.path("kind").asString()).isEqualTo("PROGRESS_REPORT");
        assertThat(due.path("beforeMilestone").asString()).isEqualTo("COMPLETION");
        assertThat(due.path("due").asString()).isEqualTo("due before the COMPLETION payment");
        assertThat(due.path("state").asString()).isEqualTo("DUE");
        assertRefusedToPay(funding, claim, funder, PROGRESS_BEFORE_COMPLETION + "not submitted yet");

        // the employer submits: still refused, awaiting the funder
        JsonNode submitted = hr.post(
                        "/api/claims/" + claim + "/reports",
                        report(employer, "progress-report", "Both participants attended all sessions."))
                .json();
        assertThat(submitted.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("submittedAt").isNull()).isFalse();
        assertRefusedToPay(funding, claim, funder, "submitted " + today() + ", awaiting the funder");

        // the funder rejects it: still refused, the note shown to the employer and in the reason
        JsonNode rejected = funding.post(
                        "/api/claims/" + claim + "/reports/progress-report/reject",
                        Map.of("funderId", funder, "note", "the attendance list is missing"))
                .json();
        assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
        JsonNode seenByHr = hr.get("/api/claims/" + claim + "/reports")
                .json()
                .path("reports")
                .get(0);
        assertThat(seenByHr.path("state").asString()).isEqualTo("REJECTED");
        assertThat(seenByHr.path("note").asString()).isEqualTo("the attendance list is missing");
        assertThat(seenByHr.path("decidedAt").isNull()).isFalse();
        assertRefusedToPay(funding, claim, funder, "rejected " + today() + " (the attendance list is missing)");

        // the employer submits again (the text is replaced), the funder accepts, the payment goes through
        JsonNode again = hr.post(
                        "/api/claims/" + claim + "/reports",
                        report(employer, "progress-report", "Attendance list attached."))
                .json();
        assertThat(again.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(again.path("summary").asString()).isEqualTo("Attendance list attached.");
        assertThat(again.path("note").isNull()).isTrue();
        JsonNode accepted = funding.post(
                        "/api/claims/" + claim + "/reports/progress-report/accept", Map.of("funderId", funder))
                .json();
        assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(funding.get("/api/claims/" + claim).json().path("blockedBy")).isEmpty();

        // an accepted report is final
        ApiClient.Response changed =
                hr.post("/api/claims/" + claim + "/reports", report(employer, "progress-report", "A different text."));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(changed.json().path("currentState").asString()).isEqualTo("ACCEPTED");
        assertThat(funding.post(
                                "/api/claims/" + claim + "/reports/progress-report/reject",
                                Map.of("funderId", funder, "note", "second thoughts"))
                        .status())
                .isEqualTo(409);

        JsonNode paid = funding.post("/api/claims/" + claim + "/pay", Map.of("funderId", funder))
                .json();
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        assertThat(paid.path("blockedBy")).isEmpty();
        assertThat(disbursed(claim)).isEqualTo(25_000);
        assertThat(hr.get("/api/claims/" + claim + "/reports")
                        .json()
                        .path("reports")
                        .get(0)
                        .path("summary")
                        .asString())
                .isEqualTo("Attendance list attached.");
    }

    @Test
    void aReportDueByADateBlocksPaymentsFromThatDayOnAndNotBefore() {
        LocalDate today = today();
        LocalDate midTerm = today.minusDays(10);
        LocalDate nextYear = today.plusDays(100);
        ApprovedClaim approved = approvedClaim(List.of(
                Map.of("key", "mid-term", "kind", "PROGRESS_REPORT", "dueOn", midTerm.toString()),
                Map.of("key", "final", "kind", "OUTCOME_REPORT", "dueOn", today.toString()),
                Map.of("key", "next-year", "kind", "OUTCOME_REPORT", "dueOn", nextYear.toString())));
        UUID claim = approved.id(), funder = approved.funder(), employer = approved.employer();

        // paid today: the mid-term report is overdue and the final one due today (both block); next year's does not
        ApiClient.Response refused = admin.post("/api/claims/" + claim + "/pay", Map.of("funderId", funder));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.fieldErrors().get("claimId"))
                .contains(
                        "requirement 'mid-term' (PROGRESS_REPORT, due by " + midTerm + ") is not accepted: "
                                + "not submitted yet",
                        "'final' (OUTCOME_REPORT, due by " + today + ")")
                .doesNotContain("'next-year'");
        assertThat(disbursed(claim)).isZero();

        // once both are accepted nothing blocks: the report due next year does not
        for (String key : List.of("mid-term", "final")) {
            assertThat(admin.post("/api/claims/" + claim + "/reports", report(employer, key, "Done."))
                            .status())
                    .isEqualTo(200);
            assertThat(admin.post("/api/claims/" + claim + "/reports/" + key + "/accept", Map.of("funderId", funder))
                            .status())
                    .isEqualTo(200);
        }
        JsonNode paid = admin.post("/api/claims/" + claim + "/pay", Map.of("funderId", funder))
                .json();
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        assertThat(disbursed(claim)).isEqualTo(25_000);
    }

    @Test
    void aPaymentDatedBeforeAReportFellDueIsStillBlockedWhenRecordedAfterIt() {
        LocalDate today = today();
        ApprovedClaim approved = approvedClaim(List.of(Map.of(
                "key",
                "mid-term",
                "kind",
                "PROGRESS_REPORT",
                "dueOn",
                today.minusDays(5).toString())));
        // dated the day before the report fell due, but recorded today, after it: blocked
        ApiClient.Response backdated = admin.post(
                "/api/claims/" + approved.id() + "/pay",
                Map.of("funderId", approved.funder(), "paidOn", today.minusDays(6)));
        assertThat(backdated.status()).as(backdated.toString()).isEqualTo(422);
        assertThat(backdated.fieldErrors().get("claimId")).contains("'mid-term'");
        assertThat(disbursed(approved.id())).isZero();
    }

    @Test
    void anotherEmployersOrFundersClaimReportsAreNotFoundAndBadInputIsRefusedWritingNothing() {
        ApprovedClaim approved = approvedClaim(List.of(
                Map.of("key", "progress-report", "kind", "PROGRESS_REPORT", "beforeMilestone", "COMPLETION"),
                Map.of("key", "outcome-report", "kind", "OUTCOME_REPORT", "dueOn", "2026-09-30")));
        UUID claim = approved.id(), funder = approved.funder(), employer = approved.employer();
        UUID otherEmployer = UUID.randomUUID();
        ApiClient otherHr = ApiClient.onPort(port).withTokens(Callers.person("member-admin", otherEmployer));
        ApiClient otherFunder = ApiClient.onPort(port).withTokens(Callers.person("funder", UUID.randomUUID()));
        ApiClient hr = ApiClient.onPort(port).withTokens(Callers.person("member-admin", employer));
        ApiClient funding = ApiClient.onPort(port).withTokens(Callers.person("funder", funder));

        assertThat(otherHr.get("/api/claims/" + claim + "/reports").status()).isEqualTo(404);
        assertThat(otherHr.post("/api/claims/" + claim + "/reports", report(otherEmployer, "progress-report", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(otherFunder.get("/api/claims/" + claim + "/reports").status())
                .isEqualTo(404);
        assertThat(otherFunder
                        .post(
                                "/api/claims/" + claim + "/reports/progress-report/reject",
                                Map.of("funderId", funder, "note", "no"))
                        .status())
                .isEqualTo(404);
        // the funder does not submit, the employer does not decide
        assertThat(funding.post("/api/claims/" + claim + "/reports", report(employer, "progress-report", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(hr.post("/api/claims/" + claim + "/reports/progress-report/accept", Map.of("funderId", funder))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/api/claims/" + UUID.randomUUID() + "/reports").status())
                .isEqualTo(404);

        ApiClient.Response noSummary = hr.post(
                "/api/claims/" + claim + "/reports",
                Map.of("employerId", employer, "requirementKey", "progress-report"));
        assertThat(noSummary.status()).as(noSummary.toString()).isEqualTo(400);
        assertThat(noSummary.fieldErrors()).containsOnlyKeys("summary");
        ApiClient.Response blank =
                hr.post("/api/claims/" + claim + "/reports", report(employer, "progress-report", " "));
        assertThat(blank.fieldErrors()).containsOnlyKeys("summary");
        ApiClient.Response tooLong =
                hr.post("/api/claims/" + claim + "/reports", report(employer, "progress-report", "x".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldErrors()).containsOnlyKeys("summary");
        ApiClient.Response unknownKey =
                hr.post("/api/claims/" + claim + "/reports", report(employer, "progres-report", "Done."));
        assertThat(unknownKey.status()).as(unknownKey.toString()).isEqualTo(422);
        assertThat(unknownKey.fieldErrors())
                .containsEntry(
                        "requirementKey",
                        "'progres-report' is not a requirement of the claim's programme, which requires"
                                + " [progress-report, outcome-report]");
        ApiClient.Response wrongEmployer =
                admin.post("/api/claims/" + claim + "/reports", report(otherEmployer, "progress-report", "Done."));
        assertThat(wrongEmployer.status()).isEqualTo(422);
        assertThat(wrongEmployer.fieldErrors()).containsKey("employerId");
        ApiClient.Response notDue =
                funding.post("/api/claims/" + claim + "/reports/progress-report/accept", Map.of("funderId", funder));
        assertThat(notDue.status()).isEqualTo(409);
        assertThat(notDue.json().path("currentState").asString()).isEqualTo("DUE");
        ApiClient.Response noNote =
                funding.post("/api/claims/" + claim + "/reports/progress-report/reject", Map.of("funderId", funder));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.fieldErrors()).containsOnlyKeys("note");
        ApiClient.Response unknownDecided =
                funding.post("/api/claims/" + claim + "/reports/final-report/accept", Map.of("funderId", funder));
        assertThat(unknownDecided.status()).isEqualTo(422);
        assertThat(unknownDecided.fieldErrors()).containsKey("requirementKey");
        assertThat(jdbc.sql("select count(*) from claim_report where claim_id = :claim")
                        .param("claim", claim)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(hr.get("/api/claims/" + claim + "/reports")
                        .json()
                        .path("reports")
                        .valueStream()
                        .map(r -> r.path("state").asString()))
                .containsExactly("DUE", "DUE");
    }

    /** An approved claim of a new employer under a new funder's programme. */
    record ApprovedClaim(UUID id, UUID funder, UUID employer) {}

    /**
     * An approved claim for EUR 250.00 under a new open programme with the requirements: one seat of EUR 500.00 at
     * 50%, completed (as {@code FundingFlowIT}'s employer award).
     */
    private ApprovedClaim approvedClaim(List<Map<String, Object>> requirements) {
        UUID funder = UUID.randomUUID();
        UUID alliance = UUID.randomUUID();
        UUID employer = upstream.employer(alliance, 30, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "10", List.of("DIGITAL"));
        Map<String, Object> terms = FundingFixtures.programme(funder, 1_000_000);
        terms.put("bandRules", List.of(FundingFixtures.band("SMALL", "1", 0, "0.5")));
        terms.put("schemeRules", Map.of("requirements", requirements));
        UUID programme = fixtures.openProgramme(terms);
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", null, 200_000),
                funder,
                200_000));
        Upstream.Cohort cohort = upstream.cohort(course, alliance, UUID.randomUUID(), START, Pricing.PER_SEAT, 50_000);
        Upstream.Seat seat = upstream.confirm(cohort, employer);
        upstream.start(cohort, 1);
        upstream.outcome(cohort, seat, EnrolmentOutcome.COMPLETED, "10");
        upstream.awaitConsumed();
        JsonNode claim = admin.get("/api/claims?cohortId=" + cohort.id())
                .json()
                .path("items")
                .get(0);
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(25_000);
        UUID id = UUID.fromString(claim.path("id").asString());
        ApiClient.Response approved = admin.post("/api/claims/" + id + "/approve", Map.of("funderId", funder));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return new ApprovedClaim(id, funder, employer);
    }

    /** Paying is refused with 422 naming {@code claimId} and the reason, and nothing is paid. */
    private void assertRefusedToPay(ApiClient funding, UUID claim, UUID funder, String reason) {
        ApiClient.Response refused = funding.post("/api/claims/" + claim + "/pay", Map.of("funderId", funder));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.fieldErrors().get("claimId")).contains(reason);
        assertThat(funding.get("/api/claims/" + claim).json().path("status").asString())
                .isEqualTo("APPROVED");
        assertThat(disbursed(claim)).isZero();
    }

    /** What the ledger and the disbursements table say was paid for the claim (they must agree). */
    private long disbursed(UUID claim) {
        long ledger = admin.get("/api/ledger?type=DISBURSEMENT_PAID&claimId=" + claim)
                .json()
                .path("items")
                .valueStream()
                .mapToLong(e -> e.path("amountMinor").asLong())
                .sum();
        long disbursements = jdbc.sql("select coalesce(sum(amount_minor), 0) from disbursement where claim_id = :claim")
                .param("claim", claim)
                .query(Long.class)
                .single();
        assertThat(disbursements).isEqualTo(ledger);
        return ledger;
    }

    private static Map<String, Object> report(UUID employer, String key, String summary) {
        return Map.of("employerId", employer, "requirementKey", key, "summary", summary);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
