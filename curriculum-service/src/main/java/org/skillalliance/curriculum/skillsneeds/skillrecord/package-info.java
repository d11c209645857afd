/**
 * Staff skill records: a staff member's level 1-5 in a skill, with its source and date. COURSE records come from
 * completed enrolments whose post-assessment reached the pass mark (consumed from {@code curriculum.events.v1}); ON_THE_JOB
 * records from learning at work signed off in the {@code workplace} feature, in the sign-off's transaction; the
 * employer's member-admin records MANAGER ratings and SELF assessments. {@link SkillLevels} decides which
 * record counts: the strongest source, then the newest. Staff and employers appear as ids only.
 */
package org.skillalliance.curriculum.skillsneeds.skillrecord;
