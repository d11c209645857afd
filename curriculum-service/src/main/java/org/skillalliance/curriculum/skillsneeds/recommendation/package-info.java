/**
 * Course recommendations: for a staff member or an employer's team, the alliance's published courses with a cohort
 * open for enrolment today, ranked by gap closed per training hour (gap closed per skill = {@code min(gap, course
 * target - current level)}), with the expected net cost from the cohort quote (without grants, and saying so, when
 * funding-service does not answer).
 */
package org.skillalliance.curriculum.skillsneeds.recommendation;
