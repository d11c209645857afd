package org.skillalliance.curriculum.followup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.enrolment.EnrolmentStatus;
import org.skillalliance.curriculum.shared.RuleBroken;

/** The follow-up of one seat: guards who may be rated, with what, and when. */
@AggregateRoot
public final class FollowUp {

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    /**
     * The seat a follow-up is about.
     *
     * @param status        the enrolment's status: only a {@code COMPLETED} seat is followed up
     * @param cohortEndDate the end date of its cohort, from which the window runs
     */
    public record Seat(
            UUID enrolmentId,
            UUID cohortId,
            UUID courseId,
            UUID staffId,
            UUID employerId,
            EnrolmentStatus status,
            LocalDate cohortEndDate) {}

    private final Seat seat;
    private Integer rating;
    private LocalDate recordedOn;

    private FollowUp(Seat seat, Integer rating, LocalDate recordedOn) {
        this.seat = Objects.requireNonNull(seat);
        this.rating = rating;
        this.recordedOn = recordedOn;
    }

    /** A seat's follow-up as stored: rated on {@code recordedOn}, or not yet (both null). */
    public static FollowUp restore(Seat seat, Integer rating, LocalDate recordedOn) {
        return new FollowUp(seat, rating, recordedOn);
    }

    /**
     * The employer rates (or corrects its rating of) how far the staff member applies the skill on the job.
     *
     * @throws RuleBroken (400, {@code rating}) for a rating outside 1-5; (422, {@code enrolmentId}) for a seat that is
     *                    not {@code COMPLETED}, or on a day outside the window, naming its dates
     */
    public FollowUpEvent.Recorded rate(int rating, LocalDate today) {
        if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
            throw RuleBroken.invalid(
                    "rating", "must be between " + LOWEST_RATING + " and " + HIGHEST_RATING + ", got " + rating);
        }
        if (seat.status() != EnrolmentStatus.COMPLETED) {
            throw RuleBroken.rule(
                    "enrolmentId",
                    "enrolment " + seat.enrolmentId() + " is " + seat.status()
                            + "; only a COMPLETED seat has a follow-up");
        }
        FollowUpWindow window = window();
        if (!window.contains(today)) {
            throw RuleBroken.rule(
                    "enrolmentId",
                    "follow-up window is " + window.opens() + " to " + window.closes() + " ("
                            + FollowUpWindow.OPENS_AFTER_DAYS + " to " + FollowUpWindow.CLOSES_AFTER_DAYS
                            + " days after the cohort ended on " + seat.cohortEndDate() + "); today is " + today);
        }
        this.rating = rating;
        this.recordedOn = today;
        return new FollowUpEvent.Recorded(this);
    }

    public FollowUpWindow window() {
        return FollowUpWindow.after(seat.cohortEndDate());
    }

    public FollowUpStatus statusOn(LocalDate day) {
        return window().statusOn(day, rating != null);
    }

    public Seat seat() {
        return seat;
    }

    /** The rating 1-5, null until rated. */
    public Integer rating() {
        return rating;
    }

    /** The day of the (latest) rating, null until rated. */
    public LocalDate recordedOn() {
        return recordedOn;
    }
}
