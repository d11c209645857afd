package org.skillalliance.curriculum.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.messaging.outbox.Outbox;
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
    private final Outbox outbox;
    private final Clock clock;

    CohortManagement(JdbcCohorts cohorts, CourseManagement courses, CohortEnrolments enrolments, Outbox outbox,
                     Clock clock) {
        this.cohorts = cohorts;
        this.courses = courses;
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Schedules a cohort of a published course, in {@code PLANNED}, and announces it ({@code CohortScheduled}).
     *
     * @throws ApiException.NotFound when the course does not exist
     * @throws org.skillalliance.curriculum.shared.RuleBroken when the course is not published or the plan is inconsistent
     */
    @Transactional
    public Cohort schedule(UUID courseId, CohortPlan plan) {
        Course course = courses.get(courseId);
        Cohort cohort = Cohort.schedule(UUID.randomUUID(), course, plan, today());
        cohorts.insert(cohort, clock.instant());
        outbox.append(EventTypes.COHORT_SCHEDULED, cohort.id(), new CohortScheduled(cohort.id(), cohort.courseId(),
                cohort.allianceId(), cohort.organiserId(), cohort.providerId(), cohort.startDate(), cohort.endDate(),
                cohort.enrolmentOpens(), cohort.enrolmentCloses(), cohort.capacity(), cohort.minParticipants(),
                cohort.seatQuotaPerEmployer(), contractCost(cohort),
                org.skillalliance.contracts.curriculum.CohortStatus.valueOf(cohort.status().name())));
        return cohort;
    }

    /** Opens a planned cohort for enrolment. */
    @Transactional
    public Cohort open(UUID cohortId) {
        Cohort cohort = lockForSeats(cohortId);
        return changed(cohort.open(enrolments.confirmedSeats(cohort)));
    }

    /** Starts an open cohort on or after its start date: its confirmed seats become final, waiters are cancelled. */
    @Transactional
    public Cohort start(UUID cohortId) {
        Cohort cohort = lockForSeats(cohortId);
        CohortEvent event = cohort.start(enrolments.confirmedSeats(cohort), today());
        changed(event);
        enrolments.cohortStarted(cohort);
        return cohort;
    }

    /** Completes a running cohort on or after its end date. */
    @Transactional
    public Cohort complete(UUID cohortId) {
        Cohort cohort = lockForSeats(cohortId);
        return changed(cohort.complete(enrolments.confirmedSeats(cohort), today()));
    }

    /** Cancels a cohort that has not completed, and every live enrolment with it. */
    @Transactional
    public Cohort cancel(UUID cohortId) {
        Cohort cohort = lockForSeats(cohortId);
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
    public PageResponse<Cohort> list(UUID courseId, UUID allianceId, UUID providerId, UUID organiserId,
                                     CohortStatus status, LocalDate startsFrom, LocalDate startsTo, PageQuery page) {
        JdbcCohorts.Filter filter = new JdbcCohorts.Filter(courseId, allianceId, providerId, organiserId, status,
                startsFrom, startsTo);
        return PageResponse.of(cohorts.page(filter, page), page, cohorts.count(filter));
    }

    private Cohort changed(CohortEvent event) {
        CohortEvent.StatusChanged change = (CohortEvent.StatusChanged) event;
        Cohort c = change.cohort();
        cohorts.updateStatus(c, clock.instant());
        outbox.append(EventTypes.COHORT_STATUS_CHANGED, c.id(), new CohortStatusChanged(c.id(), c.courseId(),
                c.allianceId(), c.organiserId(), c.providerId(), c.startDate(), c.endDate(), c.enrolmentOpens(),
                c.enrolmentCloses(), c.capacity(), c.minParticipants(), c.seatQuotaPerEmployer(), contractCost(c),
                org.skillalliance.contracts.curriculum.CohortStatus.valueOf(c.status().name()),
                org.skillalliance.contracts.curriculum.CohortStatus.valueOf(change.previous().name()),
                change.confirmedSeats()));
        return c;
    }

    private static org.skillalliance.contracts.curriculum.CohortCost contractCost(Cohort c) {
        return new org.skillalliance.contracts.curriculum.CohortCost(
                org.skillalliance.contracts.curriculum.Pricing.valueOf(c.cost().pricing().name()),
                c.cost().amount().amountMinor(), c.cost().amount().currency());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
