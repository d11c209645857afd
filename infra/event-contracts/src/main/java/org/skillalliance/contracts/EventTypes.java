package org.skillalliance.contracts;

import java.util.Set;

/**
 * The logical names of the platform's event types, as they travel in {@link EventEnvelope#eventType()} and in the
 * {@value EventEnvelope#TYPE_HEADER} header, grouped by the service (and topic) that publishes them. The payload record
 * of each type is named after it, in the package of its producer (for example
 * {@link org.skillalliance.contracts.curriculum.EnrolmentConfirmed}).
 */
public final class EventTypes {

    // member-service, topic member.events.v1

    /** An alliance was created; aggregate = alliance id. */
    public static final String ALLIANCE_CREATED = "AllianceCreated";
    /** An organisation (employer, provider, association, funder) was registered; aggregate = organisation id. */
    public static final String ORGANISATION_REGISTERED = "OrganisationRegistered";
    /** An organisation's reportable facts (region, sector, headcount, size band) changed; aggregate = organisation id. */
    public static final String ORGANISATION_UPDATED = "OrganisationUpdated";
    /** An organisation applied to join an alliance; aggregate = membership id. */
    public static final String MEMBERSHIP_APPLIED = "MembershipApplied";
    /** A membership became active; aggregate = membership id. */
    public static final String MEMBERSHIP_ACTIVATED = "MembershipActivated";
    /** An active membership was suspended; aggregate = membership id. */
    public static final String MEMBERSHIP_SUSPENDED = "MembershipSuspended";
    /** A member left the alliance (or withdrew its application); aggregate = membership id. */
    public static final String MEMBERSHIP_WITHDRAWN = "MembershipWithdrawn";
    /** An application was rejected; aggregate = membership id. */
    public static final String MEMBERSHIP_REJECTED = "MembershipRejected";
    /** A staff member was registered by their employer (no personal data); aggregate = staff id. */
    public static final String STAFF_REGISTERED = "StaffRegistered";
    /** A staff member gave or withdrew consent to outcome reporting; aggregate = staff id. */
    public static final String STAFF_CONSENT_CHANGED = "StaffConsentChanged";
    /** A staff member left their employer; aggregate = staff id. */
    public static final String STAFF_LEFT = "StaffLeft";
    /** A staff member's personal data was erased; aggregate = staff id. */
    public static final String STAFF_ERASED = "StaffErased";
    /** An organisation revoked a machine client, whose tokens every service refuses from now; aggregate = its id. */
    public static final String API_CLIENT_REVOKED = "ApiClientRevoked";

    // curriculum-service, topic curriculum.events.v1

    /** A course was published; aggregate = course id. */
    public static final String COURSE_PUBLISHED = "CoursePublished";
    /** A course was retired; aggregate = course id. */
    public static final String COURSE_RETIRED = "CourseRetired";
    /** A cohort of a course was scheduled; aggregate = cohort id. */
    public static final String COHORT_SCHEDULED = "CohortScheduled";
    /** A cohort moved from one status to another; aggregate = cohort id. */
    public static final String COHORT_STATUS_CHANGED = "CohortStatusChanged";
    /** A seat was confirmed; aggregate = cohort id. */
    public static final String ENROLMENT_CONFIRMED = "EnrolmentConfirmed";
    /** A request was put on the waitlist; aggregate = cohort id. */
    public static final String ENROLMENT_WAITLISTED = "EnrolmentWaitlisted";
    /** A waitlisted request got a seat; aggregate = cohort id. */
    public static final String ENROLMENT_PROMOTED = "EnrolmentPromoted";
    /** The employer withdrew an enrolment; aggregate = cohort id. */
    public static final String ENROLMENT_WITHDRAWN = "EnrolmentWithdrawn";
    /** An enrolment was cancelled (for example with its cohort); aggregate = cohort id. */
    public static final String ENROLMENT_CANCELLED = "EnrolmentCancelled";
    /** The provider recorded the outcome of an enrolment; aggregate = cohort id. */
    public static final String ENROLMENT_OUTCOME_RECORDED = "EnrolmentOutcomeRecorded";
    /** The employer rated how far a completed seat's staff member applies the skill on the job; aggregate = cohort id. */
    public static final String FOLLOW_UP_RECORDED = "FollowUpRecorded";
    /** One staff member's learning at work (on the job, mentoring, a workshop) was signed off; aggregate = its id. */
    public static final String WORKPLACE_LEARNING_SIGNED_OFF = "WorkplaceLearningSignedOff";

    // funding-service, topic funding.events.v1

    /** The cost of a cohort was shared among its employers; aggregate = cohort id. */
    public static final String COST_SHARES_FIXED = "CostSharesFixed";
    /** A grant programme was opened; aggregate = programme id. */
    public static final String PROGRAMME_OPENED = "ProgrammeOpened";
    /** A grant programme was closed; aggregate = programme id. */
    public static final String PROGRAMME_CLOSED = "ProgrammeClosed";
    /** A grant was awarded; aggregate = award id. */
    public static final String GRANT_AWARDED = "GrantAwarded";
    /** An employer's reimbursement claim was submitted for approval; aggregate = award id. */
    public static final String CLAIM_SUBMITTED = "ClaimSubmitted";
    /** A reimbursement claim was approved; aggregate = award id. */
    public static final String CLAIM_APPROVED = "ClaimApproved";
    /** A disbursement was paid; aggregate = award id. */
    public static final String DISBURSEMENT_PAID = "DisbursementPaid";
    /** An employer's business results for a cohort changed (the whole current state); aggregate = cohort id. */
    public static final String COHORT_RESULTS_REPORTED = "CohortResultsReported";

    /** The types member-service publishes on {@value Topics#MEMBER}. */
    public static final Set<String> MEMBER_EVENTS = Set.of(
            ALLIANCE_CREATED,
            ORGANISATION_REGISTERED,
            ORGANISATION_UPDATED,
            MEMBERSHIP_APPLIED,
            MEMBERSHIP_ACTIVATED,
            MEMBERSHIP_SUSPENDED,
            MEMBERSHIP_WITHDRAWN,
            MEMBERSHIP_REJECTED,
            STAFF_REGISTERED,
            STAFF_CONSENT_CHANGED,
            STAFF_LEFT,
            STAFF_ERASED,
            API_CLIENT_REVOKED);

    /** The types curriculum-service publishes on {@value Topics#CURRICULUM}. */
    public static final Set<String> CURRICULUM_EVENTS = Set.of(
            COURSE_PUBLISHED,
            COURSE_RETIRED,
            COHORT_SCHEDULED,
            COHORT_STATUS_CHANGED,
            ENROLMENT_CONFIRMED,
            ENROLMENT_WAITLISTED,
            ENROLMENT_PROMOTED,
            ENROLMENT_WITHDRAWN,
            ENROLMENT_CANCELLED,
            ENROLMENT_OUTCOME_RECORDED,
            FOLLOW_UP_RECORDED,
            WORKPLACE_LEARNING_SIGNED_OFF);

    /** The types funding-service publishes on {@value Topics#FUNDING}. */
    public static final Set<String> FUNDING_EVENTS = Set.of(
            COST_SHARES_FIXED,
            PROGRAMME_OPENED,
            PROGRAMME_CLOSED,
            GRANT_AWARDED,
            CLAIM_SUBMITTED,
            CLAIM_APPROVED,
            DISBURSEMENT_PAID,
            COHORT_RESULTS_REPORTED);

    private EventTypes() {}
}
