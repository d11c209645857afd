package org.skillalliance.funding.results;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * What changed in an employer's results for a cohort; each change is one line of the results' change log (who made it
 * is the use case's business) and raises the revision by one.
 */
@DomainEvent
public sealed interface CohortResultsEvent {

    /** The revision the results reached with this change. */
    int revision();

    Instant at();

    /** The measure concerned, or null for the wage cost. */
    UUID measureId();

    record MeasureAdded(BusinessMeasure added, int revision, Instant at) implements CohortResultsEvent {
        @Override
        public UUID measureId() {
            return added.id();
        }
    }

    record MeasureCorrected(BusinessMeasure before, BusinessMeasure after, int revision, Instant at)
            implements CohortResultsEvent {
        @Override
        public UUID measureId() {
            return after.id();
        }
    }

    record MeasureWithdrawn(BusinessMeasure withdrawn, int revision, Instant at) implements CohortResultsEvent {
        @Override
        public UUID measureId() {
            return withdrawn.id();
        }
    }

    /** The hourly wage cost set; {@code before} is null the first time. */
    record WageCostSet(Long before, long after, int revision, Instant at) implements CohortResultsEvent {
        @Override
        public UUID measureId() {
            return null;
        }
    }
}
