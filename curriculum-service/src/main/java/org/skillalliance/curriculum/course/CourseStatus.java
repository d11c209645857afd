package org.skillalliance.curriculum.course;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of a course. */
@ValueObject
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
