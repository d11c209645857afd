/**
 * Gap analysis: a staff member's required skills (from the job-role profile that applies) against the levels that
 * count, per staff member; per employer, skills ranked by staff below target and total gap; per alliance, the same
 * over all active staff of active member employers, anonymised by size band with small cells suppressed
 * ({@link org.skillalliance.disclosure.SmallCellSuppression} of infra/disclosure-control, k from
 * {@code skillalliance.skills-needs.suppression-k}) and with the shared curriculum's coverage of each skill, so
 * coordinators see which courses the sector is missing.
 */
package org.skillalliance.curriculum.skillsneeds.gap;
