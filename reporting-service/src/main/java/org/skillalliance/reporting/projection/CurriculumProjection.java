package org.skillalliance.reporting.projection;

import java.sql.Timestamp;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.FollowUpRecorded;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projections of curriculum-service's events: courses and their skills, cohorts, enrolments and their outcomes,
 * the employers' follow-up ratings of completed seats (the latest rating of an enrolment wins), and signed-off learning
 * at work.
 */
@Component
class CurriculumProjection {

    private final JdbcClient jdbc;
    private final EventRegistry registry;
    private final SeatFacts seats;
    private final ErasedLearners erasedLearners;

    CurriculumProjection(JdbcClient jdbc, EventRegistry registry, SeatFacts seats, ErasedLearners erasedLearners) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.seats = seats;
        this.erasedLearners = erasedLearners;
    }

    /** Applies the event if it is one of {@code curriculum-events}'s that the reports need; false for any other. */
    boolean project(EventEnvelope event, Timestamp at) {
        switch (event.eventType()) {
            case EventTypes.COURSE_PUBLISHED -> course(payload(event, CoursePublished.class), "PUBLISHED", at);
            case EventTypes.COURSE_RETIRED -> {
                CourseRetired r = payload(event, CourseRetired.class);
                course(
                        new CoursePublished(
                                r.courseId(),
                                r.allianceId(),
                                r.providerId(),
                                r.code(),
                                r.title(),
                                r.deliveryMode(),
                                r.hours(),
                                r.skills(),
                                r.priorityTags(),
                                r.credentialOffered()),
                        "RETIRED",
                        at);
            }
            case EventTypes.COHORT_SCHEDULED -> {
                CohortScheduled c = payload(event, CohortScheduled.class);
                cohort(
                        c.cohortId(),
                        c.courseId(),
                        c.allianceId(),
                        c.startDate(),
                        c.endDate(),
                        c.capacity(),
                        c.cost(),
                        c.status(),
                        at);
            }
            case EventTypes.COHORT_STATUS_CHANGED -> {
                CohortStatusChanged c = payload(event, CohortStatusChanged.class);
                cohort(
                        c.cohortId(),
                        c.courseId(),
                        c.allianceId(),
                        c.startDate(),
                        c.endDate(),
                        c.capacity(),
                        c.cost(),
                        c.status(),
                        at);
            }
            case EventTypes.ENROLMENT_CONFIRMED -> {
                EnrolmentConfirmed e = payload(event, EnrolmentConfirmed.class);
                enrolment(
                        e.enrolmentId(),
                        e.cohortId(),
                        e.courseId(),
                        e.staffId(),
                        e.employerId(),
                        "CONFIRMED",
                        at,
                        true,
                        false);
            }
            case EventTypes.ENROLMENT_PROMOTED -> {
                EnrolmentPromoted e = payload(event, EnrolmentPromoted.class);
                enrolment(
                        e.enrolmentId(),
                        e.cohortId(),
                        e.courseId(),
                        e.staffId(),
                        e.employerId(),
                        "CONFIRMED",
                        at,
                        true,
                        false);
            }
            case EventTypes.ENROLMENT_WAITLISTED -> {
                EnrolmentWaitlisted e = payload(event, EnrolmentWaitlisted.class);
                enrolment(
                        e.enrolmentId(),
                        e.cohortId(),
                        e.courseId(),
                        e.staffId(),
                        e.employerId(),
                        "WAITLISTED",
                        at,
                        false,
                        false);
            }
            case EventTypes.ENROLMENT_WITHDRAWN -> {
                EnrolmentWithdrawn e = payload(event, EnrolmentWithdrawn.class);
                enrolment(
                        e.enrolmentId(),
                        e.cohortId(),
                        e.courseId(),
                        e.staffId(),
                        e.employerId(),
                        "WITHDRAWN",
                        at,
                        false,
                        true);
            }
            case EventTypes.ENROLMENT_CANCELLED -> {
                EnrolmentCancelled e = payload(event, EnrolmentCancelled.class);
                enrolment(
                        e.enrolmentId(),
                        e.cohortId(),
                        e.courseId(),
                        e.staffId(),
                        e.employerId(),
                        "CANCELLED",
                        at,
                        false,
                        true);
            }
            case EventTypes.ENROLMENT_OUTCOME_RECORDED -> outcome(payload(event, EnrolmentOutcomeRecorded.class));
            case EventTypes.FOLLOW_UP_RECORDED -> followUp(payload(event, FollowUpRecorded.class), at);
            case EventTypes.WORKPLACE_LEARNING_SIGNED_OFF ->
                workplaceLearning(payload(event, WorkplaceLearningSignedOff.class));
            default -> {
                return false;
            }
        }
        return true;
    }

    private <P> P payload(EventEnvelope event, Class<P> type) {
        return registry.payload(event, type);
    }

    private void course(CoursePublished c, String status, Timestamp at) {
        int changed = jdbc.sql("""
                insert into rp_course (id, alliance_id, provider_id, code, title, hours, priority_tags, status, last_event_at)
                values (:id, :allianceId, :providerId, :code, :title, :hours, cast(:tags as text[]), :status, :at)
                on conflict (id) do update set alliance_id = excluded.alliance_id, provider_id = excluded.provider_id,
                    code = excluded.code, title = excluded.title, hours = excluded.hours,
                    priority_tags = excluded.priority_tags, status = excluded.status, last_event_at = excluded.last_event_at
                where rp_course.last_event_at <= excluded.last_event_at
                """)
                .param("id", c.courseId())
                .param("allianceId", c.allianceId())
                .param("providerId", c.providerId())
                .param("code", c.code())
                .param("title", c.title())
                .param("hours", c.hours())
                .param("tags", Projector.array(c.priorityTags()))
                .param("status", status)
                .param("at", at)
                .update();
        if (changed > 0 && c.skills() != null) {
            jdbc.sql("delete from rp_course_skill where course_id = :id")
                    .param("id", c.courseId())
                    .update();
            for (CourseSkill skill : c.skills()) {
                jdbc.sql("""
                        insert into rp_course_skill (course_id, skill_id, skill_code, category, target_level)
                        values (:courseId, :skillId, :code, :category, :level)
                        """)
                        .param("courseId", c.courseId())
                        .param("skillId", skill.skillId())
                        .param("code", skill.skillCode())
                        .param("category", skill.category().name())
                        .param("level", skill.targetLevel())
                        .update();
            }
        }
        if (changed > 0) {
            seats.courseChanged(c.courseId());
        }
    }

    private void cohort(
            Object id,
            Object courseId,
            Object allianceId,
            java.time.LocalDate start,
            java.time.LocalDate end,
            int capacity,
            CohortCost cost,
            CohortStatus status,
            Timestamp at) {
        boolean started = status == CohortStatus.RUNNING || status == CohortStatus.COMPLETED;
        jdbc.sql("""
                insert into rp_cohort (id, course_id, alliance_id, start_date, end_date, capacity, cost_pricing,
                                       cost_minor, currency, status, started_at, last_event_at)
                values (:id, :courseId, :allianceId, :start, :end, :capacity, :pricing, :cost, :currency, :status,
                        :startedAt, :at)
                on conflict (id) do update set course_id = excluded.course_id, alliance_id = excluded.alliance_id,
                    start_date = excluded.start_date, end_date = excluded.end_date, capacity = excluded.capacity,
                    cost_pricing = excluded.cost_pricing, cost_minor = excluded.cost_minor, currency = excluded.currency,
                    status = case when rp_cohort.last_event_at <= excluded.last_event_at then excluded.status else rp_cohort.status end,
                    started_at = coalesce(least(rp_cohort.started_at, excluded.started_at), rp_cohort.started_at, excluded.started_at),
                    last_event_at = greatest(rp_cohort.last_event_at, excluded.last_event_at)
                """)
                .param("id", id)
                .param("courseId", courseId)
                .param("allianceId", allianceId)
                .param("start", start)
                .param("end", end)
                .param("capacity", capacity)
                .param("pricing", cost == null ? null : cost.pricing().name())
                .param("cost", cost == null ? null : cost.amountMinor())
                .param("currency", cost == null ? null : cost.currency())
                .param("status", status.name())
                .param("startedAt", started ? at : null)
                .param("at", at)
                .update();
        seats.cohortChanged(id);
    }

    private void enrolment(
            Object id,
            Object cohortId,
            Object courseId,
            Object staffId,
            Object employerId,
            String status,
            Timestamp at,
            boolean confirms,
            boolean ends) {
        jdbc.sql("""
                insert into rp_enrolment (id, cohort_id, course_id, staff_id, employer_id, status, status_at,
                                          confirmed_at, ended_at)
                values (:id, :cohortId, :courseId, :staffId, :employerId, :status, :at, :confirmedAt, :endedAt)
                on conflict (id) do update set cohort_id = excluded.cohort_id, course_id = excluded.course_id,
                    staff_id = excluded.staff_id, employer_id = excluded.employer_id,
                    status = case when rp_enrolment.status_at is null or rp_enrolment.status_at <= excluded.status_at
                                  then excluded.status else rp_enrolment.status end,
                    status_at = greatest(rp_enrolment.status_at, excluded.status_at),
                    confirmed_at = coalesce(least(rp_enrolment.confirmed_at, excluded.confirmed_at),
                                            rp_enrolment.confirmed_at, excluded.confirmed_at),
                    ended_at = coalesce(excluded.ended_at, rp_enrolment.ended_at)
                """)
                .param("id", id)
                .param("cohortId", cohortId)
                .param("courseId", courseId)
                .param("staffId", staffId)
                .param("employerId", employerId)
                .param("status", status)
                .param("at", at)
                .param("confirmedAt", confirms ? at : null)
                .param("endedAt", ends ? at : null)
                .update();
        seats.enrolmentChanged(id);
    }

    private void outcome(EnrolmentOutcomeRecorded o) {
        jdbc.sql("""
                insert into rp_enrolment (id, cohort_id, course_id, staff_id, employer_id, outcome, attended_hours,
                                          pre_score, post_score, satisfaction, credential, completed_on)
                values (:id, :cohortId, :courseId, :staffId, :employerId, :outcome, :hours, :pre, :post, :satisfaction,
                        :credential, :completedOn)
                on conflict (id) do update set outcome = excluded.outcome, attended_hours = excluded.attended_hours,
                    pre_score = excluded.pre_score, post_score = excluded.post_score,
                    satisfaction = excluded.satisfaction, credential = excluded.credential,
                    completed_on = excluded.completed_on
                """)
                .param("id", o.enrolmentId())
                .param("cohortId", o.cohortId())
                .param("courseId", o.courseId())
                .param("staffId", o.staffId())
                .param("employerId", o.employerId())
                .param("outcome", o.outcome().name())
                .param("hours", o.attendedHours())
                .param("pre", o.preScore())
                .param("post", o.postScore())
                .param("satisfaction", o.satisfaction())
                .param("credential", o.credentialAwarded())
                .param("completedOn", o.completedOn())
                .update();
        seats.enrolmentChanged(o.enrolmentId());
    }

    /** A later rating of the same enrolment corrects an earlier one: the row keeps the latest event's. */
    private void followUp(FollowUpRecorded f, Timestamp at) {
        jdbc.sql("""
                insert into rp_follow_up (enrolment_id, cohort_id, employer_id, rating, recorded_on, last_event_at)
                values (:enrolmentId, :cohortId, :employerId, :rating, :recordedOn, :at)
                on conflict (enrolment_id) do update set cohort_id = excluded.cohort_id,
                    employer_id = excluded.employer_id, rating = excluded.rating, recorded_on = excluded.recorded_on,
                    last_event_at = excluded.last_event_at
                where rp_follow_up.last_event_at <= excluded.last_event_at
                """)
                .param("enrolmentId", f.enrolmentId())
                .param("cohortId", f.cohortId())
                .param("employerId", f.employerId())
                .param("rating", f.rating())
                .param("recordedOn", f.recordedOn())
                .param("at", at)
                .update();
    }

    /**
     * A sign-off is final (one event per learning and staff member), so the row is written once and a repeat changes
     * nothing. The learner is the staff id, or its pseudonym where the staff member was erased before this event was
     * applied ({@link ErasedLearners}; {@link MemberProjection} replaces the id in rows written before the erasure).
     * The staff member's lock ({@link ErasedLearners#lockStaffMember}) is taken first, so that an erasure applied at the
     * same time by another consumer is either committed before the insert looks at {@code rp_staff} or sees the row.
     */
    private void workplaceLearning(WorkplaceLearningSignedOff w) {
        ErasedLearners.lockStaffMember(jdbc, w.staffId());
        jdbc.sql("""
                insert into rp_workplace_learning (learning_id, learner, kind, alliance_id, employer_id, skill_id,
                    skill_code, category, level_reached, logged_hours, sessions, started_on, signed_off_on)
                select :learningId,
                       case when exists (select 1 from rp_staff where id = :staffId and erased) then :pseudonym
                            else :staffId end,
                       :kind, :allianceId, :employerId, :skillId, :skillCode, :category, :level, :hours, :sessions,
                       :startedOn, :signedOffOn
                on conflict (learning_id, learner) do nothing
                """)
                .param("learningId", w.learningId())
                .param("staffId", w.staffId())
                .param("pseudonym", erasedLearners.pseudonym(w.staffId()))
                .param("kind", w.kind().name())
                .param("allianceId", w.allianceId())
                .param("employerId", w.employerId())
                .param("skillId", w.skillId())
                .param("skillCode", w.skillCode())
                .param("category", w.category().name())
                .param("level", w.levelReached())
                .param("hours", w.loggedHours())
                .param("sessions", w.sessions())
                .param("startedOn", w.startedOn())
                .param("signedOffOn", w.signedOffOn())
                .update();
    }
}
