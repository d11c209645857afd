package org.skillalliance.funding.results;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.CohortResultsReported;
import org.skillalliance.contracts.funding.ReportedMeasure;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes each change of an employer's results to the outbox as {@code CohortResultsReported}, keyed by the cohort:
 * the whole state after the change, with its revision, so a reader keeps the latest and needs no history.
 */
@Component
class CohortResultsEventsPublisher {

    private final Outbox outbox;

    CohortResultsEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(CohortResults results, CohortResultsEvent change) {
        outbox.append(EventTypes.COHORT_RESULTS_REPORTED, results.cohortId(), contract(results, change));
    }

    /** The wire contract of the results as they stand after the change. */
    static CohortResultsReported contract(CohortResults results, CohortResultsEvent change) {
        return new CohortResultsReported(
                results.employerId(),
                results.cohortId(),
                results.currency(),
                results.hourlyWageCostMinor(),
                results.measures().stream()
                        .map(m -> new ReportedMeasure(
                                m.id(),
                                m.name(),
                                m.unit(),
                                m.valueBefore(),
                                m.valueAfter(),
                                m.higherIsBetter(),
                                m.unitValueMinor(),
                                m.attributionPercent(),
                                m.confidencePercent()))
                        .toList(),
                change.revision(),
                change.at());
    }
}
