package org.skillalliance.curriculum.skillsneeds.profile;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.skill.SkillCategory;

/**
 * A skill a job role needs and the level it needs, 1 (basic) to 5 (expert), with the skill's reference code (ESCO URI
 * or local code), name and category as the catalogue holds them.
 */
@ValueObject
public record ProfileSkill(UUID skillId, String skillCode, String skillName, SkillCategory category, int targetLevel) {}
