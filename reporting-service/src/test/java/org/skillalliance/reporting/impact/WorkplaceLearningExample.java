package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffRegistered;

/**
 * Learning at work signed off in the {@link AllianceScenario}'s alliance, with figures worked out by hand
 * (ImpactReportScenarioIT). Its events follow the scenario's on the same topics.
 *
 * <pre>
 * E1 (small, C25.62): s1 OJT 10.50 h level 3, s2 OJT 20.25 h 4, s4 OJT 6.00 h 3, s5 OJT 12.00 h 4, s40 OJT 9.00 h 2,
 *                     s3 mentoring 8.00 h 2, s1 mentoring 4.75 h 3, workshop WS2: s40 3.50 h 3, s5 3.50 h 4;
 *                     s6 OJT 5.00 h 1 signed off before the programmes' period.
 * E2 (medium, C28.1): workshop WS1: s9 7.50 h 2, s10 7.50 h 4.
 * E4 (large, J62.01, not eligible for P): s18 OJT 30.00 h 5.
 * s40 (E1, no seat) is erased after its sign-offs.
 *
 * Programme P (k = 5; E1, E2, E3 covered, E4 not eligible), every sign-off but s6's and s18's:
 *   learners 8 (s1-s5, s40, s9, s10), signed off 11, hours 92.50, mean level 34 / 11 = 3.09;
 *   on the job 5 learners, 5 sign-offs, 57.75 h; mentoring 2 (suppressed); workshop 4 (suppressed): the two
 *   suppressed kinds hold 6 >= k together, so on the job is shown.
 *   ?sizeBand=SMALL (E1 only): 6 learners; mentoring 2 and workshop 2 suppressed hold 4 < k together, so on the job
 *   is suppressed too.
 * Programme P1 (k = 1; E1-E4 covered by W4): s18's too: learners 9, signed off 12, hours 122.50, mean 39 / 12 = 3.25.
 * The alliance's overview (k = 5, no period): s6's too: learners 10, signed off 13, hours 127.50, mean 40 / 13 = 3.08.
 *
 * Claim CL-WL: funding's claim for E2's workshop WS1 under W2 (P), without a cohort, approved and paid 9,000. It pays
 * no seat, so no money figure of any report moves (docs/reporting.md "Claims for workplace learning").
 * </pre>
 */
final class WorkplaceLearningExample {

    private final AllianceScenario scenario;

    WorkplaceLearningExample(AllianceScenario scenario) {
        this.scenario = scenario;
        build();
    }

    private void build() {
        LocalDate inPeriod = scenario.c2End.plusMonths(1);
        scenario.add(
                Topics.MEMBER,
                EventTypes.STAFF_REGISTERED,
                scenario.id("s40"),
                new StaffRegistered(
                        scenario.id("s40"), scenario.id("E1"), "7223", LocalDate.of(2020, 1, 1), false, null, null),
                "member-service");
        signedOff("OJT-s1", WorkplaceLearningKind.ON_THE_JOB, "E1", "s1", 3, "10.50", inPeriod);
        signedOff("OJT-s2", WorkplaceLearningKind.ON_THE_JOB, "E1", "s2", 4, "20.25", inPeriod);
        signedOff("OJT-s4", WorkplaceLearningKind.ON_THE_JOB, "E1", "s4", 3, "6.00", inPeriod);
        signedOff("OJT-s5", WorkplaceLearningKind.ON_THE_JOB, "E1", "s5", 4, "12.00", inPeriod);
        signedOff("OJT-s40", WorkplaceLearningKind.ON_THE_JOB, "E1", "s40", 2, "9.00", inPeriod);
        signedOff("MENTORING-s3", WorkplaceLearningKind.MENTORING, "E1", "s3", 2, "8.00", inPeriod);
        signedOff("MENTORING-s1", WorkplaceLearningKind.MENTORING, "E1", "s1", 3, "4.75", inPeriod);
        signedOff("WS2", WorkplaceLearningKind.WORKSHOP, "E1", "s40", 3, "3.50", inPeriod);
        signedOff("WS2", WorkplaceLearningKind.WORKSHOP, "E1", "s5", 4, "3.50", inPeriod);
        signedOff("OJT-s6", WorkplaceLearningKind.ON_THE_JOB, "E1", "s6", 1, "5.00", scenario.c1Start.minusMonths(3));
        signedOff("WS1", WorkplaceLearningKind.WORKSHOP, "E2", "s9", 2, "7.50", inPeriod);
        signedOff("WS1", WorkplaceLearningKind.WORKSHOP, "E2", "s10", 4, "7.50", inPeriod);
        signedOff("OJT-s18", WorkplaceLearningKind.ON_THE_JOB, "E4", "s18", 5, "30.00", inPeriod);
        learningClaimPaid(inPeriod.plusDays(20));
        scenario.add(
                Topics.MEMBER,
                EventTypes.STAFF_ERASED,
                scenario.id("s40"),
                new StaffErased(scenario.id("s40"), scenario.id("E1")),
                "member-service");
    }

    /** CL-WL: E2's claim for workshop WS1 under its award W2 of programme P, which has no cohort, approved and paid. */
    private void learningClaimPaid(LocalDate paidOn) {
        scenario.add(
                Topics.FUNDING,
                EventTypes.CLAIM_APPROVED,
                scenario.id("W2"),
                new ClaimApproved(
                        scenario.id("CL-WL"),
                        scenario.id("W2"),
                        scenario.id("P"),
                        scenario.id("E2"),
                        null,
                        9_000,
                        "EUR",
                        List.of()),
                "funding-service");
        scenario.add(
                Topics.FUNDING,
                EventTypes.DISBURSEMENT_PAID,
                scenario.id("W2"),
                new DisbursementPaid(
                        scenario.id("disbursement-CL-WL"),
                        scenario.id("CL-WL"),
                        scenario.id("W2"),
                        scenario.id("P"),
                        scenario.id("E2"),
                        9_000,
                        "EUR",
                        paidOn,
                        null),
                "funding-service");
    }

    private void signedOff(
            String learning,
            WorkplaceLearningKind kind,
            String employer,
            String staff,
            int level,
            String hours,
            LocalDate signedOffOn) {
        UUID learningId = scenario.id(learning);
        scenario.add(
                Topics.CURRICULUM,
                EventTypes.WORKPLACE_LEARNING_SIGNED_OFF,
                learningId,
                new WorkplaceLearningSignedOff(
                        learningId,
                        kind,
                        scenario.id("alliance"),
                        scenario.id(employer),
                        scenario.id(staff),
                        scenario.id("skill-welding"),
                        "http://data.europa.eu/esco/skill/welding",
                        SkillCategory.TECHNICAL,
                        level,
                        new BigDecimal(hours),
                        kind == WorkplaceLearningKind.WORKSHOP ? 1 : 4,
                        signedOffOn.minusMonths(1),
                        signedOffOn),
                "curriculum-service");
    }
}
