package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.DeliveryMode;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
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
import org.skillalliance.contracts.member.AgeBand;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.contracts.member.Gender;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;

/**
 * A small alliance whose impact figures are worked out by hand (see ImpactReportScenarioIT), as the events the three
 * services would publish, in the order they would happen. Each event is one second after the one before.
 *
 * <pre>
 * Alliance:  coordinated by the association.
 * Employers: E1 small (20 staff, C25.62, DE21), E2 medium (80, C28.1, DE22), E3 micro (5, C25.1, DE21),
 *            E4 large (300, J62.01, DE21): not eligible, the programme wants sector C.
 * Courses:   K1 CNC-101, 40 h, tags DIGITAL, skills DIGITAL + TECHNICAL;  K2 SAFE-200, 16 h, tag SAFETY, skill SAFETY.
 * Cohorts:   C1 of K1, total cost 1,000,000 shared per seat: E1 8 seats 400,000, E2 6 300,000, E3 3 150,000,
 *               E4 3 150,000; plus s21, s22 waitlisted for good and s23 confirmed then withdrawn before the start.
 *            C2 of K2, 50,000 per seat: E1 5 seats (s1, s2, s24, s25, s26) 250,000, E2 4 seats (s29-s32) 200,000.
 * Programme P (k = 5, tags DIGITAL, sector C): W1 for cohort C1 (600,000), W2 to E2 (100,000, a year from C1's
 *            month), W3 to E1 for cohort C2 (150,000). E2's C2 seats are not covered: K2 lacks the DIGITAL tag.
 * Programme P1 (k = 1): W4 for cohort C1 (500,000).
 * Programme P2 (k = 5, pays in milestones): W5 to E2 for cohort C2 (400,000). No other programme covers E2's C2 seats,
 *            so P2 moves none of P's and P1's figures.
 * Claims:    CL1 E1/C1 250,000 paid, CL2 E2/C1 180,000 paid, CL3 E3/C1 90,000 paid, CL4 E1/C2 120,000 approved only,
 *            all paid as before milestones existed (no milestone: COMPLETION's);
 *            CL5 E2/C2 355,250 paid in three milestones: START 142,100, COMPLETION 106,575, OUTCOME 106,575;
 *            CL6 E2/C2 44,750 paid without a milestone.
 * Leavers:   s3 three months after completing C1, s9 nine months after.
 * </pre>
 *
 * <p>Then {@link RoiExample}'s events: the worked ROI example, in an alliance of its own; then
 * {@link WorkplaceLearningExample}'s: learning at work signed off in this alliance, and one learner erased.
 */
final class AllianceScenario {

    final EventRegistry registry = EventRegistry.standard();
    final Map<String, List<EventEnvelope>> byTopic = new LinkedHashMap<>();
    final Map<String, UUID> ids = new LinkedHashMap<>();

    final LocalDate c1Start = LocalDate.now().minusMonths(20).withDayOfMonth(1);
    final LocalDate c1End = c1Start.plusDays(27);
    final LocalDate c2Start = c1Start.plusMonths(2);
    final LocalDate c2End = c2Start.plusDays(13);
    private Instant clock = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /** The worked ROI example, in an alliance of its own (its events follow this alliance's). */
    final RoiExample roi;

    AllianceScenario() {
        byTopic.put(Topics.MEMBER, new ArrayList<>());
        byTopic.put(Topics.CURRICULUM, new ArrayList<>());
        byTopic.put(Topics.FUNDING, new ArrayList<>());
        build();
        roi = new RoiExample(this);
        new WorkplaceLearningExample(this);
    }

    UUID id(String name) {
        return ids.computeIfAbsent(name, n -> UUID.randomUUID());
    }

    int eventCount() {
        return byTopic.values().stream().mapToInt(List::size).sum();
    }

    private void build() {
        UUID alliance = id("alliance");
        member(
                EventTypes.ALLIANCE_CREATED,
                alliance,
                new AllianceCreated(
                        alliance,
                        id("association"),
                        "Metalworking alliance",
                        AllianceKind.SECTORAL,
                        List.of("C25", "C28"),
                        "DE2",
                        "EUR"));
        employer("E1", 20, SizeBand.SMALL, "C25.62", "DE21");
        employer("E2", 80, SizeBand.MEDIUM, "C28.1", "DE22");
        employer("E3", 5, SizeBand.MICRO, "C25.1", "DE21");
        employer("E4", 300, SizeBand.LARGE, "J62.01", "DE21");

        // staff: s1-s8 E1, s9-s14 E2, s15-s17 E3, s18-s20 E4, s21-s23 E1, s24-s26 E1, s29-s32 E2
        for (int s = 1; s <= 32; s++) {
            if (s == 27 || s == 28) {
                continue;
            }
            String employer = s <= 8 || (s >= 21 && s <= 26) ? "E1" : s <= 14 || s >= 29 ? "E2" : s <= 17 ? "E3" : "E4";
            boolean consent = s <= 10;
            Gender gender = !consent ? null : s <= 5 ? Gender.FEMALE : Gender.MALE;
            AgeBand age = !consent ? null : s <= 4 ? AgeBand.AGE_25_34 : AgeBand.AGE_35_44;
            member(
                    EventTypes.STAFF_REGISTERED,
                    id("s" + s),
                    new StaffRegistered(
                            id("s" + s), id(employer), "7223", LocalDate.of(2015, 1, 1), consent, gender, age));
        }

        UUID k1 = id("K1");
        UUID k2 = id("K2");
        curriculum(
                EventTypes.COURSE_PUBLISHED,
                k1,
                new CoursePublished(
                        k1,
                        alliance,
                        id("provider"),
                        "CNC-101",
                        "CNC programming",
                        DeliveryMode.BLENDED,
                        new BigDecimal("40"),
                        List.of(
                                new CourseSkill(id("skill-cnc"), "CNC", SkillCategory.DIGITAL, 3),
                                new CourseSkill(id("skill-machining"), "MACH", SkillCategory.TECHNICAL, 2)),
                        List.of("DIGITAL"),
                        "CNC operator badge"));
        curriculum(
                EventTypes.COURSE_PUBLISHED,
                k2,
                new CoursePublished(
                        k2,
                        alliance,
                        id("provider"),
                        "SAFE-200",
                        "Machine safety",
                        DeliveryMode.IN_PERSON,
                        new BigDecimal("16"),
                        List.of(new CourseSkill(id("skill-safety"), "SAFE", SkillCategory.SAFETY, 2)),
                        List.of("SAFETY"),
                        "Safety certificate"));

        CohortCost c1Cost = new CohortCost(Pricing.TOTAL, 1_000_000, "EUR");
        CohortCost c2Cost = new CohortCost(Pricing.PER_SEAT, 50_000, "EUR");
        cohortScheduled("C1", k1, c1Start, c1End, c1Cost);
        cohortScheduled("C2", k2, c2Start, c2End, c2Cost);

        for (int s = 1; s <= 20; s++) {
            confirm("C1", k1, s);
        }
        waitlist("C1", k1, 21, 1);
        waitlist("C1", k1, 22, 2);
        confirm("C1", k1, 23);
        UUID e23 = id("enrolment-C1-s23");
        curriculum(
                EventTypes.ENROLMENT_WITHDRAWN,
                id("C1"),
                new EnrolmentWithdrawn(
                        e23,
                        id("C1"),
                        k1,
                        id("s23"),
                        id("E1"),
                        EnrolmentStatus.WITHDRAWN,
                        EnrolmentStatus.CONFIRMED,
                        null));
        for (int s : new int[] {1, 2, 24, 25, 26, 29, 30, 31, 32}) {
            confirm("C2", k2, s);
        }

        cohortStatus("C1", k1, c1Start, c1End, c1Cost, CohortStatus.RUNNING, CohortStatus.OPEN, 20);
        cohortStatus("C2", k2, c2Start, c2End, c2Cost, CohortStatus.RUNNING, CohortStatus.OPEN, 9);

        // outcomes of C1: E1 s1-s6 completed (credentials s1-s5), s7 not completed, s8 no-show;
        // E2 s9-s12 completed (credentials s9-s11), s13 not completed, s14 no-show; E3 s15, s16 completed
        // (credential s15), s17 not completed; E4 s18-s20 completed.
        for (int s = 1; s <= 6; s++) {
            outcome("C1", k1, s, EnrolmentOutcome.COMPLETED, "40", 50, 70, 4, s <= 5, c1End);
        }
        outcome("C1", k1, 7, EnrolmentOutcome.NOT_COMPLETED, "20", 40, 45, 2, false, null);
        outcome("C1", k1, 8, EnrolmentOutcome.NO_SHOW, "0", null, null, null, false, null);
        for (int s = 9; s <= 12; s++) {
            outcome("C1", k1, s, EnrolmentOutcome.COMPLETED, "40", 50, 70, 5, s <= 11, c1End);
        }
        outcome("C1", k1, 13, EnrolmentOutcome.NOT_COMPLETED, "20", 40, 45, 2, false, null);
        outcome("C1", k1, 14, EnrolmentOutcome.NO_SHOW, "0", null, null, null, false, null);
        outcome("C1", k1, 15, EnrolmentOutcome.COMPLETED, "40", 60, 65, 3, true, c1End);
        outcome("C1", k1, 16, EnrolmentOutcome.COMPLETED, "40", 60, 65, 3, false, c1End);
        outcome("C1", k1, 17, EnrolmentOutcome.NOT_COMPLETED, "20", 40, 45, 2, false, null);
        for (int s = 18; s <= 20; s++) {
            outcome("C1", k1, s, EnrolmentOutcome.COMPLETED, "40", 10, 90, 1, true, c1End);
        }
        // outcomes of C2: E1 s1, s2, s24 completed (credentials s1, s2), s25 not completed, s26 none yet;
        // E2 s29-s32 completed.
        for (int s : new int[] {1, 2, 24}) {
            outcome("C2", k2, s, EnrolmentOutcome.COMPLETED, "16", 30, 45, 5, s != 24, c2End);
        }
        outcome("C2", k2, 25, EnrolmentOutcome.NOT_COMPLETED, "8", 50, 52, 2, false, null);
        for (int s = 29; s <= 32; s++) {
            outcome("C2", k2, s, EnrolmentOutcome.COMPLETED, "16", 20, 80, 5, true, c2End);
        }
        cohortStatus("C1", k1, c1Start, c1End, c1Cost, CohortStatus.COMPLETED, CohortStatus.RUNNING, 20);
        cohortStatus("C2", k2, c2Start, c2End, c2Cost, CohortStatus.COMPLETED, CohortStatus.RUNNING, 9);

        member(EventTypes.STAFF_LEFT, id("s3"), new StaffLeft(id("s3"), id("E1"), c1End.plusMonths(3)));
        member(EventTypes.STAFF_LEFT, id("s9"), new StaffLeft(id("s9"), id("E2"), c1End.plusMonths(9)));

        // funding
        LocalDate periodStart = c1Start.minusMonths(2);
        LocalDate periodEnd = LocalDate.now().plusYears(1);
        funding(
                EventTypes.PROGRAMME_OPENED,
                id("P"),
                new ProgrammeOpened(
                        id("P"),
                        id("funder"),
                        "Digital metalworking",
                        "EUR",
                        2_000_000,
                        periodStart,
                        periodEnd,
                        List.of(alliance),
                        List.of(),
                        List.of("C"),
                        List.of(),
                        List.of("DIGITAL"),
                        5));
        funding(
                EventTypes.PROGRAMME_OPENED,
                id("P1"),
                new ProgrammeOpened(
                        id("P1"),
                        id("funder"),
                        "Open data",
                        "EUR",
                        1_000_000,
                        periodStart,
                        periodEnd,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        1));
        award("W1", "P", "association", BeneficiaryKind.ASSOCIATION, id("C1"), 600_000, periodStart, periodEnd);
        award(
                "W2",
                "P",
                "E2",
                BeneficiaryKind.EMPLOYER,
                null,
                100_000,
                c1Start,
                c1Start.plusYears(1).minusDays(1));
        award("W3", "P", "E1", BeneficiaryKind.EMPLOYER, id("C2"), 150_000, periodStart, periodEnd);
        award("W4", "P1", "association", BeneficiaryKind.ASSOCIATION, id("C1"), 500_000, periodStart, periodEnd);
        funding(
                EventTypes.COST_SHARES_FIXED,
                id("C1"),
                new CostSharesFixed(
                        id("C1"),
                        CostSharingRule.PER_SEAT,
                        "EUR",
                        1_000_000,
                        List.of(
                                new CostShare(id("E1"), 8, 400_000),
                                new CostShare(id("E2"), 6, 300_000),
                                new CostShare(id("E3"), 3, 150_000),
                                new CostShare(id("E4"), 3, 150_000))));
        funding(
                EventTypes.COST_SHARES_FIXED,
                id("C2"),
                new CostSharesFixed(
                        id("C2"),
                        CostSharingRule.PER_SEAT,
                        "EUR",
                        450_000,
                        List.of(new CostShare(id("E1"), 5, 250_000), new CostShare(id("E2"), 4, 200_000))));
        claim("CL1", "W1", "P", "E1", "C1", 250_000, true);
        claim("CL2", "W1", "P", "E2", "C1", 180_000, true);
        claim("CL3", "W1", "P", "E3", "C1", 90_000, true);
        claim("CL4", "W3", "P", "E1", "C2", 120_000, false);

        // P2 pays a seat's reimbursement in parts (issue 26's milestones, UK Skills Bootcamps' 40/30/30)
        funding(
                EventTypes.PROGRAMME_OPENED,
                id("P2"),
                new ProgrammeOpened(
                        id("P2"),
                        id("funder"),
                        "Skills bootcamp",
                        "EUR",
                        1_000_000,
                        periodStart,
                        periodEnd,
                        List.of(alliance),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        5));
        award("W5", "P2", "E2", BeneficiaryKind.EMPLOYER, id("C2"), 400_000, periodStart, periodEnd);
        claim("CL5", "W5", "P2", "E2", "C2", 355_250, false);
        paid("CL5-START", "CL5", "W5", "P2", "E2", 142_100, c2Start, "START");
        paid("CL5-COMPLETION", "CL5", "W5", "P2", "E2", 106_575, c2End.plusMonths(1), "COMPLETION");
        paid("CL5-OUTCOME", "CL5", "W5", "P2", "E2", 106_575, c2End.plusMonths(4), "OUTCOME");
        claim("CL6", "W5", "P2", "E2", "C2", 44_750, true);

        for (String org : List.of("E1", "E2", "E3", "E4")) {
            UUID membership = id("membership-" + org);
            member(
                    EventTypes.MEMBERSHIP_ACTIVATED,
                    membership,
                    new MembershipActivated(
                            membership,
                            alliance,
                            id(org),
                            MembershipRole.MEMBER_EMPLOYER,
                            MembershipStatus.ACTIVE,
                            c1Start.minusMonths(3),
                            c1Start.minusMonths(3),
                            null,
                            c1Start.minusMonths(3)));
        }
    }

    private void employer(String name, int headcount, SizeBand band, String sector, String region) {
        member(
                EventTypes.ORGANISATION_REGISTERED,
                id(name),
                new OrganisationRegistered(id(name), OrganisationType.EMPLOYER, "DE", region, sector, headcount, band));
    }

    private void cohortScheduled(String cohort, UUID course, LocalDate start, LocalDate end, CohortCost cost) {
        curriculum(
                EventTypes.COHORT_SCHEDULED,
                id(cohort),
                new CohortScheduled(
                        id(cohort),
                        course,
                        id("alliance"),
                        id("association"),
                        id("provider"),
                        start,
                        end,
                        start.minusMonths(1),
                        start.minusDays(1),
                        20,
                        5,
                        null,
                        cost,
                        CohortStatus.OPEN));
    }

    private void cohortStatus(
            String cohort,
            UUID course,
            LocalDate start,
            LocalDate end,
            CohortCost cost,
            CohortStatus status,
            CohortStatus previous,
            int seats) {
        curriculum(
                EventTypes.COHORT_STATUS_CHANGED,
                id(cohort),
                new CohortStatusChanged(
                        id(cohort),
                        course,
                        id("alliance"),
                        id("association"),
                        id("provider"),
                        start,
                        end,
                        start.minusMonths(1),
                        start.minusDays(1),
                        20,
                        5,
                        null,
                        cost,
                        status,
                        previous,
                        seats));
    }

    private String employerOf(int staff) {
        return staff <= 8 || (staff >= 21 && staff <= 26)
                ? "E1"
                : staff <= 14 || staff >= 29 ? "E2" : staff <= 17 ? "E3" : "E4";
    }

    private void confirm(String cohort, UUID course, int staff) {
        UUID enrolment = id("enrolment-" + cohort + "-s" + staff);
        curriculum(
                EventTypes.ENROLMENT_CONFIRMED,
                id(cohort),
                new EnrolmentConfirmed(
                        enrolment,
                        id(cohort),
                        course,
                        id("s" + staff),
                        id(employerOf(staff)),
                        EnrolmentStatus.CONFIRMED,
                        null,
                        null));
    }

    private void waitlist(String cohort, UUID course, int staff, int position) {
        UUID enrolment = id("enrolment-" + cohort + "-s" + staff);
        curriculum(
                EventTypes.ENROLMENT_WAITLISTED,
                id(cohort),
                new EnrolmentWaitlisted(
                        enrolment,
                        id(cohort),
                        course,
                        id("s" + staff),
                        id(employerOf(staff)),
                        EnrolmentStatus.WAITLISTED,
                        null,
                        position));
    }

    private void outcome(
            String cohort,
            UUID course,
            int staff,
            EnrolmentOutcome outcome,
            String hours,
            Integer pre,
            Integer post,
            Integer satisfaction,
            boolean credential,
            LocalDate completedOn) {
        UUID enrolment = id("enrolment-" + cohort + "-s" + staff);
        curriculum(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                id(cohort),
                new EnrolmentOutcomeRecorded(
                        enrolment,
                        id(cohort),
                        course,
                        id("s" + staff),
                        id(employerOf(staff)),
                        outcome,
                        new BigDecimal(hours),
                        pre,
                        post,
                        satisfaction,
                        credential,
                        completedOn));
    }

    private void award(
            String award,
            String programme,
            String beneficiary,
            BeneficiaryKind kind,
            UUID cohort,
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
                        cohort,
                        amount,
                        "EUR",
                        start,
                        end));
    }

    private void claim(
            String claim, String award, String programme, String employer, String cohort, long amount, boolean paid) {
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
                        List.of(id("enrolment-" + cohort + "-claimed-by-" + employer))));
        if (paid) {
            // in whole, without a milestone, as every payment was before issue 26
            paid(claim, claim, award, programme, employer, amount, c2End.plusMonths(1), null);
        }
    }

    private void paid(
            String disbursement,
            String claim,
            String award,
            String programme,
            String employer,
            long amount,
            LocalDate paidOn,
            String milestone) {
        funding(
                EventTypes.DISBURSEMENT_PAID,
                id(award),
                new DisbursementPaid(
                        id("disbursement-" + disbursement),
                        id(claim),
                        id(award),
                        id(programme),
                        id(employer),
                        amount,
                        "EUR",
                        paidOn,
                        milestone));
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

    /** Adds an event on the topic, one second after the one before. */
    void add(String topic, String type, UUID aggregate, Object payload, String producer) {
        EventEnvelope made = registry.envelope(type, aggregate.toString(), producer, payload);
        clock = clock.plusSeconds(1);
        byTopic.get(topic)
                .add(new EventEnvelope(
                        made.eventId(),
                        made.eventType(),
                        made.schemaVersion(),
                        clock,
                        made.aggregateId(),
                        made.producer(),
                        made.payload()));
    }
}
