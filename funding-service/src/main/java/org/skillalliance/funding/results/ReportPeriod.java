package org.skillalliance.funding.results;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.shared.RuleBroken;

/**
 * How long an employer's results for a cohort may be changed: while the report period of every programme covering
 * its seats in the cohort is still open, that is until the first of them closes, a programme's report period closing
 * {@value #DAYS_AFTER_PERIOD_END} days after its period ends. {@code editableUntil} is the last day of the earliest such report period (the programme that sets
 * it is named for the refusal); null when no programme covers the seats, and then nothing closes.
 *
 * @param editableUntil the last day changes are accepted, or null
 * @param programmeId   the covering programme whose report period closes first, or null
 * @param periodEnd     the end of that programme's period, or null
 */
@ValueObject
public record ReportPeriod(LocalDate editableUntil, UUID programmeId, LocalDate periodEnd) {

    /** Days after a programme's period end during which results may still be reported and corrected. */
    public static final int DAYS_AFTER_PERIOD_END = 365;

    /** No programme covers the seats: results stay editable. */
    public static final ReportPeriod UNBOUNDED = new ReportPeriod(null, null, null);

    /** The report period set by the programmes that cover the employer's seats in the cohort. */
    public static ReportPeriod of(Collection<GrantProgramme> covering) {
        return earliest(
                covering.stream().map(p -> closingAfter(p.id(), p.periodEnd())).toList());
    }

    /** The report period of one programme whose period ends on {@code periodEnd}. */
    static ReportPeriod closingAfter(UUID programmeId, LocalDate periodEnd) {
        return new ReportPeriod(periodEnd.plusDays(DAYS_AFTER_PERIOD_END), programmeId, periodEnd);
    }

    /** The report period that closes first ({@link #UNBOUNDED} of none), ties broken by the programme id. */
    static ReportPeriod earliest(Collection<ReportPeriod> periods) {
        return periods.stream()
                .min(Comparator.comparing(ReportPeriod::editableUntil).thenComparing(ReportPeriod::programmeId))
                .orElse(UNBOUNDED);
    }

    /** Whether results may be changed on {@code day}. */
    public boolean openOn(LocalDate day) {
        return editableUntil == null || !day.isAfter(editableUntil);
    }

    /**
     * @throws RuleBroken 422 naming {@code cohortId} and the last day when the report period has closed
     */
    void requireOpenOn(LocalDate day) {
        if (!openOn(day)) {
            throw RuleBroken.rule(
                    "cohortId",
                    "the report period closed: results were editable until " + editableUntil + " ("
                            + DAYS_AFTER_PERIOD_END + " days after programme " + programmeId + "'s period ended on "
                            + periodEnd + ")");
        }
    }
}
