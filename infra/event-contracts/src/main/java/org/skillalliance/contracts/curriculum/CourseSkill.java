package org.skillalliance.contracts.curriculum;

import java.util.UUID;

/**
 * A skill a course teaches.
 *
 * @param skillId     the skill in curriculum-service
 * @param skillCode   ESCO skill URI or local skill code
 * @param category    broad category of the skill
 * @param targetLevel proficiency the course aims at, 1 (basic) to 5 (expert)
 */
public record CourseSkill(UUID skillId, String skillCode, SkillCategory category, int targetLevel) {}
