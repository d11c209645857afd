package org.skillalliance.curriculum.cohort;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a cohort; each carries the cohort as it stands after the change. */
@DomainEvent
public sealed interface CohortEvent {

    Cohort cohort();

    record Scheduled(Cohort cohort) implements CohortEvent {}

    record StatusChanged(Cohort cohort, CohortStatus previous, int confirmedSeats) implements CohortEvent {}
}
