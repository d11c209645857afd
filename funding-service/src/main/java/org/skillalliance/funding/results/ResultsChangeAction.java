package org.skillalliance.funding.results;

import org.jmolecules.ddd.annotation.ValueObject;

/** What a line of the results' change log records. */
@ValueObject
public enum ResultsChangeAction {
    MEASURE_ADDED,
    MEASURE_CORRECTED,
    MEASURE_WITHDRAWN,
    WAGE_COST_SET;

    static ResultsChangeAction of(CohortResultsEvent event) {
        return switch (event) {
            case CohortResultsEvent.MeasureAdded added -> MEASURE_ADDED;
            case CohortResultsEvent.MeasureCorrected corrected -> MEASURE_CORRECTED;
            case CohortResultsEvent.MeasureWithdrawn withdrawn -> MEASURE_WITHDRAWN;
            case CohortResultsEvent.WageCostSet set -> WAGE_COST_SET;
        };
    }
}
