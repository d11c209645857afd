package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.DeliveryMode;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.FollowUpRecorded;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.funding.BeneficiaryKind;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.CohortResultsReported;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.CostSharingRule;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.funding.ReportedMeasure;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffRegistered;

/**
 * The worked ROI example of docs/evaluation.md ("The worked example"), figure for figure, as the events the
 * three services would publish, in an alliance of its own added to {@link AllianceScenario} (whose topics the rebuild
 * replays, so no other test class may publish to them): none of the scenario's other figures moves.
 *
 * <pre>
 * Alliance "roi-alliance" (EUR); employers A, B, C; course K (20 h); cohort X of K, 900,000 shared PER_SEAT:
 *   A a1-a4 400,000: completed 20, 20, 20, 18 h;  B b1-b3 300,000: completed 20, 20, not completed 10 h;
 *   C c1-c2 200,000: completed 20, no-show 0 h.
 * Programme RP (k = 2): award for cohort X; paid A 200,000, B 100,000, C 50,000 (50% of completed seats' cost).
 * Programme RQ (k = 3): award for cohort X, paying nothing.
 * Results: A wage 3,000, A1 (orders, 1200 -> 1450, 6,000, 60%, 80%) and, in its second revision, A2 (complaints,
 *            30 -> 22, lower is better, 5,000, 33%, 70%);
 *          B wage 2,500, B1 (scrap rate, 4.5 -> 3.2, lower is better, 250,003, 70%, 85%) and B2 (on-time deliveries,
 *            92 -> 90, 10,000, 50%, 50%: got worse) as revision 3; its revision 2 (wage 9,999, B1 only) arrives
 *            after it and is ignored;
 *          C wage 4,000, no measure.
 * Follow-ups: a1 5, a2 2 corrected to 4, a3 2; b1 3; c1 4 (and b3, not completed, 5: not counted).
 * </pre>
 */
final class RoiExample {

    private final AllianceScenario scenario;
    final LocalDate start = LocalDate.now().minusMonths(8).withDayOfMonth(1);
    final LocalDate end = start.plusDays(4);

    RoiExample(AllianceScenario scenario) {
        this.scenario = scenario;
        build();
    }

    UUID id(String name) {
        return scenario.id("roi-" + name);
    }

    private void build() {
        member(
                EventTypes.ALLIANCE_CREATED,
                id("alliance"),
                new AllianceCreated(
                        id("alliance"),
                        id("association"),
                        "Logistics alliance",
                        AllianceKind.REGIONAL,
                        List.of(),
                        "DE3",
                        "EUR"));
        for (String employer : List.of("A", "B", "C")) {
            member(
                    EventTypes.ORGANISATION_REGISTERED,
                    id(employer),
                    new OrganisationRegistered(
                            id(employer), OrganisationType.EMPLOYER, "DE", "DE30", "H52.10", 30, SizeBand.SMALL));
        }
        List<String> staff = List.of("a1", "a2", "a3", "a4", "b1", "b2", "b3", "c1", "c2");
        for (String person : staff) {
            member(
                    EventTypes.STAFF_REGISTERED,
                    id(person),
                    new StaffRegistered(
                            id(person), employerOf(person), "4321", LocalDate.of(2018, 1, 1), false, null, null));
        }
        curriculum(
                EventTypes.COURSE_PUBLISHED,
                id("K"),
                new CoursePublished(
                        id("K"),
                        id("alliance"),
                        id("provider"),
                        "LEAN-20",
                        "Lean warehouse logistics",
                        DeliveryMode.IN_PERSON,
                        new BigDecimal("20"),
                        List.of(new CourseSkill(id("skill"), "LEAN", SkillCategory.TECHNICAL, 2)),
                        List.of("LOGISTICS"),
                        null));
        for (String person : staff) {
            curriculum(
                    EventTypes.ENROLMENT_CONFIRMED,
                    id("X"),
                    new EnrolmentConfirmed(
                            enrolment(person),
                            id("X"),
                            id("K"),
                            id(person),
                            employerOf(person),
                            EnrolmentStatus.CONFIRMED,
                            null,
                            null));
        }
        curriculum(
                EventTypes.COHORT_STATUS_CHANGED,
                id("X"),
                new CohortStatusChanged(
                        id("X"),
                        id("K"),
                        id("alliance"),
                        id("association"),
                        id("provider"),
                        start,
                        end,
                        start.minusMonths(1),
                        start.minusDays(1),
                        9,
                        1,
                        null,
                        new CohortCost(Pricing.TOTAL, 900_000, "EUR"),
                        CohortStatus.RUNNING,
                        CohortStatus.OPEN,
                        9));
        outcome("a1", EnrolmentOutcome.COMPLETED, "20");
        outcome("a2", EnrolmentOutcome.COMPLETED, "20");
        outcome("a3", EnrolmentOutcome.COMPLETED, "20");
        outcome("a4", EnrolmentOutcome.COMPLETED, "18");
        outcome("b1", EnrolmentOutcome.COMPLETED, "20");
        outcome("b2", EnrolmentOutcome.COMPLETED, "20");
        outcome("b3", EnrolmentOutcome.NOT_COMPLETED, "10");
        outcome("c1", EnrolmentOutcome.COMPLETED, "20");
        outcome("c2", EnrolmentOutcome.NO_SHOW, "0");
        followUp("a1", 5);
        followUp("a2", 2);
        followUp("a3", 2);
        followUp("a2", 4); // corrected: the latest rating wins
        followUp("b1", 3);
        followUp("c1", 4);
        // a rating of a seat that was not completed (curriculum refuses one; were it to arrive) is no follow-up
        followUp("b3", 5);

        funding(
                EventTypes.COST_SHARES_FIXED,
                id("X"),
                new CostSharesFixed(
                        id("X"),
                        CostSharingRule.PER_SEAT,
                        "EUR",
                        900_000,
                        List.of(
                                new CostShare(id("A"), 4, 400_000),
                                new CostShare(id("B"), 3, 300_000),
                                new CostShare(id("C"), 2, 200_000))));
        programme("RP", 2);
        programme("RQ", 3);
        award("RW1", "RP", 400_000);
        award("RW2", "RQ", 100_000);
        paid("A", 200_000, "a1", "a2", "a3", "a4");
        paid("B", 100_000, "b1", "b2");
        paid("C", 50_000, "c1");

        ReportedMeasure a1 = measure("A1", "orders processed per month", "orders", "1200", "1450", true, 6_000, 60, 80);
        ReportedMeasure a2 =
                measure("A2", "customer complaints per month", "complaints", "30", "22", false, 5_000, 33, 70);
        ReportedMeasure b1 = measure("B1", "scrap rate", "%", "4.5", "3.2", false, 250_003, 70, 85);
        ReportedMeasure b2 = measure("B2", "on-time deliveries", "%", "92", "90", true, 10_000, 50, 50);
        results("A", 3_000L, List.of(a1), 1);
        results("A", 3_000L, List.of(a1, a2), 2);
        results("B", 2_500L, List.of(b1, b2), 3);
        results("B", 9_999L, List.of(b1), 2); // an older revision, late: ignored
        results("C", 4_000L, List.of(), 1);
    }

    UUID enrolment(String person) {
        return id("enrolment-" + person);
    }

    private UUID employerOf(String person) {
        return id(person.substring(0, 1).toUpperCase());
    }

    private void outcome(String person, EnrolmentOutcome outcome, String hours) {
        curriculum(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                id("X"),
                new EnrolmentOutcomeRecorded(
                        enrolment(person),
                        id("X"),
                        id("K"),
                        id(person),
                        employerOf(person),
                        outcome,
                        new BigDecimal(hours),
                        null,
                        null,
                        null,
                        false,
                        outcome == EnrolmentOutcome.COMPLETED ? end : null));
    }

    private void followUp(String person, int rating) {
        curriculum(
                EventTypes.FOLLOW_UP_RECORDED,
                id("X"),
                new FollowUpRecorded(enrolment(person), id("X"), employerOf(person), rating, end.plusDays(90)));
    }

    private void programme(String programme, int k) {
        funding(
                EventTypes.PROGRAMME_OPENED,
                id(programme),
                new ProgrammeOpened(
                        id(programme),
                        id("funder"),
                        "Programme " + programme,
                        "EUR",
                        5_000_000,
                        start.minusYears(1),
                        start.plusYears(1),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        k));
    }

    private void award(String award, String programme, long amount) {
        funding(
                EventTypes.GRANT_AWARDED,
                id(award),
                new GrantAwarded(
                        id(award),
                        id(programme),
                        id("application-" + award),
                        id("association"),
                        BeneficiaryKind.ASSOCIATION,
                        id("X"),
                        amount,
                        "EUR",
                        start.minusYears(1),
                        start.plusYears(1)));
    }

    private void paid(String employer, long amount, String... completed) {
        funding(
                EventTypes.CLAIM_APPROVED,
                id("RW1"),
                new ClaimApproved(
                        id("claim-" + employer),
                        id("RW1"),
                        id("RP"),
                        id(employer),
                        id("X"),
                        amount,
                        "EUR",
                        Stream.of(completed).map(this::enrolment).toList()));
        funding(
                EventTypes.DISBURSEMENT_PAID,
                id("RW1"),
                new DisbursementPaid(
                        id("disbursement-" + employer),
                        id("claim-" + employer),
                        id("RW1"),
                        id("RP"),
                        id(employer),
                        amount,
                        "EUR",
                        end.plusDays(30),
                        null));
    }

    private ReportedMeasure measure(
            String measure,
            String name,
            String unit,
            String before,
            String after,
            boolean higherIsBetter,
            long unitValue,
            int attribution,
            int confidence) {
        return new ReportedMeasure(
                id(measure),
                name,
                unit,
                new BigDecimal(before),
                new BigDecimal(after),
                higherIsBetter,
                unitValue,
                attribution,
                confidence);
    }

    private void results(String employer, Long wage, List<ReportedMeasure> measures, int revision) {
        funding(
                EventTypes.COHORT_RESULTS_REPORTED,
                id("X"),
                new CohortResultsReported(
                        id(employer),
                        id("X"),
                        "EUR",
                        wage,
                        measures,
                        revision,
                        Instant.now().minusSeconds(3_600L * (10 - revision))));
    }

    private void member(String type, UUID aggregate, Object payload) {
        scenario.add(Topics.MEMBER, type, aggregate, payload, "member-service");
    }

    private void curriculum(String type, UUID aggregate, Object payload) {
        scenario.add(Topics.CURRICULUM, type, aggregate, payload, "curriculum-service");
    }

    private void funding(String type, UUID aggregate, Object payload) {
        scenario.add(Topics.FUNDING, type, aggregate, payload, "funding-service");
    }
}
