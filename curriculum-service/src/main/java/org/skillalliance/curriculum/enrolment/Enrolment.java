package org.skillalliance.curriculum.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;

/** A staff member's enrolment in a cohort; guards its lifecycle and the outcome rules. */
@AggregateRoot
public final class Enrolment {

    /** The longest reaction comment, in characters after trimming. */
    public static final int COMMENT_MAX_LENGTH = 1000;

    private final UUID id;
    private final UUID cohortId;
    private final UUID courseId;
    private final UUID staffId;
    private final UUID employerId;
    private final Instant requestedAt;
    private EnrolmentStatus status;
    private Long waitlistTicket;
    private Outcome outcome;

    private Enrolment(
            UUID id,
            UUID cohortId,
            UUID courseId,
            UUID staffId,
            UUID employerId,
            Instant requestedAt,
            EnrolmentStatus status,
            Long waitlistTicket,
            Outcome outcome) {
        this.id = Objects.requireNonNull(id);
        this.cohortId = Objects.requireNonNull(cohortId);
        this.courseId = Objects.requireNonNull(courseId);
        this.staffId = Objects.requireNonNull(staffId);
        this.employerId = Objects.requireNonNull(employerId);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.status = Objects.requireNonNull(status);
        this.waitlistTicket = waitlistTicket;
        this.outcome = outcome;
    }

    /**
     * A new request, placed by the cohort's seat book: confirmed, or waiting with a FIFO ticket.
     *
     * @param ticket gives the next waitlist ticket, asked only when the request has to wait (a confirmed request
     *               spends no ticket and no round trip for one)
     */
    public static EnrolmentEvent request(
            UUID id,
            UUID cohortId,
            UUID courseId,
            UUID staffId,
            UUID employerId,
            SeatBook seats,
            LongSupplier ticket,
            Instant at) {
        return switch (seats.place(employerId)) {
            case SeatBook.Seat seat ->
                new EnrolmentEvent.Confirmed(new Enrolment(
                        id, cohortId, courseId, staffId, employerId, at, EnrolmentStatus.CONFIRMED, null, null));
            case SeatBook.Wait wait ->
                new EnrolmentEvent.Waitlisted(
                        new Enrolment(
                                id,
                                cohortId,
                                courseId,
                                staffId,
                                employerId,
                                at,
                                EnrolmentStatus.WAITLISTED,
                                ticket.getAsLong(),
                                null),
                        wait.position());
        };
    }

    /** An enrolment as stored. */
    public static Enrolment restore(
            UUID id,
            UUID cohortId,
            UUID courseId,
            UUID staffId,
            UUID employerId,
            Instant requestedAt,
            EnrolmentStatus status,
            Long waitlistTicket,
            Outcome outcome) {
        return new Enrolment(id, cohortId, courseId, staffId, employerId, requestedAt, status, waitlistTicket, outcome);
    }

    /**
     * The employer withdraws a confirmed or waiting enrolment (before the cohort starts).
     *
     * @param currentPosition the position while waiting, null when confirmed
     */
    public EnrolmentEvent withdraw(Integer currentPosition) {
        EnrolmentStatus previous = leaveLiveState("withdraw");
        status = EnrolmentStatus.WITHDRAWN;
        return new EnrolmentEvent.Withdrawn(
                this, previous, previous == EnrolmentStatus.WAITLISTED ? currentPosition : null);
    }

    /** The platform cancels a confirmed or waiting enrolment (its cohort was cancelled or started). */
    public EnrolmentEvent cancel(Integer currentPosition) {
        EnrolmentStatus previous = leaveLiveState("cancel");
        status = EnrolmentStatus.CANCELLED;
        return new EnrolmentEvent.Cancelled(
                this, previous, previous == EnrolmentStatus.WAITLISTED ? currentPosition : null);
    }

    /** A waiting request gets a freed seat. */
    public EnrolmentEvent promote() {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new TransitionRefused("enrolment", id, status, "promote");
        }
        status = EnrolmentStatus.CONFIRMED;
        waitlistTicket = null;
        return new EnrolmentEvent.Promoted(this);
    }

    /**
     * Records (or corrects) the outcome of a confirmed seat of a cohort that has run. The reaction comment of a
     * correction follows {@link OutcomeInput#comment}: none given keeps the stored one, a blank one clears it.
     *
     * @param courseHours      the course's hours: attended hours may not exceed them
     * @param credentialOnOffer whether the course offers a credential
     * @param completedOn      day of completion, used only for {@code COMPLETED}
     * @throws RuleBroken naming the field when the input breaks a rule
     */
    public EnrolmentEvent recordOutcome(
            OutcomeInput input, BigDecimal courseHours, boolean credentialOnOffer, LocalDate completedOn, Instant at) {
        if (status != EnrolmentStatus.CONFIRMED && !status.isOutcome()) {
            throw new TransitionRefused("enrolment", id, status, "record the outcome of");
        }
        EnrolmentStatus result = input.result();
        if (result == null || !result.isOutcome()) {
            throw RuleBroken.invalid("outcome", "must be one of COMPLETED, NOT_COMPLETED, NO_SHOW");
        }
        BigDecimal hours = input.attendedHours();
        if (hours == null) {
            throw RuleBroken.invalid("attendedHours", "is required");
        }
        if (hours.signum() < 0) {
            throw RuleBroken.invalid("attendedHours", "must be 0 or more");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw RuleBroken.invalid("attendedHours", "must have at most 2 decimals");
        }
        if (hours.compareTo(courseHours) > 0) {
            throw RuleBroken.invalid(
                    "attendedHours",
                    "must not exceed the course's " + courseHours.toPlainString() + " hours, got "
                            + hours.toPlainString());
        }
        if (result == EnrolmentStatus.NO_SHOW && hours.signum() > 0) {
            throw RuleBroken.invalid("attendedHours", "must be 0 for a no-show");
        }
        checkRange(input.preScore(), 0, 100, "preScore");
        checkRange(input.postScore(), 0, 100, "postScore");
        checkRange(input.satisfaction(), 1, 5, "satisfaction");
        String comment = input.comment() == null ? storedComment() : checkedComment(input);
        if (input.credentialAwarded()) {
            if (result != EnrolmentStatus.COMPLETED) {
                throw RuleBroken.invalid(
                        "credentialAwarded",
                        "only a COMPLETED enrolment earns the credential, the outcome is " + result);
            }
            if (!credentialOnOffer) {
                throw RuleBroken.rule("credentialAwarded", "the course offers no credential");
            }
        }
        status = result;
        outcome = new Outcome(
                result,
                hours,
                input.preScore(),
                input.postScore(),
                input.satisfaction(),
                input.credentialAwarded(),
                result == EnrolmentStatus.COMPLETED ? completedOn : null,
                at,
                comment);
        return new EnrolmentEvent.OutcomeRecorded(this);
    }

    /** The comment of the outcome recorded before, null when there is none: a correction without one keeps it. */
    private String storedComment() {
        return outcome == null ? null : outcome.comment();
    }

    /** The given comment trimmed, null when blank (it clears the stored one); longer than the maximum is refused. */
    private static String checkedComment(OutcomeInput input) {
        String comment = input.normalisedComment();
        if (comment == null) {
            return null;
        }
        int length = comment.codePointCount(0, comment.length());
        if (length > COMMENT_MAX_LENGTH) {
            throw RuleBroken.invalid(
                    "comment", "must be at most " + COMMENT_MAX_LENGTH + " characters after trimming, got " + length);
        }
        return comment;
    }

    private static void checkRange(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw RuleBroken.invalid(field, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    private EnrolmentStatus leaveLiveState(String action) {
        if (status != EnrolmentStatus.CONFIRMED && status != EnrolmentStatus.WAITLISTED) {
            throw new TransitionRefused("enrolment", id, status, action);
        }
        EnrolmentStatus previous = status;
        waitlistTicket = null;
        return previous;
    }

    /** Whether this enrolment earned a credential (a completed enrolment with the credential awarded). */
    public boolean hasCredential() {
        return status == EnrolmentStatus.COMPLETED && outcome != null && outcome.credentialAwarded();
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID staffId() {
        return staffId;
    }

    public UUID employerId() {
        return employerId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Long waitlistTicket() {
        return waitlistTicket;
    }

    public Outcome outcome() {
        return outcome;
    }
}
