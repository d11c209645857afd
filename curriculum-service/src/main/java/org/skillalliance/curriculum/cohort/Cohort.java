package org.skillalliance.curriculum.cohort;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseStatus;
import org.skillalliance.curriculum.shared.Money;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;

/** A cohort of a course; guards its schedule, its capacity and its lifecycle. */
@AggregateRoot
public final class Cohort {

    static final int MAX_CAPACITY = 10_000;

    /** The earliest start of a cohort from history (and of its enrolment window): older records are not training data. */
    public static final LocalDate EARLIEST_PAST_START = LocalDate.of(1900, 1, 1);

    private final UUID id;
    private final UUID courseId;
    private final UUID allianceId;
    private final UUID organiserId;
    private final UUID providerId;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final LocalDate enrolmentOpens;
    private final LocalDate enrolmentCloses;
    private final int capacity;
    private final int minParticipants;
    private final Integer seatQuotaPerEmployer;
    private final CohortCost cost;
    private CohortStatus status;

    private Cohort(
            UUID id,
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            UUID providerId,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate enrolmentOpens,
            LocalDate enrolmentCloses,
            int capacity,
            int minParticipants,
            Integer seatQuotaPerEmployer,
            CohortCost cost,
            CohortStatus status) {
        this.id = Objects.requireNonNull(id);
        this.courseId = Objects.requireNonNull(courseId);
        this.allianceId = Objects.requireNonNull(allianceId);
        this.organiserId = Objects.requireNonNull(organiserId);
        this.providerId = Objects.requireNonNull(providerId);
        this.startDate = startDate;
        this.endDate = endDate;
        this.enrolmentOpens = enrolmentOpens;
        this.enrolmentCloses = enrolmentCloses;
        this.capacity = capacity;
        this.minParticipants = minParticipants;
        this.seatQuotaPerEmployer = seatQuotaPerEmployer;
        this.cost = cost;
        this.status = status;
    }

    /**
     * Schedules a cohort of a published course, in {@code PLANNED}; the event carries the new cohort.
     *
     * @throws RuleBroken when the course is not published or the plan is inconsistent (each naming the field)
     */
    public static CohortEvent.Scheduled schedule(UUID id, Course course, CohortPlan plan, LocalDate today) {
        return new CohortEvent.Scheduled(create(id, course, plan, today, false));
    }

    /**
     * A cohort that ran in the past, brought in by a history import, in {@code PLANNED} (its lifecycle follows at
     * once). Every rule of {@link #schedule} holds except that the dates lie in the past: the end date must be before
     * today.
     *
     * @throws RuleBroken when the course is not published, the plan is inconsistent, or the cohort has not ended
     */
    public static CohortEvent.Scheduled schedulePast(UUID id, Course course, CohortPlan plan, LocalDate today) {
        return new CohortEvent.Scheduled(create(id, course, plan, today, true));
    }

    private static Cohort create(UUID id, Course course, CohortPlan plan, LocalDate today, boolean past) {
        if (course.status() != CourseStatus.PUBLISHED) {
            throw RuleBroken.rule(
                    "courseId",
                    "course " + course.id() + " is " + course.status() + "; only published courses get cohorts");
        }
        if (plan.organiserId() == null) {
            throw RuleBroken.invalid("organiserId", "is required");
        }
        require(plan.startDate(), "startDate");
        require(plan.endDate(), "endDate");
        require(plan.enrolmentOpens(), "enrolmentOpens");
        require(plan.enrolmentCloses(), "enrolmentCloses");
        if (past && plan.startDate().isBefore(EARLIEST_PAST_START)) {
            throw RuleBroken.invalid(
                    "startDate", "must not be before " + EARLIEST_PAST_START + " for a cohort from history");
        }
        if (past && !plan.endDate().isBefore(today)) {
            throw RuleBroken.invalid(
                    "endDate", "must be in the past for a cohort from history (today is " + today + ")");
        }
        if (!past && plan.startDate().isBefore(today)) {
            throw RuleBroken.invalid("startDate", "must not be in the past (today is " + today + ")");
        }
        if (plan.endDate().isBefore(plan.startDate())) {
            throw RuleBroken.invalid("endDate", "must not be before startDate " + plan.startDate());
        }
        if (plan.enrolmentCloses().isBefore(plan.enrolmentOpens())) {
            throw RuleBroken.invalid("enrolmentCloses", "must not be before enrolmentOpens " + plan.enrolmentOpens());
        }
        if (plan.enrolmentCloses().isAfter(plan.startDate())) {
            throw RuleBroken.invalid(
                    "enrolmentCloses",
                    "must not be after startDate " + plan.startDate() + " (seats are final when the cohort starts)");
        }
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            throw RuleBroken.invalid("capacity", "must be between 1 and " + MAX_CAPACITY);
        }
        if (plan.minParticipants() < 0 || plan.minParticipants() > plan.capacity()) {
            throw RuleBroken.invalid("minParticipants", "must be between 0 and the capacity " + plan.capacity());
        }
        Integer quota = plan.seatQuotaPerEmployer();
        if (quota != null && (quota < 1 || quota > plan.capacity())) {
            throw RuleBroken.invalid(
                    "seatQuotaPerEmployer",
                    "must be between 1 and the capacity " + plan.capacity() + ", or null for no quota");
        }
        if (plan.pricing() == null) {
            throw RuleBroken.invalid("cost.pricing", "is required");
        }
        if (plan.costMinor() < 0) {
            throw RuleBroken.invalid("cost.amountMinor", "must be 0 or more (minor units, for example cents)");
        }
        if (!Money.isIsoCurrency(plan.currency())) {
            throw RuleBroken.invalid("cost.currency", "'" + plan.currency() + "' is not an ISO 4217 currency code");
        }
        UUID provider = plan.providerId() != null
                ? plan.providerId()
                : course.definition().providerId();
        return new Cohort(
                id,
                course.id(),
                course.allianceId(),
                plan.organiserId(),
                provider,
                plan.startDate(),
                plan.endDate(),
                plan.enrolmentOpens(),
                plan.enrolmentCloses(),
                plan.capacity(),
                plan.minParticipants(),
                quota,
                new CohortCost(plan.pricing(), new Money(plan.costMinor(), plan.currency())),
                CohortStatus.PLANNED);
    }

    /** A cohort as stored. */
    public static Cohort restore(
            UUID id,
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            UUID providerId,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate enrolmentOpens,
            LocalDate enrolmentCloses,
            int capacity,
            int minParticipants,
            Integer seatQuotaPerEmployer,
            CohortCost cost,
            CohortStatus status) {
        return new Cohort(
                id,
                courseId,
                allianceId,
                organiserId,
                providerId,
                startDate,
                endDate,
                enrolmentOpens,
                enrolmentCloses,
                capacity,
                minParticipants,
                seatQuotaPerEmployer,
                cost,
                status);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw RuleBroken.invalid(field, "is required");
        }
    }

    /** Opens the cohort for enrolment (requests are accepted inside the enrolment window). */
    public CohortEvent open(int confirmedSeats) {
        return move(CohortStatus.OPEN, "open", confirmedSeats, CohortStatus.PLANNED);
    }

    /**
     * Starts the cohort: its confirmed seats become final.
     *
     * @throws RuleBroken before the start date, or with fewer confirmed seats than the minimum
     */
    public CohortEvent start(int confirmedSeats, LocalDate today) {
        if (status != CohortStatus.OPEN) {
            throw new TransitionRefused("cohort", id, status, "start");
        }
        if (today.isBefore(startDate)) {
            throw RuleBroken.rule("startDate", "the cohort cannot start before its start date " + startDate);
        }
        if (confirmedSeats < minParticipants) {
            throw RuleBroken.rule(
                    "minParticipants",
                    "the cohort has " + confirmedSeats + " confirmed seats and needs at least " + minParticipants
                            + " to run; cancel it instead");
        }
        return move(CohortStatus.RUNNING, "start", confirmedSeats, CohortStatus.OPEN);
    }

    /** Completes a running cohort, once its end date has come. */
    public CohortEvent complete(int confirmedSeats, LocalDate today) {
        if (status != CohortStatus.RUNNING) {
            throw new TransitionRefused("cohort", id, status, "complete");
        }
        if (today.isBefore(endDate)) {
            throw RuleBroken.rule("endDate", "the cohort cannot complete before its end date " + endDate);
        }
        return move(CohortStatus.COMPLETED, "complete", confirmedSeats, CohortStatus.RUNNING);
    }

    /** Cancels the cohort from any state before completion; its live enrolments are cancelled with it. */
    public CohortEvent cancel(int confirmedSeats) {
        return move(
                CohortStatus.CANCELLED,
                "cancel",
                confirmedSeats,
                CohortStatus.PLANNED,
                CohortStatus.OPEN,
                CohortStatus.RUNNING);
    }

    private CohortEvent move(CohortStatus target, String action, int confirmedSeats, CohortStatus... allowedFrom) {
        for (CohortStatus allowed : allowedFrom) {
            if (status == allowed) {
                CohortStatus previous = status;
                status = target;
                return new CohortEvent.StatusChanged(this, previous, confirmedSeats);
            }
        }
        throw new TransitionRefused("cohort", id, status, action);
    }

    /**
     * Checks that the cohort takes enrolment requests on this day: it is open and the day is inside the window.
     *
     * @throws RuleBroken naming {@code cohortId} and why not
     */
    public void checkAcceptsRequestsOn(LocalDate day) {
        if (status != CohortStatus.OPEN) {
            throw RuleBroken.rule("cohortId", "cohort " + id + " is " + status + ", not open for enrolment");
        }
        if (day.isBefore(enrolmentOpens) || day.isAfter(enrolmentCloses)) {
            throw RuleBroken.rule(
                    "cohortId",
                    "the enrolment window of cohort " + id + " is " + enrolmentOpens + " to " + enrolmentCloses
                            + "; today is " + day);
        }
    }

    /** Whether seats still change (withdrawals, promotions): before the cohort starts. */
    public boolean seatsOpen() {
        return status == CohortStatus.PLANNED || status == CohortStatus.OPEN;
    }

    /** Whether outcomes can be recorded: the cohort is running or has completed. */
    public boolean hasRun() {
        return status == CohortStatus.RUNNING || status == CohortStatus.COMPLETED;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID allianceId() {
        return allianceId;
    }

    public UUID organiserId() {
        return organiserId;
    }

    public UUID providerId() {
        return providerId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalDate enrolmentOpens() {
        return enrolmentOpens;
    }

    public LocalDate enrolmentCloses() {
        return enrolmentCloses;
    }

    public int capacity() {
        return capacity;
    }

    public int minParticipants() {
        return minParticipants;
    }

    public Integer seatQuotaPerEmployer() {
        return seatQuotaPerEmployer;
    }

    public CohortCost cost() {
        return cost;
    }

    public CohortStatus status() {
        return status;
    }
}
