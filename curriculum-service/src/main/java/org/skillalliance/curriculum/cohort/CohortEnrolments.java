package org.skillalliance.curriculum.cohort;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Repository;

/**
 * What a cohort's lifecycle needs from its enrolments (implemented by the enrolment feature, so that cohorts do not
 * depend on it). Called inside the cohort's transaction, with the cohort row locked.
 */
@Repository
public interface CohortEnrolments {

    /**
     * Seats held and requests waiting in a cohort: {@code held} counts the confirmed enrolments and those whose outcome
     * is recorded (each still had its seat), {@code waiting} the waitlisted ones.
     */
    record SeatCounts(int held, int waiting) {
        public static final SeatCounts NONE = new SeatCounts(0, 0);
    }

    /** The seat counts of each of these cohorts, read from their counters in one query. */
    Map<UUID, SeatCounts> seatCounts(Collection<UUID> cohortIds);

    /** Seats confirmed now. */
    int confirmedSeats(Cohort cohort);

    /** The cohort started: requests still waiting will never get a seat and are cancelled. */
    void cohortStarted(Cohort cohort);

    /** The cohort was cancelled: every confirmed and waiting enrolment is cancelled. */
    void cohortCancelled(Cohort cohort);
}
