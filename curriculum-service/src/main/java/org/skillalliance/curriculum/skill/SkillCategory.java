package org.skillalliance.curriculum.skill;

/** Broad category of a skill, used in breakdowns and programme eligibility. */
public enum SkillCategory {
    DIGITAL,
    GREEN,
    TECHNICAL,
    MANAGEMENT,
    LANGUAGE,
    SAFETY,
    OTHER
}
