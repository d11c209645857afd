package org.skillalliance.curriculum.session;

import java.util.SequencedMap;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Repository;

/**
 * What attendance needs from enrolments (implemented by the enrolment feature, so that sessions do not depend on it):
 * the seats of a cohort. Called inside the caller's transaction, with the cohort row locked where it matters.
 */
@Repository
public interface CohortSeats {

    /**
     * The enrolments that hold a seat in the cohort (CONFIRMED, or with an outcome recorded: each had its seat), each
     * with its staff id, in the order the seats were requested.
     */
    SequencedMap<UUID, UUID> seats(UUID cohortId);
}
