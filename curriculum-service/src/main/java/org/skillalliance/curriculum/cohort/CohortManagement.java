package org.skillalliance.curriculum.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of cohorts: scheduling and every lifecycle step; the only door to cohorts. */
@Service
public class CohortManagement {

    private final JdbcCohorts cohorts;
    private final CourseManagement courses;
    private final CohortEnrolments enrolments;
    private final CohortSessions sessions;
    private final MemberFacts memberFacts;
    private final CohortEventsPublisher events;
    private final Clock clock;

    CohortManagement(
            JdbcCohorts cohorts,
            CourseManagement courses,
            CohortEnrolments enrolments,
            CohortSessions sessions,
            MemberFacts memberFacts,
            CohortEventsPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.memberFacts = memberFacts;
        this.cohorts = cohorts;
        this.courses = courses;
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Schedules a cohort of a published course, in {@code PLANNED}, and announces it ({@code CohortScheduled}).
     *
     * @throws ApiException.Forbidden      unless the caller coordinates the course's alliance and organises the cohort as its
     *                               own organisation, or is an admin
     * @throws ApiException.NotFound when the course does not exist (or is a draft the caller may not see)
     * @throws org.skillalliance.curriculum.shared.RuleBroken when the course is not published or the plan is inconsistent
     */
    @Transactional
    public Cohort schedule(Caller caller, UUID courseId, CohortPlan plan) {
        caller.requireAnyRole("schedule cohorts", Role.COORDINATOR);
        Course course = courses.get(caller, courseId);
        if (!caller.isAdmin()) {
            if (!courses.coordinates(caller, course.allianceId())) {
                throw new ApiException.Forbidden("only the coordinator of alliance " + course.allianceId()
                        + " schedules cohorts of its courses");
            }
            if (!caller.organisationId().equals(plan.organiserId())) {
                throw new ApiException.Forbidden(
                        "a coordinator organises cohorts as its own organisation, not as " + plan.organiserId());
            }
        }
        CohortEvent.Scheduled scheduled = Cohort.schedule(UUID.randomUUID(), course, plan, today());
        checkProvider(course, plan, false);
        cohorts.insert(scheduled.cohort(), clock.instant());
        events.publish(scheduled);
        return scheduled.cohort();
    }

    /**
     * History import: records a cohort of a published course that ran in the past, scheduled and opened, the events
     * dated {@code scheduledAt} and {@code openedAt} (its enrolment window's opening). The caller (the history import) has checked who
     * calls; its seats, start, outcomes and completion follow through {@link #startedInPast} and
     * {@link #completedInPast} in the same transaction.
     *
     * @throws org.skillalliance.curriculum.shared.RuleBroken as {@link Cohort#schedulePast} refuses the plan
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cohort scheduledInPast(Course course, CohortPlan plan, Instant scheduledAt, Instant openedAt) {
        CohortEvent.Scheduled scheduled = Cohort.schedulePast(UUID.randomUUID(), course, plan, today());
        checkProvider(course, plan, true);
        cohorts.insert(scheduled.cohort(), clock.instant());
        events.publishPast(scheduled, scheduledAt);
        return changedInPast(scheduled.cohort().open(0), openedAt);
    }

    /**
     * Who teaches: the course's own provider, or another training provider holding a provider membership of the
     * alliance (active; for history, one that was). Any other organisation would be handed the names on the cohort's
     * roster and its registers, so it is refused.
     */
    private void checkProvider(Course course, CohortPlan plan, boolean inThePast) {
        UUID provider = plan.providerId();
        if (provider == null
                || provider.equals(course.definition().providerId())
                || memberFacts.isProviderOf(course.allianceId(), provider, inThePast)) {
            return;
        }
        throw RuleBroken.rule(
                "providerId",
                "organisation " + provider + " is neither the course's provider nor a "
                        + "training provider member of alliance " + course.allianceId()
                        + "; leave providerId out for the "
                        + "course's provider");
    }

    /** History import: the past cohort started on its start date with its confirmed seats (no waitlist to cancel). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cohort startedInPast(Cohort cohort, Instant at) {
        return changedInPast(cohort.start(enrolments.confirmedSeats(cohort), today()), at);
    }

    /** History import: the past cohort completed on its end date. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cohort completedInPast(Cohort cohort, Instant at) {
        return changedInPast(cohort.complete(enrolments.confirmedSeats(cohort), today()), at);
    }

    /** Opens a planned cohort for enrolment; the cohort's coordinator (see {@link #manages}) or an admin. */
    @Transactional
    public Cohort open(Caller caller, UUID cohortId) {
        Cohort cohort = managed(caller, cohortId, "open", false);
        return changed(cohort.open(enrolments.confirmedSeats(cohort)));
    }

    /**
     * Starts an open cohort on or after its start date: its confirmed seats become final, waiters are cancelled. The
     * cohort's coordinator, its provider (who teaches it) or an admin.
     */
    @Transactional
    public Cohort start(Caller caller, UUID cohortId) {
        Cohort cohort = managed(caller, cohortId, "start", true);
        CohortEvent event = cohort.start(enrolments.confirmedSeats(cohort), today());
        changed(event);
        enrolments.cohortStarted(cohort);
        return cohort;
    }

    /** Completes a running cohort on or after its end date; the cohort's coordinator, its provider or an admin. */
    @Transactional
    public Cohort complete(Caller caller, UUID cohortId) {
        Cohort cohort = managed(caller, cohortId, "complete", true);
        return changed(cohort.complete(enrolments.confirmedSeats(cohort), today()));
    }

    /** Cancels a cohort that has not completed, and every live enrolment with it; its coordinator or an admin. */
    @Transactional
    public Cohort cancel(Caller caller, UUID cohortId) {
        Cohort cohort = managed(caller, cohortId, "cancel", false);
        changed(cohort.cancel(enrolments.confirmedSeats(cohort)));
        enrolments.cohortCancelled(cohort);
        return cohort;
    }

    /** One cohort, or a 404. */
    @Transactional(readOnly = true)
    public Cohort get(UUID cohortId) {
        return cohorts.find(cohortId).orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
    }

    /**
     * Reads a cohort and locks its row until the calling transaction ends. Every change of a cohort's seats (and of
     * its status) goes through here first, so seat decisions of one cohort are serialised across all instances of the
     * service, while different cohorts proceed in parallel.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cohort lockForSeats(UUID cohortId) {
        return cohorts.lock(cohortId).orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
    }

    /** A page of cohorts matching the filters (each null for any). */
    @Transactional(readOnly = true)
    public PageResponse<Cohort> list(
            UUID courseId,
            UUID allianceId,
            UUID providerId,
            UUID organiserId,
            CohortStatus status,
            LocalDate startsFrom,
            LocalDate startsTo,
            PageQuery page) {
        JdbcCohorts.Filter filter =
                new JdbcCohorts.Filter(courseId, allianceId, providerId, organiserId, status, startsFrom, startsTo);
        return PageResponse.of(cohorts.page(filter, page), page, cohorts.count(filter));
    }

    /**
     * The fill of each of these cohorts (seats left, waitlist length), read in one grouped query, so that a page of
     * cohorts costs one more query, not one per cohort.
     */
    @Transactional(readOnly = true)
    public Map<UUID, CohortFill> fill(Collection<Cohort> page) {
        Map<UUID, CohortEnrolments.SeatCounts> counts =
                enrolments.seatCounts(page.stream().map(Cohort::id).toList());
        return page.stream()
                .collect(Collectors.toMap(
                        Cohort::id,
                        c -> CohortFill.of(c, counts.getOrDefault(c.id(), CohortEnrolments.SeatCounts.NONE)),
                        (a, b) -> a));
    }

    /**
     * The catalogue figures of each of these cohorts (sessions counted, the course's language and prerequisites), in
     * two grouped queries whatever the number of cohorts.
     */
    @Transactional(readOnly = true)
    public Map<UUID, CohortCatalogue> catalogue(Collection<Cohort> page) {
        Map<UUID, Integer> counts =
                sessions.sessionCounts(page.stream().map(Cohort::id).toList());
        Map<UUID, CourseManagement.Catalogue> courseFacts =
                courses.catalogue(page.stream().map(Cohort::courseId).distinct().toList());
        return page.stream()
                .collect(Collectors.toMap(
                        Cohort::id,
                        c -> {
                            CourseManagement.Catalogue course =
                                    courseFacts.getOrDefault(c.courseId(), CourseManagement.Catalogue.NONE);
                            return new CohortCatalogue(
                                    counts.getOrDefault(c.id(), 0), course.language(), course.prerequisites());
                        },
                        (a, b) -> a));
    }

    /** The cohort's sessions in time order, as its single answer shows them. */
    @Transactional(readOnly = true)
    public List<CohortSessions.Slot> sessions(Cohort cohort) {
        return sessions.sessions(cohort.id());
    }

    /** The fill of one cohort (see {@link #fill(Collection)}). */
    @Transactional(readOnly = true)
    public CohortFill fill(Cohort cohort) {
        return fill(List.of(cohort)).get(cohort.id());
    }

    /**
     * The alliance's cohorts that take enrolment requests on this day: OPEN, with the day inside the enrolment window
     * (the platform's own use: recommendations, gap maps). A retired course's open cohorts are among them; callers
     * that offer courses check the course's status.
     */
    @Transactional(readOnly = true)
    public List<Cohort> openForEnrolment(UUID allianceId, LocalDate day) {
        return cohorts.openForEnrolment(allianceId, day);
    }

    /**
     * Whether the caller runs the cohort as its coordinator: a coordinator acting for the cohort's organiser or for an
     * organisation that coordinates the cohort's alliance.
     */
    public boolean manages(Caller caller, Cohort cohort) {
        return caller.actsAs(Role.COORDINATOR, cohort.organiserId())
                || courses.coordinates(caller, cohort.allianceId());
    }

    /** Whether the caller teaches the cohort: a provider acting for the cohort's provider. */
    public static boolean teaches(Caller caller, Cohort cohort) {
        return caller.actsAs(Role.PROVIDER, cohort.providerId());
    }

    private Cohort managed(Caller caller, UUID cohortId, String action, boolean providerToo) {
        if (providerToo) {
            caller.requireAnyRole(action + " cohorts", Role.COORDINATOR, Role.PROVIDER);
        } else {
            caller.requireAnyRole(action + " cohorts", Role.COORDINATOR);
        }
        Cohort cohort = lockForSeats(cohortId);
        if (!caller.isAdmin() && !manages(caller, cohort) && !(providerToo && teaches(caller, cohort))) {
            throw new ApiException.Forbidden("only the coordinator of cohort " + cohortId
                    + (providerToo ? " or its provider " : " ") + "may " + action + " it");
        }
        return cohort;
    }

    private Cohort changed(CohortEvent event) {
        cohorts.updateStatus(event.cohort(), clock.instant());
        events.publish(event);
        return event.cohort();
    }

    /** History import: the change happened at {@code at}, and its event is dated then. */
    private Cohort changedInPast(CohortEvent event, Instant at) {
        cohorts.updateStatus(event.cohort(), clock.instant());
        events.publishPast(event, at);
        return event.cohort();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
