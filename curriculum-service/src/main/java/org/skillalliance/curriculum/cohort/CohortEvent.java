package org.skillalliance.curriculum.cohort;

/** What happened to a cohort; each carries the cohort as it stands after the change. */
public sealed interface CohortEvent {

    Cohort cohort();

    record Scheduled(Cohort cohort) implements CohortEvent {}

    record StatusChanged(Cohort cohort, CohortStatus previous, int confirmedSeats) implements CohortEvent {}
}
