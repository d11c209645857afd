/**
 * Skills: what courses teach. A skill has a code (local, or the ESCO concept it stands for), a name, a broad
 * {@link org.skillalliance.curriculum.skill.SkillCategory} and optionally its ESCO URI. Courses map skills with a target
 * level; the ESCO URI travels in course events and in credentials as the skill's code and alignment.
 */
package org.skillalliance.curriculum.skill;
