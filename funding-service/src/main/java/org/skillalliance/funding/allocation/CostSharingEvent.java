package org.skillalliance.funding.allocation;

/** What happened to a cohort's cost sharing. Each carries the sharing after the change. */
public sealed interface CostSharingEvent {

    CohortCostSharing sharing();

    /** The cohort started: its shares are fixed over its final seats. */
    record Fixed(CohortCostSharing sharing) implements CostSharingEvent {}
}
