package org.skillalliance.curriculum.course;

/** How a course is taught. */
public enum DeliveryMode {
    ONLINE,
    IN_PERSON,
    BLENDED,
    ON_THE_JOB
}
