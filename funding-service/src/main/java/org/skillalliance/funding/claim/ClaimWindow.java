package org.skillalliance.funding.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.programme.SchemeRules;

/**
 * The days on which the employer may submit a claim under a programme with a claim window: from the cohort's end date
 * to that date plus the window's days, both inclusive.
 *
 * @param opensOn  the cohort's end date
 * @param closesOn the last day a claim may be submitted
 */
@ValueObject
public record ClaimWindow(LocalDate opensOn, LocalDate closesOn) {

    public ClaimWindow {
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException(
                    "a claim window closing on " + closesOn + " before it opens on " + opensOn);
        }
    }

    /** The window of a claim for a cohort ending on {@code cohortEnd}, or empty when the programme has none. */
    public static Optional<ClaimWindow> of(SchemeRules rules, LocalDate cohortEnd) {
        return rules.claimDeadline(cohortEnd).map(deadline -> new ClaimWindow(cohortEnd, deadline));
    }

    /**
     * Why a workplace learning claim cannot be submitted on {@code day}: its window opens on the day its earliest
     * learning was signed off, before the claim exists, so only a late submission is refused.
     */
    public Optional<String> refusalOfWorkplaceClaim(LocalDate day) {
        if (day.isAfter(closesOn)) {
            return Optional.of("the claim window closed on " + closesOn + " ("
                    + ChronoUnit.DAYS.between(opensOn, closesOn)
                    + " days after the claim's earliest learning was signed off on " + opensOn + ")");
        }
        return Optional.empty();
    }

    /** Why a claim cannot be submitted on {@code day}, or empty when the window is open that day. */
    public Optional<String> refusal(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return Optional.of("the claim window opens on " + opensOn + ", when the cohort ends");
        }
        if (day.isAfter(closesOn)) {
            return Optional.of("the claim window closed on " + closesOn + " ("
                    + ChronoUnit.DAYS.between(opensOn, closesOn) + " days after the cohort ended on " + opensOn + ")");
        }
        return Optional.empty();
    }
}
