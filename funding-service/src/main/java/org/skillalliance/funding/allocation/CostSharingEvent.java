package org.skillalliance.funding.allocation;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a cohort's cost sharing. Each carries the sharing after the change. */
@DomainEvent
public sealed interface CostSharingEvent {

    CohortCostSharing sharing();

    /** The cohort started: its shares are fixed over its final seats. */
    record Fixed(CohortCostSharing sharing) implements CostSharingEvent {}
}
