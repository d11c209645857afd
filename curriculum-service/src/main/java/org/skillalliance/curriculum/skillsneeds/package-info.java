/**
 * Skills needs: what an alliance's members need to learn, and whether training closes it (docs/skills-needs.md).
 *
 * <p>Five features, each its own package, with dependencies pointing one way: the job-role
 * {@link org.skillalliance.curriculum.skillsneeds.profile profile} that applies to a staff member and the staff's
 * {@link org.skillalliance.curriculum.skillsneeds.skillrecord skill records} give the
 * {@link org.skillalliance.curriculum.skillsneeds.gap gaps}; {@link org.skillalliance.curriculum.skillsneeds.recommendation
 * recommendations} rank open cohorts by the gap they close; {@link org.skillalliance.curriculum.skillsneeds.objective
 * objectives} measure progress from skill records and outcomes. They build on the curriculum (skills, courses, cohorts)
 * and the member read model, which know nothing of them.
 */
package org.skillalliance.curriculum.skillsneeds;
