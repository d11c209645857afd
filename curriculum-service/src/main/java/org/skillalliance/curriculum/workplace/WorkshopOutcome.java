package org.skillalliance.curriculum.workplace;

import org.jmolecules.ddd.annotation.ValueObject;

/** A workshop participant's outcome; COMPLETED signs the participant off at the level reached. */
@ValueObject
public enum WorkshopOutcome {
    COMPLETED,
    NOT_COMPLETED,
    NO_SHOW
}
