package org.skillalliance.curriculum.workplace;

import org.jmolecules.ddd.annotation.ValueObject;

/** Who logged a session or signed a plan off: the employer's HR (its member-admin) or the plan's mentor. */
@ValueObject
public enum LearningRole {
    HR,
    MENTOR
}
