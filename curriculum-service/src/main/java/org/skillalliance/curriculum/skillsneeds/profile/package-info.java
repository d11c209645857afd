/**
 * Job-role skill profiles: for a job role (an ISCO-08 group, {@link Isco08}) the skills it needs, each with
 * a target level 1-5. The alliance publishes standard profiles for its sector; a member employer adopts one as is (and
 * follows its revisions) or adjusts it for its own staff. {@link ProfileResolver} picks the profile that applies to a
 * staff member: the employer's own before the alliance's standard, the most specific job-role group first.
 */
package org.skillalliance.curriculum.skillsneeds.profile;
