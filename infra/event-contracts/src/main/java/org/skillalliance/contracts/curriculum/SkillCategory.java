package org.skillalliance.contracts.curriculum;

/** Broad category of a skill, used for breakdowns and programme eligibility. */
public enum SkillCategory {
    /** Digital skills. */
    DIGITAL,
    /** Skills for the green transition. */
    GREEN,
    /** Technical and trade skills. */
    TECHNICAL,
    /** Management and leadership. */
    MANAGEMENT,
    /** Languages. */
    LANGUAGE,
    /** Health and safety. */
    SAFETY,
    /** Anything else. */
    OTHER
}
