package org.skillalliance.curriculum.enrolment;

import java.util.SequencedMap;
import java.util.UUID;
import org.skillalliance.curriculum.session.CohortSeats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The seats of a cohort, for its sessions' registers. */
@Component
class CohortSeatsAdapter implements CohortSeats {

    private final JdbcEnrolments enrolments;

    CohortSeatsAdapter(JdbcEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SequencedMap<UUID, UUID> seats(UUID cohortId) {
        return enrolments.seats(cohortId);
    }
}
