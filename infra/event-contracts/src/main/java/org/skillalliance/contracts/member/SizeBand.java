package org.skillalliance.contracts.member;

/**
 * Company size by headcount (the EU SME bands), as it travels on the wire. member-service derives it from the headcount
 * (its organisation feature holds the rule); consumers take the band the event carries and never derive it again.
 */
public enum SizeBand {
    /** Fewer than 10 staff. */
    MICRO,
    /** 10 to 49 staff. */
    SMALL,
    /** 50 to 249 staff. */
    MEDIUM,
    /** 250 staff or more. */
    LARGE
}
