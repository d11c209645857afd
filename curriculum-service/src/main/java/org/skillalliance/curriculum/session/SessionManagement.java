package org.skillalliance.curriculum.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of sessions and attendance; the only door to them. Every change runs with the cohort row locked
 * ({@link CohortManagement#lockForSeats}), so two sessions of one cohort cannot be made to overlap by concurrent calls
 * and a register is never written next to a session's removal.
 */
@Service
public class SessionManagement {

    /** One line of a register as sent: a seat and whether it attended. */
    public record Mark(UUID enrolmentId, Boolean present) {}

    /**
     * A seat in a session's register: {@code present} null while no register is recorded for the session, or when
     * the seat was not in the register sent.
     */
    public record RegisterLine(UUID enrolmentId, UUID staffId, Boolean present) {}

    /** A session's register: every seat of the cohort, and whether (and when) a register was recorded. */
    public record Register(UUID sessionId, boolean recorded, java.time.Instant recordedAt, List<RegisterLine> seats) {}

    private final JdbcSessions sessions;
    private final CohortManagement cohorts;
    private final CourseManagement courses;
    private final CohortSeats seats;
    private final Clock clock;

    SessionManagement(
            JdbcSessions sessions, CohortManagement cohorts, CourseManagement courses, CohortSeats seats, Clock clock) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.courses = courses;
        this.seats = seats;
        this.clock = clock;
    }

    /** The cohort's sessions in time order, for everyone who may read the cohort; 404 for an unknown cohort. */
    @Transactional(readOnly = true)
    public List<CohortSession> list(UUID cohortId) {
        cohorts.get(cohortId);
        return sessions.ofCohort(cohortId);
    }

    /** One session of the cohort, or a 404. */
    @Transactional(readOnly = true)
    public CohortSession get(UUID cohortId, UUID sessionId) {
        cohorts.get(cohortId);
        return session(cohortId, sessionId);
    }

    /**
     * Adds a session to a cohort that is neither cancelled nor completed.
     *
     * @throws ApiException.Forbidden unless the caller is the cohort's coordinator, its provider or an admin
     * @throws RuleBroken (400/422) naming the field: dates, times, place or link, overlaps, total hours
     */
    @Transactional
    public CohortSession add(Caller caller, UUID cohortId, SessionPlan plan) {
        Cohort cohort = keptBy(caller, cohortId, "add sessions to");
        CohortSession session = CohortSession.plan(
                UUID.randomUUID(),
                cohort,
                plan,
                sessions.ofCohort(cohortId),
                courses.get(cohort.courseId()).definition().hours());
        sessions.insert(session, clock.instant());
        return session;
    }

    /**
     * Changes a session. Once a register is recorded for it, its date and times stay (they make the attended hours):
     * only its place, link and title change.
     */
    @Transactional
    public CohortSession change(Caller caller, UUID cohortId, UUID sessionId, SessionPlan plan) {
        Cohort cohort = keptBy(caller, cohortId, "change sessions of");
        CohortSession current = session(cohortId, sessionId);
        if (sessions.hasRegister(sessionId)) {
            if (!current.date().equals(plan.date())) {
                throw RuleBroken.rule("date", registered(sessionId));
            }
            if (!current.startTime().equals(plan.startTime())) {
                throw RuleBroken.rule("startTime", registered(sessionId));
            }
            if (!current.endTime().equals(plan.endTime())) {
                throw RuleBroken.rule("endTime", registered(sessionId));
            }
        }
        List<CohortSession> others = sessions.ofCohort(cohortId).stream()
                .filter(s -> !s.id().equals(sessionId))
                .toList();
        CohortSession changed = CohortSession.plan(
                sessionId,
                cohort,
                plan,
                others,
                courses.get(cohort.courseId()).definition().hours());
        sessions.update(changed, clock.instant());
        return changed;
    }

    /** Removes a session for which no attendance is recorded, of a cohort that is neither cancelled nor completed. */
    @Transactional
    public void remove(Caller caller, UUID cohortId, UUID sessionId) {
        Cohort cohort = keptBy(caller, cohortId, "remove sessions of");
        session(cohortId, sessionId);
        CohortSession.checkChangeable(cohort);
        if (sessions.hasRegister(sessionId)) {
            throw RuleBroken.rule(
                    "sessionId",
                    "attendance is recorded for session " + sessionId + "; a session with a register is not removed");
        }
        sessions.delete(sessionId);
    }

    /**
     * A session's register: every seat of the cohort with its mark. The cohort's provider, its coordinator and admins;
     * to anyone else with those roles the cohort's register does not exist (404).
     */
    @Transactional(readOnly = true)
    public Register register(Caller caller, UUID cohortId, UUID sessionId) {
        caller.requireAnyRole("read attendance", Role.PROVIDER, Role.COORDINATOR);
        Cohort cohort = cohorts.get(cohortId);
        if (!caller.isAdmin() && !CohortManagement.teaches(caller, cohort) && !cohorts.manages(caller, cohort)) {
            throw new ApiException.NotFound("session", sessionId);
        }
        session(cohortId, sessionId);
        return register(cohortId, sessionId);
    }

    /**
     * Records a session's whole register (idempotent: the same register again changes nothing but the time it was
     * recorded): the cohort's provider (or an admin), once the cohort runs (409 before) and once the session's day has
     * come. Every line names a seat of the cohort, once; seats left out count as not recorded (not attended).
     *
     * @throws ApiException.NotFound for a provider who does not teach the cohort
     * @throws RuleBroken (400/422) naming the line and field, or {@code sessionId} for a session still to come
     */
    @Transactional
    public Register record(Caller caller, UUID cohortId, UUID sessionId, List<Mark> marks) {
        caller.requireAnyRole("record attendance", Role.PROVIDER);
        Cohort cohort = cohorts.lockForSeats(cohortId);
        if (!caller.isAdmin() && !CohortManagement.teaches(caller, cohort)) {
            throw new ApiException.NotFound("session", sessionId);
        }
        CohortSession session = session(cohortId, sessionId);
        if (!cohort.hasRun()) {
            throw new TransitionRefused("cohort", cohortId, cohort.status(), "record attendance in");
        }
        LocalDate today = LocalDate.now(clock);
        if (session.date().isAfter(today)) {
            throw RuleBroken.rule(
                    "sessionId",
                    "session " + sessionId + " is on " + session.date()
                            + "; its attendance is recorded from that day on (today is " + today + ")");
        }
        Set<UUID> cohortSeats = seats.seats(cohortId).keySet();
        Map<UUID, Boolean> register = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            if (mark == null || mark.enrolmentId() == null) {
                throw RuleBroken.invalid("[" + i + "].enrolmentId", "is required");
            }
            if (mark.present() == null) {
                throw RuleBroken.invalid("[" + i + "].present", "is required (true or false)");
            }
            if (register.containsKey(mark.enrolmentId())) {
                throw RuleBroken.invalid(
                        "[" + i + "].enrolmentId", "enrolment " + mark.enrolmentId() + " is listed twice");
            }
            if (!cohortSeats.contains(mark.enrolmentId())) {
                throw RuleBroken.rule(
                        "[" + i + "].enrolmentId",
                        "enrolment " + mark.enrolmentId() + " holds no seat in cohort " + cohortId);
            }
            register.put(mark.enrolmentId(), mark.present());
        }
        // a seat not listed was absent, and is stored so: a register recorded with nobody present is still recorded
        // (its session's times are then fixed, and it is not removed)
        for (UUID seat : cohortSeats) {
            register.putIfAbsent(seat, false);
        }
        sessions.replaceRegister(sessionId, register, clock.instant());
        return register(cohortId, sessionId);
    }

    /**
     * The hours an enrolment attended in its cohort, where the cohort has sessions: the summed lengths of the sessions
     * it was marked present at (exact, 2 decimals). Empty when the cohort has no sessions (attended hours are then
     * reported by the provider).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Attended> attendedHours(UUID cohortId, UUID enrolmentId) {
        List<CohortSession> all = sessions.ofCohort(cohortId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> attended = sessions.attended(cohortId, enrolmentId);
        BigDecimal hours = all.stream()
                .filter(s -> attended.contains(s.id()))
                .map(CohortSession::hours)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return Optional.of(new Attended(
                hours,
                attended.size(),
                all.size(),
                sessions.withRegister(cohortId).size()));
    }

    /** Attended hours from sessions: the sum, how many sessions were attended, how many there are, how many have a register. */
    public record Attended(BigDecimal hours, int sessionsAttended, int sessions, int sessionsRecorded) {}

    private Register register(UUID cohortId, UUID sessionId) {
        List<JdbcSessions.Mark> marks = sessions.register(sessionId);
        Map<UUID, Boolean> present = new java.util.HashMap<>();
        java.time.Instant recordedAt = null;
        for (JdbcSessions.Mark mark : marks) {
            present.put(mark.enrolmentId(), mark.present());
            recordedAt = recordedAt == null || mark.recordedAt().isAfter(recordedAt) ? mark.recordedAt() : recordedAt;
        }
        SequencedMap<UUID, UUID> cohortSeats = seats.seats(cohortId);
        List<RegisterLine> lines = new java.util.ArrayList<>();
        cohortSeats.forEach(
                (enrolment, staff) -> lines.add(new RegisterLine(enrolment, staff, present.get(enrolment))));
        return new Register(sessionId, !marks.isEmpty(), recordedAt, lines);
    }

    private Cohort keptBy(Caller caller, UUID cohortId, String action) {
        caller.requireAnyRole(action + " cohorts", Role.COORDINATOR, Role.PROVIDER);
        Cohort cohort = cohorts.lockForSeats(cohortId);
        if (!caller.isAdmin() && !cohorts.manages(caller, cohort) && !CohortManagement.teaches(caller, cohort)) {
            throw new ApiException.Forbidden(
                    "only the coordinator of cohort " + cohortId + " or its provider may " + action + " it");
        }
        return cohort;
    }

    private CohortSession session(UUID cohortId, UUID sessionId) {
        return sessions.find(cohortId, sessionId).orElseThrow(() -> new ApiException.NotFound("session", sessionId));
    }

    private static String registered(UUID sessionId) {
        return "attendance is recorded for session " + sessionId + "; its date and times no longer change";
    }
}
