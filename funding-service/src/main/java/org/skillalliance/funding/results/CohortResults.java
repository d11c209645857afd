package org.skillalliance.funding.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.shared.RuleBroken;

/**
 * One employer's business results for one cohort its staff attended (Kirkpatrick level 4): the measures it reports and
 * the hourly wage cost of its participants, in the cohort's cost currency. Each change (a measure added, corrected or
 * withdrawn, the wage cost set) is refused once the report period has closed, raises the revision by one and returns
 * what happened.
 */
@AggregateRoot
public final class CohortResults {

    /**
     * The most measures one employer reports for one cohort: enough for any training's business case, and with each
     * measure's benefit at most 10^13 minor units the results' benefit stays below 5 x 10^14.
     */
    public static final int MAX_MEASURES = 50;

    private final UUID employerId;
    private final UUID cohortId;
    private final String currency;
    private Long hourlyWageCostMinor;
    private final List<BusinessMeasure> measures;
    private int revision;

    CohortResults(
            UUID employerId,
            UUID cohortId,
            String currency,
            Long hourlyWageCostMinor,
            List<BusinessMeasure> measures,
            int revision) {
        this.employerId = employerId;
        this.cohortId = cohortId;
        this.currency = currency;
        this.hourlyWageCostMinor = hourlyWageCostMinor;
        this.measures = new ArrayList<>(measures);
        this.revision = revision;
    }

    /** Results not reported yet (revision 0): no measure, no wage cost. */
    static CohortResults none(UUID employerId, UUID cohortId, String currency) {
        return new CohortResults(employerId, cohortId, currency, null, List.of(), 0);
    }

    /**
     * Adds a measure, valued in {@code currency}.
     *
     * @throws RuleBroken 422 naming {@code currency} when it is not the results' currency, {@code cohortId} when the
     *                    report period has closed, {@code measures} when {@value #MAX_MEASURES} are reported already
     */
    CohortResultsEvent.MeasureAdded addMeasure(
            BusinessMeasure measure, String currency, ReportPeriod period, LocalDate today, Instant at) {
        requireChangeable(currency, period, today);
        if (measure(measure.id()).isPresent()) {
            throw new IllegalArgumentException("measure " + measure.id() + " is already reported");
        }
        if (measures.size() >= MAX_MEASURES) {
            throw RuleBroken.rule(
                    "measures",
                    "at most " + MAX_MEASURES + " measures are reported per employer and cohort: correct or withdraw"
                            + " one instead of adding another");
        }
        measures.add(measure);
        return new CohortResultsEvent.MeasureAdded(measure, ++revision, at);
    }

    /**
     * Replaces what the measure of the correction's id says, keeping its id and place.
     *
     * @throws RuleBroken 422 as {@link #addMeasure}
     */
    CohortResultsEvent.MeasureCorrected correctMeasure(
            BusinessMeasure correction, String currency, ReportPeriod period, LocalDate today, Instant at) {
        requireChangeable(currency, period, today);
        int index = indexOf(correction.id());
        BusinessMeasure before = measures.get(index);
        BusinessMeasure after = before.correctedTo(correction);
        measures.set(index, after);
        return new CohortResultsEvent.MeasureCorrected(before, after, ++revision, at);
    }

    /**
     * Withdraws the measure: it no longer counts; the change log keeps what it said.
     *
     * @throws RuleBroken 422 naming {@code cohortId} when the report period has closed
     */
    CohortResultsEvent.MeasureWithdrawn withdrawMeasure(
            UUID measureId, ReportPeriod period, LocalDate today, Instant at) {
        requireChangeable(currency, period, today);
        BusinessMeasure withdrawn = measures.remove(indexOf(measureId));
        return new CohortResultsEvent.MeasureWithdrawn(withdrawn, ++revision, at);
    }

    /**
     * Sets the hourly wage cost of the employer's participants.
     *
     * @throws RuleBroken 400 naming {@code hourlyWageCostMinor} when below 0 or above 10^9; 422 naming {@code currency}
     *                    or {@code cohortId} as {@link #addMeasure}
     */
    CohortResultsEvent.WageCostSet setWageCost(
            long hourlyWageCostMinor, String currency, ReportPeriod period, LocalDate today, Instant at) {
        if (hourlyWageCostMinor < 0 || hourlyWageCostMinor > BusinessMeasure.MAX_UNIT_VALUE_MINOR) {
            throw RuleBroken.invalid("hourlyWageCostMinor", WageCostRequest.REASON);
        }
        requireChangeable(currency, period, today);
        Long before = this.hourlyWageCostMinor;
        this.hourlyWageCostMinor = hourlyWageCostMinor;
        return new CohortResultsEvent.WageCostSet(before, hourlyWageCostMinor, ++revision, at);
    }

    /** The benefit per year of all measures, exact (minor units). */
    public Fraction benefitPerYear() {
        return measures.stream().map(BusinessMeasure::benefitPerYear).reduce(Fraction.ZERO, Fraction::plus);
    }

    public Optional<BusinessMeasure> measure(UUID measureId) {
        return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    private void requireChangeable(String currency, ReportPeriod period, LocalDate today) {
        if (!this.currency.equals(currency)) {
            throw RuleBroken.rule(
                    "currency", "must be the cohort's cost currency " + this.currency + ", not " + currency);
        }
        period.requireOpenOn(today);
    }

    private int indexOf(UUID measureId) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).id().equals(measureId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("measure " + measureId + " is not reported for cohort " + cohortId);
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public String currency() {
        return currency;
    }

    public Long hourlyWageCostMinor() {
        return hourlyWageCostMinor;
    }

    public List<BusinessMeasure> measures() {
        return List.copyOf(measures);
    }

    public int revision() {
        return revision;
    }
}
