package org.skillalliance.contracts.curriculum;

/** How a course is taught. */
public enum DeliveryMode {
    /** In a classroom or workshop. */
    IN_PERSON,
    /** Remotely. */
    ONLINE,
    /** Partly in person, partly online. */
    BLENDED
}
