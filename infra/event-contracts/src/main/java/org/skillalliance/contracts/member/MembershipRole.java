package org.skillalliance.contracts.member;

/** The role an organisation has in an alliance. */
public enum MembershipRole {
    /** An employer whose staff take the alliance's courses. */
    MEMBER_EMPLOYER,
    /** A training provider teaching the alliance's courses. */
    PROVIDER,
    /** The association running the alliance. */
    COORDINATOR,
    /** A funder subsidising the alliance. */
    FUNDER
}
