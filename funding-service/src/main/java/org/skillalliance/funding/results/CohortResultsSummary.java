package org.skillalliance.funding.results;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employer's results for a cohort in a list: {@code measures} counts the measures reported; the rest as
 * {@link CohortResultsResponse}.
 */
public record CohortResultsSummary(
        UUID cohortId,
        UUID employerId,
        String currency,
        Long hourlyWageCostMinor,
        int measures,
        int revision,
        LocalDate editableUntil,
        boolean editable) {

    static CohortResultsSummary of(CohortResultsManagement.View view) {
        CohortResults r = view.results();
        return new CohortResultsSummary(
                r.cohortId(),
                r.employerId(),
                r.currency(),
                r.hourlyWageCostMinor(),
                r.measures().size(),
                r.revision(),
                view.period().editableUntil(),
                view.editable());
    }
}
