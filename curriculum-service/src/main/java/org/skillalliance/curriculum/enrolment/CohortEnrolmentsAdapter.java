package org.skillalliance.curriculum.enrolment;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortEnrolments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The enrolment side of a cohort's lifecycle steps, run inside the cohort's transaction with its row locked. */
@Component
class CohortEnrolmentsAdapter implements CohortEnrolments {

    private final JdbcEnrolments enrolments;
    private final EnrolmentEventsPublisher events;
    private final Clock clock;

    CohortEnrolmentsAdapter(JdbcEnrolments enrolments, EnrolmentEventsPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<UUID, SeatCounts> seatCounts(Collection<UUID> cohortIds) {
        return enrolments.seatCounts(cohortIds);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int confirmedSeats(Cohort cohort) {
        return enrolments.confirmed(cohort.id());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void cohortStarted(Cohort cohort) {
        // positions are read before anything changes, so each event tells where the request stood
        for (EnrolmentView waiter : enrolments.waiters(cohort.id())) {
            cancel(waiter);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void cohortCancelled(Cohort cohort) {
        for (EnrolmentView live : enrolments.live(cohort.id())) {
            cancel(live);
        }
    }

    private void cancel(EnrolmentView view) {
        EnrolmentEvent event = view.enrolment().cancel(view.waitlistPosition());
        enrolments.update(view.enrolment(), clock.instant());
        events.publish(event);
    }
}
