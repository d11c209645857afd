/**
 * Skills: what courses teach. A skill has a code (local, or the ESCO concept it stands for), a name, a broad
 * {@link org.skillalliance.curriculum.skill.SkillCategory} and optionally its ESCO URI. Courses map skills with a target
 * level; the ESCO URI travels in course events and in credentials as the skill's code and alignment.
 *
 * <p>The ESCO import ({@link org.skillalliance.curriculum.skill.EscoImport}) reads the ESCO download's
 * {@code skills_en.csv} into the catalogue (code = the concept URI) and its {@code occupations_en.csv} into the
 * {@link org.skillalliance.curriculum.skill.Occupation}s that {@link org.skillalliance.curriculum.skill.OccupationDirectory}
 * looks up; both are upserted by concept URI, streamed, in one transaction (docs/curriculum.md, "ESCO import").
 */
package org.skillalliance.curriculum.skill;
