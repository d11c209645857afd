/**
 * Skills needs: what an alliance's members need to learn, and whether training closes it (docs/skills-needs.md).
 *
 * <p>Five features, each its own package, with dependencies pointing one way: the job-role {@code profile} that applies
 * to a staff member and the staff's {@code skillrecord}s give the {@code gap}s; {@code recommendation}s rank open
 * cohorts by the gap they close; {@code objective}s measure progress from skill records and outcomes. They build on the
 * curriculum (skills, courses, cohorts) and the member read model, which know nothing of them.
 */
package org.skillalliance.curriculum.skillsneeds;
