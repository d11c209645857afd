package org.skillalliance.member.consent;

/** Who recorded a change of consent: the learner themself, or their employer's HR through the staff API or import. */
public enum RecordedBy {
    LEARNER,
    EMPLOYER
}
