package org.skillalliance.curriculum.cohort;

import java.time.Instant;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes cohort events to the outbox as their contracts, keyed by the cohort (one cohort's changes keep order). The
 * contracts carry the whole cohort after the change, its status and cost in the contracts' own enums.
 */
@Component
class CohortEventsPublisher {

    private final Outbox outbox;

    CohortEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(CohortEvent event) {
        Wire wire = wire(event);
        outbox.append(wire.type(), event.cohort().id(), wire.payload());
    }

    /** History import: the event of a change that happened at {@code at}, in the past, dated then. */
    void publishPast(CohortEvent event, Instant at) {
        Wire wire = wire(event);
        outbox.appendPast(wire.type(), event.cohort().id(), wire.payload(), at);
    }

    /** An event as it crosses the wire: its logical type and its contract payload. */
    record Wire(String type, Object payload) {}

    static Wire wire(CohortEvent event) {
        Cohort c = event.cohort();
        return switch (event) {
            case CohortEvent.Scheduled scheduled ->
                new Wire(
                        EventTypes.COHORT_SCHEDULED,
                        new CohortScheduled(
                                c.id(),
                                c.courseId(),
                                c.allianceId(),
                                c.organiserId(),
                                c.providerId(),
                                c.startDate(),
                                c.endDate(),
                                c.enrolmentOpens(),
                                c.enrolmentCloses(),
                                c.capacity(),
                                c.minParticipants(),
                                c.seatQuotaPerEmployer(),
                                cost(c.cost()),
                                status(c.status())));
            case CohortEvent.StatusChanged change ->
                new Wire(
                        EventTypes.COHORT_STATUS_CHANGED,
                        new CohortStatusChanged(
                                c.id(),
                                c.courseId(),
                                c.allianceId(),
                                c.organiserId(),
                                c.providerId(),
                                c.startDate(),
                                c.endDate(),
                                c.enrolmentOpens(),
                                c.enrolmentCloses(),
                                c.capacity(),
                                c.minParticipants(),
                                c.seatQuotaPerEmployer(),
                                cost(c.cost()),
                                status(c.status()),
                                status(change.previous()),
                                change.confirmedSeats()));
        };
    }

    private static org.skillalliance.contracts.curriculum.CohortCost cost(CohortCost cost) {
        return new org.skillalliance.contracts.curriculum.CohortCost(
                org.skillalliance.contracts.curriculum.Pricing.valueOf(
                        cost.pricing().name()),
                cost.amount().amountMinor(),
                cost.amount().currency());
    }

    private static org.skillalliance.contracts.curriculum.CohortStatus status(CohortStatus status) {
        return org.skillalliance.contracts.curriculum.CohortStatus.valueOf(status.name());
    }
}
