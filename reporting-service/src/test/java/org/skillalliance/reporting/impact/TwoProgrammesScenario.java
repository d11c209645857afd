package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
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
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.funding.BeneficiaryKind;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.CostSharingRule;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.skillalliance.reporting.projection.ProjectionFeed.TopicEvent;

/**
 * Two programmes over the cohorts of four years, whose figures over a sub-period are worked out by hand in
 * SubPeriodImpactReportIT. Dates count back from M, the first day of the current month (T is today); the events
 * happened 40 days ago, one second apart, so the last event applied is well before today.
 *
 * <pre>
 * Employers: A small (C25.62, DE21): a1, a2, a3;  B medium (C28.1, DE22): b1-b4;  G micro (C25.1, DE21): g1.
 * Courses:   K1 DIG-1 (tag DIGITAL, skill category DIGITAL);  K2 SAFE-1 (tag SAFETY, skill category SAFETY).
 * Cohorts:   X1 of K1 from M-20mo (14 days): a1, a3;            shares A 2 seats 100,000
 *            X2 of K1 from M-15mo (14 days): a1 a2 (A), b1 b2 (B); shares A 2 120,000, B 2 120,000
 *            X3 of K2 from M-10mo (7 days):  b1 b3 b4 (B), g1 (G);  shares B 3 90,000, G 1 30,000
 *            X4 of K1 ending on (T-10d)-6mo, 14 days long: a1, a3; shares A 2 100,000
 * Outcomes:  X1 a1, a3 completed (40 h, 10 -> 30, satisfaction 3, credentials)
 *            X2 a1 completed (30 h, 40 -> 60, 5, credential), a2 completed (30 h, 50 -> 55, 4, no credential),
 *               b1 not completed (20 h, 40 -> 45, 2), b2 no-show (0 h)
 *            X3 b1 completed (16 h, 30 -> 50, 4, credential), b3 completed (16 h, 20 -> 45, 5, credential),
 *               b4 completed (16 h, no scores, no rating, no credential), g1 completed (16 h)
 *            X4 a1, a3 completed (30 h, credentials)
 *            every completion is on its cohort's last day; a2 left A at M-12mo
 * Programme Q (funder F, k 1, tag DIGITAL, from M-24mo to T+12mo):
 *            V1 to the association for X2, 300,000;  V2 to A, no cohort, from M-22mo to T+6mo, 120,000;
 *            V3 to B naming X3 (a SAFETY course), 60,000;  V4 to G, no cohort, from T+1mo to T+6mo, 50,000.
 *            Paid: A/X1 50,000 (V2), A/X2 80,000 (V1), B/X2 70,000 (V1), B/X3 20,000 (V3).
 * Programme R (funder F, k 1, no tags, same period): U1 to the association for X2, 100,000; paid A/X2 30,000.
 * </pre>
 */
final class TwoProgrammesScenario {

    final EventRegistry registry = EventRegistry.standard();
    final List<TopicEvent> events = new ArrayList<>();
    final Map<String, UUID> ids = new LinkedHashMap<>();

    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final LocalDate m = today.withDayOfMonth(1);
    final LocalDate x1Start = m.minusMonths(20);
    final LocalDate x2Start = m.minusMonths(15);
    final LocalDate x3Start = m.minusMonths(10);
    final LocalDate x4End = today.minusDays(10).minusMonths(6);
    final LocalDate x4Start = x4End.minusDays(14);
    final LocalDate a2Left = m.minusMonths(12);
    private Instant clock = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    TwoProgrammesScenario() {
        build();
    }

    UUID id(String name) {
        return ids.computeIfAbsent(name, n -> UUID.randomUUID());
    }

    private void build() {
        employer("A", 20, SizeBand.SMALL, "C25.62", "DE21");
        employer("B", 80, SizeBand.MEDIUM, "C28.1", "DE22");
        employer("G", 5, SizeBand.MICRO, "C25.1", "DE21");
        for (String staff : List.of("a1", "a2", "a3", "b1", "b2", "b3", "b4", "g1")) {
            member(
                    EventTypes.STAFF_REGISTERED,
                    id(staff),
                    new StaffRegistered(
                            id(staff), id(employerOf(staff)), "7223", LocalDate.of(2015, 1, 1), false, null, null));
        }
        course("K1", "DIG-1", SkillCategory.DIGITAL, "DIGITAL");
        course("K2", "SAFE-1", SkillCategory.SAFETY, "SAFETY");

        cohort("X1", "K1", x1Start, x1Start.plusDays(14), List.of("a1", "a3"));
        cohort("X2", "K1", x2Start, x2Start.plusDays(14), List.of("a1", "a2", "b1", "b2"));
        cohort("X3", "K2", x3Start, x3Start.plusDays(7), List.of("b1", "b3", "b4", "g1"));
        cohort("X4", "K1", x4Start, x4End, List.of("a1", "a3"));

        for (String staff : List.of("a1", "a3")) {
            outcome("X1", "K1", staff, EnrolmentOutcome.COMPLETED, "40", 10, 30, 3, true, x1Start.plusDays(14));
            outcome("X4", "K1", staff, EnrolmentOutcome.COMPLETED, "30", null, null, null, true, x4End);
        }
        LocalDate x2End = x2Start.plusDays(14);
        outcome("X2", "K1", "a1", EnrolmentOutcome.COMPLETED, "30", 40, 60, 5, true, x2End);
        outcome("X2", "K1", "a2", EnrolmentOutcome.COMPLETED, "30", 50, 55, 4, false, x2End);
        outcome("X2", "K1", "b1", EnrolmentOutcome.NOT_COMPLETED, "20", 40, 45, 2, false, null);
        outcome("X2", "K1", "b2", EnrolmentOutcome.NO_SHOW, "0", null, null, null, false, null);
        LocalDate x3End = x3Start.plusDays(7);
        outcome("X3", "K2", "b1", EnrolmentOutcome.COMPLETED, "16", 30, 50, 4, true, x3End);
        outcome("X3", "K2", "b3", EnrolmentOutcome.COMPLETED, "16", 20, 45, 5, true, x3End);
        outcome("X3", "K2", "b4", EnrolmentOutcome.COMPLETED, "16", null, null, null, false, x3End);
        outcome("X3", "K2", "g1", EnrolmentOutcome.COMPLETED, "16", null, null, null, false, x3End);
        member(EventTypes.STAFF_LEFT, id("a2"), new StaffLeft(id("a2"), id("A"), a2Left));

        shares("X1", new CostShare(id("A"), 2, 100_000));
        shares("X2", new CostShare(id("A"), 2, 120_000), new CostShare(id("B"), 2, 120_000));
        shares("X3", new CostShare(id("B"), 3, 90_000), new CostShare(id("G"), 1, 30_000));
        shares("X4", new CostShare(id("A"), 2, 100_000));

        LocalDate periodStart = m.minusMonths(24);
        LocalDate periodEnd = today.plusMonths(12);
        programme("Q", "Digital skills", List.of("DIGITAL"), periodStart, periodEnd);
        programme("R", "Regional training", List.of(), periodStart, periodEnd);
        award("V1", "Q", "association", BeneficiaryKind.ASSOCIATION, "X2", 300_000, periodStart, periodEnd);
        award("V2", "Q", "A", BeneficiaryKind.EMPLOYER, null, 120_000, m.minusMonths(22), today.plusMonths(6));
        award("V3", "Q", "B", BeneficiaryKind.EMPLOYER, "X3", 60_000, periodStart, periodEnd);
        award("V4", "Q", "G", BeneficiaryKind.EMPLOYER, null, 50_000, today.plusMonths(1), today.plusMonths(6));
        award("U1", "R", "association", BeneficiaryKind.ASSOCIATION, "X2", 100_000, periodStart, periodEnd);
        paid("CL1", "V2", "Q", "A", "X1", 50_000);
        paid("CL2", "V1", "Q", "A", "X2", 80_000);
        paid("CL3", "V1", "Q", "B", "X2", 70_000);
        paid("CL4", "V3", "Q", "B", "X3", 20_000);
        paid("CL5", "U1", "R", "A", "X2", 30_000);
    }

    private static String employerOf(String staff) {
        return staff.substring(0, 1).toUpperCase();
    }

    private void employer(String name, int headcount, SizeBand band, String sector, String region) {
        member(
                EventTypes.ORGANISATION_REGISTERED,
                id(name),
                new OrganisationRegistered(id(name), OrganisationType.EMPLOYER, "DE", region, sector, headcount, band));
    }

    private void course(String name, String code, SkillCategory category, String tag) {
        curriculum(
                EventTypes.COURSE_PUBLISHED,
                id(name),
                new CoursePublished(
                        id(name),
                        id("alliance"),
                        id("provider"),
                        code,
                        code,
                        DeliveryMode.IN_PERSON,
                        new BigDecimal("40"),
                        List.of(new CourseSkill(id("skill-" + code), code, category, 2)),
                        List.of(tag),
                        code + " badge"));
    }

    private void cohort(String cohort, String course, LocalDate start, LocalDate end, List<String> staff) {
        CohortCost cost = new CohortCost(Pricing.TOTAL, 1_000_000, "EUR");
        for (String person : staff) {
            curriculum(
                    EventTypes.ENROLMENT_CONFIRMED,
                    id(cohort),
                    new EnrolmentConfirmed(
                            id("enrolment-" + cohort + "-" + person),
                            id(cohort),
                            id(course),
                            id(person),
                            id(employerOf(person)),
                            EnrolmentStatus.CONFIRMED,
                            null,
                            null));
        }
        curriculum(
                EventTypes.COHORT_STATUS_CHANGED,
                id(cohort),
                new CohortStatusChanged(
                        id(cohort),
                        id(course),
                        id("alliance"),
                        id("association"),
                        id("provider"),
                        start,
                        end,
                        start.minusMonths(1),
                        start.minusDays(1),
                        20,
                        1,
                        null,
                        cost,
                        CohortStatus.RUNNING,
                        CohortStatus.OPEN,
                        staff.size()));
    }

    private void outcome(
            String cohort,
            String course,
            String staff,
            EnrolmentOutcome outcome,
            String hours,
            Integer pre,
            Integer post,
            Integer satisfaction,
            boolean credential,
            LocalDate completedOn) {
        curriculum(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                id(cohort),
                new EnrolmentOutcomeRecorded(
                        id("enrolment-" + cohort + "-" + staff),
                        id(cohort),
                        id(course),
                        id(staff),
                        id(employerOf(staff)),
                        outcome,
                        new BigDecimal(hours),
                        pre,
                        post,
                        satisfaction,
                        credential,
                        completedOn));
    }

    private void shares(String cohort, CostShare... shares) {
        long total = 0;
        for (CostShare share : shares) {
            total += share.amountMinor();
        }
        funding(
                EventTypes.COST_SHARES_FIXED,
                id(cohort),
                new CostSharesFixed(id(cohort), CostSharingRule.PER_SEAT, "EUR", total, List.of(shares)));
    }

    private void programme(String name, String title, List<String> tags, LocalDate start, LocalDate end) {
        funding(
                EventTypes.PROGRAMME_OPENED,
                id(name),
                new ProgrammeOpened(
                        id(name),
                        id("funder"),
                        title,
                        "EUR",
                        5_000_000,
                        start,
                        end,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        tags,
                        1));
    }

    private void award(
            String award,
            String programme,
            String beneficiary,
            BeneficiaryKind kind,
            String cohort,
            long amount,
            LocalDate start,
            LocalDate end) {
        funding(
                EventTypes.GRANT_AWARDED,
                id(award),
                new GrantAwarded(
                        id(award),
                        id(programme),
                        id("application-" + award),
                        id(beneficiary),
                        kind,
                        cohort == null ? null : id(cohort),
                        amount,
                        "EUR",
                        start,
                        end));
    }

    private void paid(String claim, String award, String programme, String employer, String cohort, long amount) {
        funding(
                EventTypes.CLAIM_APPROVED,
                id(award),
                new ClaimApproved(
                        id(claim),
                        id(award),
                        id(programme),
                        id(employer),
                        id(cohort),
                        amount,
                        "EUR",
                        List.of(id("enrolment-" + cohort + "-" + employer))));
        funding(
                EventTypes.DISBURSEMENT_PAID,
                id(award),
                new DisbursementPaid(
                        id("disbursement-" + claim),
                        id(claim),
                        id(award),
                        id(programme),
                        id(employer),
                        amount,
                        "EUR",
                        today.minusMonths(1),
                        null));
    }

    private void member(String type, UUID aggregate, Object payload) {
        add(Topics.MEMBER, type, aggregate, payload, "member-service");
    }

    private void curriculum(String type, UUID aggregate, Object payload) {
        add(Topics.CURRICULUM, type, aggregate, payload, "curriculum-service");
    }

    private void funding(String type, UUID aggregate, Object payload) {
        add(Topics.FUNDING, type, aggregate, payload, "funding-service");
    }

    private void add(String topic, String type, UUID aggregate, Object payload, String producer) {
        EventEnvelope made = registry.envelope(type, aggregate.toString(), producer, payload);
        clock = clock.plusSeconds(1);
        events.add(new TopicEvent(
                topic,
                new EventEnvelope(
                        made.eventId(),
                        made.eventType(),
                        made.schemaVersion(),
                        clock,
                        made.aggregateId(),
                        made.producer(),
                        made.payload())));
    }
}
