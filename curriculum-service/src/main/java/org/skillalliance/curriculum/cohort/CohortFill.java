package org.skillalliance.curriculum.cohort;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How full a cohort is, as a page shows it: the seats still free (capacity minus the seats held, never negative) and
 * the number of requests waiting for one.
 */
@ValueObject
public record CohortFill(int seatsLeft, int waitlistLength) {

    static CohortFill of(Cohort cohort, CohortEnrolments.SeatCounts counts) {
        return new CohortFill(Math.max(0, cohort.capacity() - counts.held()), counts.waiting());
    }
}
