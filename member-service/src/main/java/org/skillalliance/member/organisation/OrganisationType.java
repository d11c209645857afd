package org.skillalliance.member.organisation;

/** The part an organisation plays on the platform. */
public enum OrganisationType {
    /** A member company whose staff are trained. */
    EMPLOYER,
    /** Teaches courses. */
    TRAINING_PROVIDER,
    /** An industry association; coordinates alliances. */
    ASSOCIATION,
    /** A government agency or foundation that subsidises training. */
    FUNDER
}
