package org.skillalliance.member.membership;

import org.jmolecules.ddd.annotation.ValueObject;

/** The life cycle of a membership. */
@ValueObject
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
