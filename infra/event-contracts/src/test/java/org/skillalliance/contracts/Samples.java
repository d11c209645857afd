package org.skillalliance.contracts;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.DeliveryMode;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.FollowUpRecorded;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.contracts.funding.BeneficiaryKind;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.ClaimSubmitted;
import org.skillalliance.contracts.funding.CohortResultsReported;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.CostSharingRule;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.funding.ProgrammeClosed;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.funding.ReportedMeasure;
import org.skillalliance.contracts.member.AgeBand;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.contracts.member.ApiClientRevoked;
import org.skillalliance.contracts.member.Gender;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;

/** One valid payload per event type of the platform, with stable ids. */
final class Samples {

    static final UUID ALLIANCE = id("alliance");
    static final UUID ASSOCIATION = id("association");
    static final UUID EMPLOYER = id("employer");
    static final UUID OTHER_EMPLOYER = id("other-employer");
    static final UUID PROVIDER = id("provider");
    static final UUID FUNDER = id("funder");
    static final UUID MEMBERSHIP = id("membership");
    static final UUID STAFF = id("staff");
    static final UUID COURSE = id("course");
    static final UUID SKILL = id("skill");
    static final UUID COHORT = id("cohort");
    static final UUID ENROLMENT = id("enrolment");
    static final UUID PROGRAMME = id("programme");
    static final UUID APPLICATION = id("application");
    static final UUID AWARD = id("award");
    static final UUID CLAIM = id("claim");
    static final UUID DISBURSEMENT = id("disbursement");

    static final LocalDate APPLIED_ON = LocalDate.of(2025, 1, 10);
    static final LocalDate JOINED_ON = LocalDate.of(2025, 2, 1);
    static final LocalDate LEFT_ON = LocalDate.of(2026, 1, 31);
    static final LocalDate START = LocalDate.of(2025, 4, 7);
    static final LocalDate END = LocalDate.of(2025, 4, 11);

    private Samples() {}

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the sample payload of every type, by type name */
    static Map<String, Object> all() {
        Map<String, Object> samples = new LinkedHashMap<>();
        // member-service
        samples.put(
                EventTypes.ALLIANCE_CREATED,
                new AllianceCreated(
                        ALLIANCE,
                        ASSOCIATION,
                        "Metal Skills Bavaria",
                        AllianceKind.SECTORAL,
                        List.of("C24", "C25"),
                        "DE21",
                        "EUR"));
        samples.put(
                EventTypes.ORGANISATION_REGISTERED,
                new OrganisationRegistered(
                        EMPLOYER, OrganisationType.EMPLOYER, "DE", "DE21", "C25.1", 42, SizeBand.SMALL));
        samples.put(
                EventTypes.ORGANISATION_UPDATED,
                new OrganisationUpdated(PROVIDER, OrganisationType.TRAINING_PROVIDER, "DE", "DE21", null, null, null));
        samples.put(
                EventTypes.MEMBERSHIP_APPLIED,
                new MembershipApplied(
                        MEMBERSHIP,
                        ALLIANCE,
                        EMPLOYER,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.APPLIED,
                        APPLIED_ON,
                        null,
                        null,
                        APPLIED_ON));
        samples.put(
                EventTypes.MEMBERSHIP_ACTIVATED,
                new MembershipActivated(
                        MEMBERSHIP,
                        ALLIANCE,
                        EMPLOYER,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.ACTIVE,
                        APPLIED_ON,
                        JOINED_ON,
                        null,
                        JOINED_ON));
        samples.put(
                EventTypes.MEMBERSHIP_SUSPENDED,
                new MembershipSuspended(
                        MEMBERSHIP,
                        ALLIANCE,
                        EMPLOYER,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.SUSPENDED,
                        APPLIED_ON,
                        JOINED_ON,
                        null,
                        LocalDate.of(2025, 9, 1)));
        samples.put(
                EventTypes.MEMBERSHIP_WITHDRAWN,
                new MembershipWithdrawn(
                        MEMBERSHIP,
                        ALLIANCE,
                        EMPLOYER,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.WITHDRAWN,
                        APPLIED_ON,
                        JOINED_ON,
                        LEFT_ON,
                        LEFT_ON));
        samples.put(
                EventTypes.MEMBERSHIP_REJECTED,
                new MembershipRejected(
                        id("membership-2"),
                        ALLIANCE,
                        FUNDER,
                        MembershipRole.FUNDER,
                        MembershipStatus.REJECTED,
                        APPLIED_ON,
                        null,
                        null,
                        JOINED_ON));
        samples.put(
                EventTypes.STAFF_REGISTERED,
                new StaffRegistered(
                        STAFF, EMPLOYER, "7212", LocalDate.of(2019, 9, 1), true, Gender.FEMALE, AgeBand.AGE_25_34));
        samples.put(EventTypes.STAFF_CONSENT_CHANGED, new StaffConsentChanged(STAFF, EMPLOYER, false, null, null));
        samples.put(EventTypes.STAFF_LEFT, new StaffLeft(STAFF, EMPLOYER, LocalDate.of(2026, 3, 31)));
        samples.put(EventTypes.STAFF_ERASED, new StaffErased(STAFF, EMPLOYER));
        samples.put(
                EventTypes.API_CLIENT_REVOKED,
                new ApiClientRevoked(
                        id("api-client"),
                        FUNDER,
                        "funder-system-3f2a9c1e",
                        java.time.Instant.parse("2026-11-30T09:15:00Z")));
        // curriculum-service
        List<CourseSkill> skills = List.of(
                new CourseSkill(
                        SKILL,
                        "http://data.europa.eu/esco/skill/8f1fb0c6-b8ce-4d0c-a9a2-0ea7a8a3b1ba",
                        SkillCategory.TECHNICAL,
                        3),
                new CourseSkill(id("skill-2"), "LOCAL-CNC-SAFETY", SkillCategory.SAFETY, 2));
        samples.put(
                EventTypes.COURSE_PUBLISHED,
                new CoursePublished(
                        COURSE,
                        ALLIANCE,
                        PROVIDER,
                        "CNC-101",
                        "CNC milling for beginners",
                        DeliveryMode.BLENDED,
                        new BigDecimal("37.5"),
                        skills,
                        List.of("DIGITAL", "GREEN"),
                        "CNC Operator Level 1"));
        samples.put(
                EventTypes.COURSE_RETIRED,
                new CourseRetired(
                        COURSE,
                        ALLIANCE,
                        PROVIDER,
                        "CNC-101",
                        "CNC milling for beginners",
                        DeliveryMode.IN_PERSON,
                        new BigDecimal("40"),
                        skills,
                        List.of(),
                        null));
        CohortCost cost = new CohortCost(Pricing.TOTAL, 1_200_000L, "EUR");
        samples.put(
                EventTypes.COHORT_SCHEDULED,
                new CohortScheduled(
                        COHORT,
                        COURSE,
                        ALLIANCE,
                        ASSOCIATION,
                        PROVIDER,
                        START,
                        END,
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 3, 31),
                        10,
                        4,
                        3,
                        cost,
                        CohortStatus.OPEN));
        samples.put(
                EventTypes.COHORT_STATUS_CHANGED,
                new CohortStatusChanged(
                        COHORT,
                        COURSE,
                        ALLIANCE,
                        ASSOCIATION,
                        PROVIDER,
                        START,
                        END,
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 3, 31),
                        10,
                        4,
                        null,
                        new CohortCost(Pricing.PER_SEAT, 95_050L, "EUR"),
                        CohortStatus.RUNNING,
                        CohortStatus.OPEN,
                        10));
        samples.put(
                EventTypes.ENROLMENT_CONFIRMED,
                new EnrolmentConfirmed(
                        ENROLMENT, COHORT, COURSE, STAFF, EMPLOYER, EnrolmentStatus.CONFIRMED, null, null));
        samples.put(
                EventTypes.ENROLMENT_WAITLISTED,
                new EnrolmentWaitlisted(
                        ENROLMENT, COHORT, COURSE, STAFF, EMPLOYER, EnrolmentStatus.WAITLISTED, null, 3));
        samples.put(
                EventTypes.ENROLMENT_PROMOTED,
                new EnrolmentPromoted(
                        ENROLMENT,
                        COHORT,
                        COURSE,
                        STAFF,
                        EMPLOYER,
                        EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.WAITLISTED,
                        null));
        samples.put(
                EventTypes.ENROLMENT_WITHDRAWN,
                new EnrolmentWithdrawn(
                        ENROLMENT,
                        COHORT,
                        COURSE,
                        STAFF,
                        EMPLOYER,
                        EnrolmentStatus.WITHDRAWN,
                        EnrolmentStatus.CONFIRMED,
                        null));
        samples.put(
                EventTypes.ENROLMENT_CANCELLED,
                new EnrolmentCancelled(
                        ENROLMENT,
                        COHORT,
                        COURSE,
                        STAFF,
                        EMPLOYER,
                        EnrolmentStatus.CANCELLED,
                        EnrolmentStatus.WAITLISTED,
                        2));
        samples.put(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                new EnrolmentOutcomeRecorded(
                        ENROLMENT,
                        COHORT,
                        COURSE,
                        STAFF,
                        EMPLOYER,
                        EnrolmentOutcome.COMPLETED,
                        new BigDecimal("36.25"),
                        45,
                        78,
                        5,
                        true,
                        END));
        // funding-service
        samples.put(
                EventTypes.COST_SHARES_FIXED,
                new CostSharesFixed(
                        COHORT,
                        CostSharingRule.PER_SEAT,
                        "EUR",
                        1_000_001L,
                        List.of(new CostShare(EMPLOYER, 2, 666_667L), new CostShare(OTHER_EMPLOYER, 1, 333_334L))));
        samples.put(
                EventTypes.PROGRAMME_OPENED,
                new ProgrammeOpened(
                        PROGRAMME,
                        FUNDER,
                        "Digital skills for SMEs 2025",
                        "EUR",
                        50_000_000L,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        List.of(ALLIANCE),
                        List.of(SizeBand.MICRO, SizeBand.SMALL, SizeBand.MEDIUM),
                        List.of("C25"),
                        List.of(),
                        List.of("DIGITAL"),
                        5));
        samples.put(
                EventTypes.PROGRAMME_CLOSED,
                new ProgrammeClosed(
                        PROGRAMME,
                        FUNDER,
                        "Digital skills for SMEs 2025",
                        "EUR",
                        50_000_000L,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        List.of(ALLIANCE),
                        List.of(),
                        List.of(),
                        List.of("DE21", "DE22"),
                        List.of(),
                        10));
        samples.put(
                EventTypes.GRANT_AWARDED,
                new GrantAwarded(
                        AWARD,
                        PROGRAMME,
                        APPLICATION,
                        EMPLOYER,
                        BeneficiaryKind.EMPLOYER,
                        null,
                        800_000L,
                        "EUR",
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 12, 31)));
        samples.put(
                EventTypes.CLAIM_SUBMITTED,
                new ClaimSubmitted(
                        CLAIM,
                        AWARD,
                        PROGRAMME,
                        EMPLOYER,
                        COHORT,
                        533_333L,
                        "EUR",
                        Instant.parse("2025-06-20T09:15:00Z")));
        samples.put(
                EventTypes.CLAIM_APPROVED,
                new ClaimApproved(
                        CLAIM,
                        AWARD,
                        PROGRAMME,
                        EMPLOYER,
                        COHORT,
                        533_333L,
                        "EUR",
                        List.of(ENROLMENT, id("enrolment-2"))));
        samples.put(
                EventTypes.DISBURSEMENT_PAID,
                new DisbursementPaid(
                        DISBURSEMENT,
                        CLAIM,
                        AWARD,
                        PROGRAMME,
                        EMPLOYER,
                        533_333L,
                        "EUR",
                        LocalDate.of(2025, 6, 30),
                        "COMPLETION"));
        samples.put(
                EventTypes.FOLLOW_UP_RECORDED,
                new FollowUpRecorded(ENROLMENT, COHORT, EMPLOYER, 4, LocalDate.of(2025, 9, 15)));
        samples.put(
                EventTypes.WORKPLACE_LEARNING_SIGNED_OFF,
                new WorkplaceLearningSignedOff(
                        id("ojt-plan"),
                        WorkplaceLearningKind.ON_THE_JOB,
                        ALLIANCE,
                        EMPLOYER,
                        STAFF,
                        SKILL,
                        "http://data.europa.eu/esco/skill/8f1fb0c6-b8ce-4d0c-a9a2-0ea7a8a3b1ba",
                        SkillCategory.TECHNICAL,
                        3,
                        new BigDecimal("14.5"),
                        4,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 10, 20)));
        samples.put(
                EventTypes.COHORT_RESULTS_REPORTED,
                new CohortResultsReported(
                        EMPLOYER,
                        COHORT,
                        "EUR",
                        3_000L,
                        List.of(new ReportedMeasure(
                                id("measure"),
                                "orders processed per month",
                                "orders",
                                new BigDecimal("1200"),
                                new BigDecimal("1450.5"),
                                true,
                                6_000L,
                                60,
                                80)),
                        2,
                        Instant.parse("2025-10-01T09:30:00Z")));
        return samples;
    }

    /** A workplace learning claim's submission: the claim has no cohort. */
    static ClaimSubmitted workplaceLearningClaimSubmitted() {
        return new ClaimSubmitted(
                id("workplace-claim"),
                AWARD,
                PROGRAMME,
                EMPLOYER,
                null,
                27_327L,
                "EUR",
                Instant.parse("2025-10-21T08:00:00Z"));
    }

    /** A workplace learning claim's approval: no cohort, no seats. */
    static ClaimApproved workplaceLearningClaimApproved() {
        return new ClaimApproved(id("workplace-claim"), AWARD, PROGRAMME, EMPLOYER, null, 27_327L, "EUR", List.of());
    }

    static Object of(String typeName) {
        Object sample = all().get(typeName);
        if (sample == null) {
            throw new IllegalArgumentException("no sample for " + typeName);
        }
        return sample;
    }
}
