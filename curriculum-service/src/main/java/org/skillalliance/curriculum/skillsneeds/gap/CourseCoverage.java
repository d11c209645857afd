package org.skillalliance.curriculum.skillsneeds.gap;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How an alliance's shared curriculum covers a skill: published courses teaching it, the highest level any of them
 * reaches (null when none does), and how many of those courses have a cohort open for enrolment today.
 */
@ValueObject
public record CourseCoverage(int coursesTeaching, Integer highestCourseLevel, int coursesWithOpenCohort) {

    public static final CourseCoverage NONE = new CourseCoverage(0, null, 0);

    /** Whether staff below target need a level no published course reaches. */
    public boolean misses(int neededLevel) {
        return highestCourseLevel == null || highestCourseLevel < neededLevel;
    }
}
