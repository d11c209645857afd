package org.skillalliance.curriculum.course;

import org.jmolecules.ddd.annotation.ValueObject;

/** How a course is taught. */
@ValueObject
public enum DeliveryMode {
    ONLINE,
    IN_PERSON,
    BLENDED,
    ON_THE_JOB
}
