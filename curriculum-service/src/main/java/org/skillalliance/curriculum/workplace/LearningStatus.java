package org.skillalliance.curriculum.workplace;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a plan stands: no session logged yet, sessions logged, signed off (final). */
@ValueObject
public enum LearningStatus {
    PLANNED,
    IN_PROGRESS,
    SIGNED_OFF
}
