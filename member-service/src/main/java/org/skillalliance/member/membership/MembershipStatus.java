package org.skillalliance.member.membership;

/** The life cycle of a membership. */
public enum MembershipStatus {
    /** Applied, waiting for the coordinator's decision. */
    APPLIED,
    /** A member: its staff can be enrolled in the alliance's cohorts. */
    ACTIVE,
    /** Temporarily not a member in good standing: no new enrolments. */
    SUSPENDED,
    /** Left the alliance, or withdrew the application. */
    WITHDRAWN,
    /** The application was turned down. */
    REJECTED
}
