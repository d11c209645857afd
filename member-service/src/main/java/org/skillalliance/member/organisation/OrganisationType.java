package org.skillalliance.member.organisation;

import org.jmolecules.ddd.annotation.ValueObject;

/** The part an organisation plays on the platform. */
@ValueObject
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
