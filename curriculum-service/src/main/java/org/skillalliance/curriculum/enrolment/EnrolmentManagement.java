package org.skillalliance.curriculum.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.course.CourseStatus;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.session.SessionManagement;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of enrolments: requesting a seat, withdrawing, recording outcomes; the only door to enrolments. */
@Service
public class EnrolmentManagement {

    /** An employer asks for a seat for one of its staff in a cohort. */
    public record EnrolRequest(UUID cohortId, UUID staffId, UUID employerId) {}

    /** The enrolment the request led to, and whether it was created now (false: an earlier request's enrolment). */
    public record Enrolled(EnrolmentView view, boolean created) {}

    /** A seat's reaction as its outcome recorded it: satisfaction 1-5 and the comment, each null where not given. */
    public record Reaction(Integer satisfaction, String comment) {}

    private final JdbcEnrolments enrolments;
    private final EnrolmentEventsPublisher events;
    private final CohortManagement cohorts;
    private final CourseManagement courses;
    private final MemberFacts memberFacts;
    private final EnrolmentMetrics metrics;
    private final SessionManagement sessions;
    private final Clock clock;

    EnrolmentManagement(
            JdbcEnrolments enrolments,
            EnrolmentEventsPublisher events,
            CohortManagement cohorts,
            CourseManagement courses,
            MemberFacts memberFacts,
            EnrolmentMetrics metrics,
            SessionManagement sessions,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.events = events;
        this.cohorts = cohorts;
        this.courses = courses;
        this.memberFacts = memberFacts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Enrols a staff member in a cohort: confirmed while a seat is free and the employer is under its quota, otherwise
     * waitlisted at the end of the FIFO queue. A repeated request for the same staff member and cohort returns the live
     * enrolment unchanged. The decision runs with the cohort row locked, so it holds under any concurrency.
     *
     * @throws ApiException.Forbidden      unless the caller is a member-admin acting for the employer, or an admin
     * @throws ApiException.NotFound when the cohort does not exist
     * @throws RuleBroken (422) when the course is retired, the cohort is not open or outside its enrolment window,
     *                    the staff member is unknown, left or works for another employer, or the employer is not an
     *                    active member of the cohort's alliance
     */
    @Transactional
    public Enrolled enrol(Caller caller, EnrolRequest request) {
        try {
            return decide(caller, request);
        } catch (RuleBroken refused) {
            metrics.refused();
            throw refused;
        }
    }

    private Enrolled decide(Caller caller, EnrolRequest request) {
        requireEmployerAdmin(caller, request.employerId());
        Cohort cohort = cohorts.lockForSeats(request.cohortId());
        var existing = enrolments.findLive(cohort.id(), request.staffId());
        if (existing.isPresent()) {
            UUID holder = existing.get().enrolment().employerId();
            if (!holder.equals(request.employerId())) {
                // the requesting employer learns why it may not enrol this person before it learns of anyone's
                // enrolment
                memberFacts.checkCanEnrol(cohort.allianceId(), request.employerId(), request.staffId());
                throw RuleBroken.rule(
                        "employerId",
                        "staff member " + request.staffId() + " already has a live enrolment in cohort " + cohort.id()
                                + " through another employer");
            }
            return new Enrolled(existing.get(), false);
        }
        if (courses.status(cohort.courseId()) == CourseStatus.RETIRED) {
            throw RuleBroken.rule(
                    "cohortId",
                    "course " + cohort.courseId() + " of cohort " + cohort.id()
                            + " is retired and takes no new enrolments");
        }
        cohort.checkAcceptsRequestsOn(today());
        memberFacts.checkCanEnrol(cohort.allianceId(), request.employerId(), request.staffId());

        SeatBook seats = enrolments.seatBook(cohort, List.of(request.employerId()));
        EnrolmentEvent event = Enrolment.request(
                UUID.randomUUID(),
                cohort.id(),
                cohort.courseId(),
                request.staffId(),
                request.employerId(),
                seats,
                enrolments::nextWaitlistTicket,
                clock.instant());
        enrolments.insert(event.enrolment());
        events.publish(event);
        Integer position = event instanceof EnrolmentEvent.Waitlisted waitlisted ? waitlisted.waitlistPosition() : null;
        return new Enrolled(new EnrolmentView(event.enrolment(), position), true);
    }

    /**
     * The employer withdraws a confirmed or waiting enrolment before the cohort starts. A freed seat goes to the
     * earliest waiters whose employers are under quota and who may still be enrolled, in FIFO order.
     *
     * @throws ApiException.Forbidden      unless the caller is a member-admin or an admin
     * @throws ApiException.NotFound when the enrolment does not exist or is another employer's
     * @throws RuleBroken (422) when the request names another employer than the enrolment's
     * @throws TransitionRefused (409) when the enrolment is not live or the cohort has started
     */
    @Transactional
    public EnrolmentView withdraw(Caller caller, UUID enrolmentId, UUID employerId) {
        caller.requireAnyRole("withdraw enrolments", Role.MEMBER_ADMIN);
        EnrolmentView before = view(enrolmentId);
        if (!caller.isAdmin()
                && !caller.actsAs(Role.MEMBER_ADMIN, before.enrolment().employerId())) {
            throw new ApiException.NotFound("enrolment", enrolmentId);
        }
        Cohort cohort = cohorts.lockForSeats(before.enrolment().cohortId());
        EnrolmentView current = view(enrolmentId);
        Enrolment enrolment = current.enrolment();
        if (!enrolment.employerId().equals(employerId)) {
            throw RuleBroken.rule("employerId", "enrolment " + enrolmentId + " is held by another employer");
        }
        if (!cohort.seatsOpen()) {
            throw new TransitionRefused("cohort", cohort.id(), cohort.status(), "withdraw from");
        }
        events.publish(enrolment.withdraw(current.waitlistPosition()));
        enrolments.update(enrolment, clock.instant());
        promoteWaiters(cohort);
        return new EnrolmentView(enrolment, null);
    }

    /**
     * Records (or corrects) the outcome of a confirmed seat once its cohort runs: result, attended hours (at most the
     * course's hours), pre and post scores 0-100, satisfaction 1-5, and whether the course's credential was awarded.
     *
     * @throws ApiException.Forbidden      unless the caller is a provider or an admin
     * @throws ApiException.NotFound when the enrolment does not exist or is in a cohort the caller does not teach
     * @throws RuleBroken (400/422) naming the field that breaks a rule, or when the provider is not the cohort's
     * @throws TransitionRefused (409) before the cohort runs, or for an enrolment without a seat
     */
    @Transactional
    public EnrolmentView recordOutcome(Caller caller, UUID enrolmentId, UUID providerId, OutcomeInput input) {
        caller.requireAnyRole("record outcomes", Role.PROVIDER);
        Cohort cohort = cohorts.lockForSeats(view(enrolmentId).enrolment().cohortId());
        if (!caller.isAdmin() && !CohortManagement.teaches(caller, cohort)) {
            throw new ApiException.NotFound("enrolment", enrolmentId);
        }
        Enrolment enrolment = view(enrolmentId).enrolment();
        if (!cohort.providerId().equals(providerId)) {
            throw RuleBroken.rule("providerId", "cohort " + cohort.id() + " is taught by another provider");
        }
        if (!cohort.hasRun()) {
            throw new TransitionRefused("cohort", cohort.id(), cohort.status(), "record outcomes in");
        }
        Course course = courses.get(cohort.courseId());
        LocalDate today = today();
        LocalDate completedOn = input.completedOn();
        if (completedOn == null) {
            completedOn = cohort.endDate().isAfter(today) ? today : cohort.endDate();
        } else if (completedOn.isBefore(cohort.startDate()) || completedOn.isAfter(today)) {
            throw RuleBroken.invalid(
                    "completedOn", "must be between the cohort's start " + cohort.startDate() + " and today " + today);
        }
        input = withAttendedHours(input, cohort, enrolmentId);
        EnrolmentEvent event = enrolment.recordOutcome(
                input, course.definition().hours(), course.offersCredential(), completedOn, clock.instant());
        enrolments.update(enrolment, clock.instant());
        events.publish(event);
        return new EnrolmentView(enrolment, null);
    }

    /**
     * Where the cohort has sessions, the attended hours are those of the sessions the seat was marked present at: the
     * provider may leave them out or send the same figure; a different one is refused (422 naming
     * {@code attendedHours}), so that the hours an outcome carries always match the registers.
     */
    private OutcomeInput withAttendedHours(OutcomeInput input, Cohort cohort, UUID enrolmentId) {
        java.util.Optional<SessionManagement.Attended> fromSessions = sessions.attendedHours(cohort.id(), enrolmentId);
        if (fromSessions.isEmpty()) {
            return input;
        }
        SessionManagement.Attended attended = fromSessions.get();
        if (input.attendedHours() != null && input.attendedHours().compareTo(attended.hours()) != 0) {
            throw RuleBroken.rule(
                    "attendedHours",
                    "cohort " + cohort.id() + " has sessions, so the attended hours"
                            + " come from attendance: " + attended.hours().toPlainString() + " hours (present at "
                            + attended.sessionsAttended() + " of " + attended.sessions() + " sessions, "
                            + attended.sessionsRecorded()
                            + " with a register); send " + attended.hours().toPlainString()
                            + " or leave attendedHours out, not "
                            + input.attendedHours().toPlainString());
        }
        return input.withAttendedHours(attended.hours());
    }

    /**
     * History import: a seat a staff member held in a past cohort (the cohort is OPEN in the import's transaction and
     * locked by it), requested at {@code requestedAt} and confirmed, its event dated then. The caller has checked the
     * staff member and the employer against what member-service announced. The seat book decides as for a live
     * request; a seat it would not confirm (the capacity or the employer's quota already taken by the seats before it)
     * is refused, since a past cohort's seats are given as they were and none of them waited.
     *
     * @throws RuleBroken (422) naming {@code staffId} when the staff member already holds a seat in the cohort, or
     *                    {@code employerId} when no seat is left for the employer
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enrolment seatInPast(Cohort cohort, UUID staffId, UUID employerId, Instant requestedAt) {
        if (enrolments.findLive(cohort.id(), staffId).isPresent()) {
            throw RuleBroken.rule("staffId", "staff member " + staffId + " already holds a seat in this cohort");
        }
        SeatBook seats = enrolments.seatBook(cohort, List.of(employerId));
        EnrolmentEvent event = Enrolment.request(
                UUID.randomUUID(), cohort.id(), cohort.courseId(), staffId, employerId, seats, () -> 0, requestedAt);
        if (!(event instanceof EnrolmentEvent.Confirmed)) {
            throw RuleBroken.rule(
                    "employerId",
                    seats.confirmed() >= cohort.capacity()
                            ? "the cohort's capacity of " + cohort.capacity()
                                    + " seats is taken by the seats listed before"
                            : "employer " + employerId + " already holds the cohort's quota of "
                                    + cohort.seatQuotaPerEmployer() + " seats per employer");
        }
        enrolments.insert(event.enrolment());
        events.publishPast(event, requestedAt);
        return event.enrolment();
    }

    /**
     * History import: the outcome of a seat of a past cohort that has started, recorded under exactly the rules of
     * {@link #recordOutcome} (hours up to the course's, scores 0-100, satisfaction 1-5, the credential only with a
     * completion and only where the course offers one, completedOn between the cohort's start and today; by default
     * its end date), its event dated {@code at}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enrolment outcomeInPast(Cohort cohort, Enrolment enrolment, OutcomeInput input, Instant at) {
        Course course = courses.get(cohort.courseId());
        LocalDate completedOn = input.completedOn() == null ? cohort.endDate() : input.completedOn();
        if (completedOn.isBefore(cohort.startDate()) || completedOn.isAfter(today())) {
            throw RuleBroken.invalid(
                    "completedOn",
                    "must be between the cohort's start " + cohort.startDate() + " and today " + today());
        }
        EnrolmentEvent event =
                enrolment.recordOutcome(input, course.definition().hours(), course.offersCredential(), completedOn, at);
        enrolments.update(enrolment, clock.instant());
        events.publishPast(event, at);
        return enrolment;
    }

    /**
     * One enrolment with its current waitlist position, for those who may see it: the employer's member-admin, the
     * cohort's provider, the cohort's coordinator, admins, and the learner whose login is linked to the enrolment's
     * staff member ({@code staff_id}).
     *
     * @throws ApiException.Forbidden      for roles that never see enrolments (funder)
     * @throws ApiException.NotFound when the enrolment does not exist or the caller may not see it
     */
    @Transactional(readOnly = true)
    public EnrolmentView get(Caller caller, UUID enrolmentId) {
        caller.requireAnyRole("read enrolments", Role.MEMBER_ADMIN, Role.PROVIDER, Role.COORDINATOR, Role.LEARNER);
        EnrolmentView view = view(enrolmentId);
        if (!sees(caller, view.enrolment())) {
            throw new ApiException.NotFound("enrolment", enrolmentId);
        }
        return view;
    }

    /**
     * A page of the enrolments matching the filters (each null for any) that the caller may see (see {@link #get}),
     * oldest request first; a filter naming another tenant finds nothing. A learner sees only their own staff
     * record's enrolments, whatever the filters ask, and nothing when their login is linked to no staff record.
     */
    @Transactional(readOnly = true)
    public PageResponse<EnrolmentView> list(
            Caller caller,
            UUID cohortId,
            UUID employerId,
            UUID staffId,
            UUID courseId,
            EnrolmentStatus status,
            PageQuery page) {
        caller.requireAnyRole("read enrolments", Role.MEMBER_ADMIN, Role.PROVIDER, Role.COORDINATOR, Role.LEARNER);
        UUID org = caller.organisationId();
        JdbcEnrolments.Scope scope = caller.isAdmin()
                ? JdbcEnrolments.Scope.ALL
                : new JdbcEnrolments.Scope(
                        false,
                        caller.has(Role.MEMBER_ADMIN) ? org : null,
                        caller.has(Role.PROVIDER) ? org : null,
                        caller.has(Role.COORDINATOR) ? org : null,
                        caller.has(Role.COORDINATOR) ? memberFacts.alliancesCoordinatedBy(org) : java.util.Set.of(),
                        caller.has(Role.LEARNER) ? caller.staffId() : null);
        JdbcEnrolments.Filter filter =
                new JdbcEnrolments.Filter(cohortId, employerId, staffId, courseId, status, scope);
        return PageResponse.of(enrolments.page(filter, page), page, enrolments.count(filter));
    }

    /**
     * The reactions of the cohort's seats whose outcome is recorded, in no particular order and without the seats
     * they belong to: the platform's own use (the cohort's anonymous feedback), never shown per seat.
     */
    @Transactional(readOnly = true)
    public List<Reaction> reactions(UUID cohortId) {
        return enrolments.reactions(cohortId);
    }

    /** How many seats of the cohort still await their outcome (CONFIRMED, no outcome recorded). */
    @Transactional(readOnly = true)
    public int seatsAwaitingOutcome(UUID cohortId) {
        return enrolments.confirmed(cohortId);
    }

    /**
     * The courses in which each staff member holds or waits for a seat now (CONFIRMED or WAITLISTED), the platform's
     * own use: recommendations leave them out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, java.util.Set<UUID>> coursesWithLiveSeat(java.util.Collection<UUID> staffIds) {
        return enrolments.coursesWithLiveSeat(staffIds);
    }

    private boolean sees(Caller caller, Enrolment enrolment) {
        if (caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, enrolment.employerId())) {
            return true;
        }
        if (caller.has(Role.LEARNER)
                && caller.staffId() != null
                && caller.staffId().equals(enrolment.staffId())) {
            return true;
        }
        if (!caller.has(Role.PROVIDER) && !caller.has(Role.COORDINATOR)) {
            return false;
        }
        Cohort cohort = cohorts.get(enrolment.cohortId());
        return CohortManagement.teaches(caller, cohort) || cohorts.manages(caller, cohort);
    }

    private static void requireEmployerAdmin(Caller caller, UUID employerId) {
        caller.requireAnyRole("enrol staff", Role.MEMBER_ADMIN);
        if (!caller.isAdmin() && !caller.actsAs(Role.MEMBER_ADMIN, employerId)) {
            throw new ApiException.Forbidden(
                    "a member-admin enrols only its own employer's staff, not employer " + employerId + "'s");
        }
    }

    private void promoteWaiters(Cohort cohort) {
        List<Enrolment> waiters = enrolments.waitingInOrder(cohort.id());
        if (waiters.isEmpty()) {
            return;
        }
        List<UUID> employers =
                waiters.stream().map(Enrolment::employerId).distinct().toList();
        List<Enrolment> promoted = enrolments
                .seatBook(cohort, employers)
                .promote(
                        waiters,
                        waiter -> memberFacts.canEnrol(cohort.allianceId(), waiter.employerId(), waiter.staffId()));
        for (Enrolment enrolment : promoted) {
            events.publish(enrolment.promote());
            enrolments.update(enrolment, clock.instant());
        }
    }

    private EnrolmentView view(UUID enrolmentId) {
        return enrolments.find(enrolmentId).orElseThrow(() -> new ApiException.NotFound("enrolment", enrolmentId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
