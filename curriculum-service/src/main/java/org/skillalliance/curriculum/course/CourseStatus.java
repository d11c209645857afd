package org.skillalliance.curriculum.course;

/** The lifecycle of a course. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
