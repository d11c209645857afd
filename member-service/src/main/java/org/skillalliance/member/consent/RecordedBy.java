package org.skillalliance.member.consent;

import org.jmolecules.ddd.annotation.ValueObject;

/** Who recorded a change of consent: the learner themself, or their employer's HR through the staff API or import. */
@ValueObject
public enum RecordedBy {
    LEARNER,
    EMPLOYER
}
