package org.skillalliance.curriculum.followup;

import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The days on which a completed seat's follow-up may be recorded: {@value #OPENS_AFTER_DAYS} to
 * {@value #CLOSES_AFTER_DAYS} days after the cohort's end date, both inclusive.
 */
@ValueObject
public record FollowUpWindow(LocalDate opens, LocalDate closes) {

    public static final int OPENS_AFTER_DAYS = 60;
    public static final int CLOSES_AFTER_DAYS = 180;

    /** The window of a cohort that ended on {@code cohortEnd}. */
    public static FollowUpWindow after(LocalDate cohortEnd) {
        return new FollowUpWindow(cohortEnd.plusDays(OPENS_AFTER_DAYS), cohortEnd.plusDays(CLOSES_AFTER_DAYS));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

    /** The status on {@code day} of a follow-up in this window, rated or not. */
    public FollowUpStatus statusOn(LocalDate day, boolean rated) {
        if (rated) {
            return FollowUpStatus.DONE;
        }
        if (day.isBefore(opens)) {
            return FollowUpStatus.UPCOMING;
        }
        return day.isAfter(closes) ? FollowUpStatus.OVERDUE : FollowUpStatus.DUE;
    }
}
