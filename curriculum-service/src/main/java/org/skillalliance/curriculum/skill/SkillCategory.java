package org.skillalliance.curriculum.skill;

import org.jmolecules.ddd.annotation.ValueObject;

/** Broad category of a skill, used in breakdowns and programme eligibility. */
@ValueObject
public enum SkillCategory {
    DIGITAL,
    GREEN,
    TECHNICAL,
    MANAGEMENT,
    LANGUAGE,
    SAFETY,
    OTHER
}
