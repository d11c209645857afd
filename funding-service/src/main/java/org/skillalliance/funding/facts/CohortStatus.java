package org.skillalliance.funding.facts;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a cohort is in its life, as curriculum-service last said (its contract enum is mapped by the listener). */
@ValueObject
public enum CohortStatus {
    /** Scheduled, not yet open for enrolment. */
    PLANNED,
    /** Accepting enrolments. */
    OPEN,
    /** Started: its confirmed seats are final and costs are shared over them. */
    RUNNING,
    /** Finished; outcomes are recorded. */
    COMPLETED,
    /** Called off. */
    CANCELLED
}
