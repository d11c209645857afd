package org.skillalliance.funding.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An employer's business results for a cohort. {@code editableUntil} is the last day they may be changed (null when
 * no programme covers the employer's seats in the cohort, and then nothing closes); {@code editable} whether today is
 * inside it.
 */
public record CohortResultsResponse(
        UUID cohortId,
        UUID employerId,
        String currency,
        Long hourlyWageCostMinor,
        List<Measure> measures,
        int revision,
        LocalDate editableUntil,
        boolean editable) {

    /**
     * One measure; {@code benefitPerYearMinor} is its benefit per year (improvement x unit value x attribution x
     * confidence, never below 0) rounded half up to the minor unit, for display: sums are taken over the exact values.
     */
    public record Measure(
            UUID id,
            String name,
            String unit,
            BigDecimal valueBefore,
            BigDecimal valueAfter,
            boolean higherIsBetter,
            long unitValueMinor,
            int attributionPercent,
            int confidencePercent,
            long benefitPerYearMinor) {

        static Measure of(BusinessMeasure m) {
            return new Measure(
                    m.id(),
                    m.name(),
                    m.unit(),
                    m.valueBefore(),
                    m.valueAfter(),
                    m.higherIsBetter(),
                    m.unitValueMinor(),
                    m.attributionPercent(),
                    m.confidencePercent(),
                    m.benefitPerYear().roundHalfUp().longValueExact());
        }
    }

    static CohortResultsResponse of(CohortResultsManagement.View view) {
        CohortResults r = view.results();
        return new CohortResultsResponse(
                r.cohortId(),
                r.employerId(),
                r.currency(),
                r.hourlyWageCostMinor(),
                r.measures().stream().map(Measure::of).toList(),
                r.revision(),
                view.period().editableUntil(),
                view.editable());
    }
}
