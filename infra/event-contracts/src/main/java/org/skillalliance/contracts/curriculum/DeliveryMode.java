package org.skillalliance.contracts.curriculum;

/** How a course is taught. */
public enum DeliveryMode {
    /** In a classroom or workshop. */
    IN_PERSON,
    /** Remotely. */
    ONLINE,
    /** Partly in person, partly online. */
    BLENDED,
    /** At the workplace, during work (added before any consumer read v1; see docs/curriculum.md). */
    ON_THE_JOB
}
