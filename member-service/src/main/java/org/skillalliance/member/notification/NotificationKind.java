package org.skillalliance.member.notification;

import java.util.Arrays;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a notification is about; {@link #code()} is its name in the API and in a person's preferences. */
@ValueObject
public enum NotificationKind {

    /** A learner's seat in a cohort is confirmed. */
    ENROLMENT_CONFIRMED("enrolment-confirmed", Audience.LEARNER),
    /** A learner waits for a seat, at a position. */
    ENROLMENT_WAITLISTED("enrolment-waitlisted", Audience.LEARNER),
    /** A learner moved from the waitlist to a seat. */
    ENROLMENT_PROMOTED("enrolment-promoted", Audience.LEARNER),
    /** A learner's enrolment was withdrawn by the employer. */
    ENROLMENT_WITHDRAWN("enrolment-withdrawn", Audience.LEARNER),
    /** A learner's cohort starts within a week. */
    COHORT_STARTING("cohort-starting", Audience.LEARNER),
    /** A learner's cohort was called off, and the enrolment with it. */
    COHORT_CANCELLED("cohort-cancelled", Audience.LEARNER),
    /** An organisation became (again) an active member of an alliance. */
    MEMBERSHIP_ADMITTED("membership-admitted", Audience.ORGANISATION_ADMINS),
    /** An organisation's membership of an alliance was suspended. */
    MEMBERSHIP_SUSPENDED("membership-suspended", Audience.ORGANISATION_ADMINS),
    /** An employer's grant claim was approved. */
    CLAIM_APPROVED("claim-approved", Audience.ORGANISATION_ADMINS),
    /** An employer's approved claim was paid. */
    CLAIM_PAID("claim-paid", Audience.ORGANISATION_ADMINS);

    /** Who a kind is for: a learner, or the member-admins of an organisation. */
    enum Audience {
        LEARNER,
        ORGANISATION_ADMINS
    }

    private final String code;
    private final Audience audience;

    NotificationKind(String code, Audience audience) {
        this.code = code;
        this.audience = audience;
    }

    public String code() {
        return code;
    }

    Audience audience() {
        return audience;
    }

    static Optional<NotificationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
