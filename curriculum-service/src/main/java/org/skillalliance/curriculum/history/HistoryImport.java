package org.skillalliance.curriculum.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.cohort.CohortPlan;
import org.skillalliance.curriculum.cohort.Pricing;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.enrolment.Enrolment;
import org.skillalliance.curriculum.enrolment.EnrolmentManagement;
import org.skillalliance.curriculum.enrolment.OutcomeInput;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history import use case: past cohorts of an alliance's published courses with their seats and outcomes, all or
 * nothing, idempotent by each cohort's {@code importKey}.
 */
@Service
public class HistoryImport {

    /** A cohort that ran in the past; {@code providerId} null means the course's provider. */
    public record PastCohort(
            String importKey,
            UUID courseId,
            UUID providerId,
            LocalDate startDate,
            LocalDate endDate,
            int capacity,
            Integer seatQuotaPerEmployer,
            Pricing pricing,
            long costMinor,
            String currency,
            List<PastSeat> seats) {}

    /** A seat a staff member held, the day it was taken, and how it went. */
    public record PastSeat(UUID staffId, UUID employerId, LocalDate enrolledOn, OutcomeInput outcome) {}

    /** What became of one cohort of the import: created now, or found from an earlier import of the same key. */
    public record Imported(String importKey, UUID cohortId, boolean created, int seats) {}

    private final JdbcHistoryImports history;
    private final CourseManagement courses;
    private final CohortManagement cohorts;
    private final EnrolmentManagement enrolments;
    private final MemberFacts memberFacts;
    private final Clock clock;

    HistoryImport(
            JdbcHistoryImports history,
            CourseManagement courses,
            CohortManagement cohorts,
            EnrolmentManagement enrolments,
            MemberFacts memberFacts,
            Clock clock) {
        this.history = history;
        this.courses = courses;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.memberFacts = memberFacts;
        this.clock = clock;
    }

    /**
     * Imports past cohorts of the alliance in one transaction: each new {@code importKey} becomes a cohort that was
     * scheduled, opened, filled with its seats, started, given its outcomes and completed, with every event dated when
     * that happened; a key imported before with the same content is left unchanged. Imports of one alliance run one
     * after the other.
     *
     * @throws ApiException.Forbidden unless the caller coordinates the alliance and acts for {@code organiserId}, or is
     *                                an admin
     * @throws RuleBroken             naming the row and field ({@code cohorts[1].seats[3].postScore}) of the first
     *                                refused row; nothing is written
     * @throws ApiException.Conflict  when a key was imported before with other content
     */
    @Transactional
    public List<Imported> importHistory(Caller caller, UUID allianceId, UUID organiserId, List<PastCohort> past) {
        caller.requireAnyRole("import history", Role.COORDINATOR);
        if (!caller.isAdmin()) {
            if (!courses.coordinates(caller, allianceId)) {
                throw new ApiException.Forbidden(
                        "only the coordinator of alliance " + allianceId + " imports its history");
            }
            if (!caller.organisationId().equals(organiserId)) {
                throw new ApiException.Forbidden(
                        "a coordinator organises cohorts as its own organisation, not as " + organiserId);
            }
        }
        history.lockAlliance(allianceId);
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < past.size(); i++) {
            Integer first = keys.putIfAbsent(past.get(i).importKey(), i);
            if (first != null) {
                throw RuleBroken.invalid(
                        "cohorts[" + i + "].importKey", "repeats the importKey of cohorts[" + first + "]");
            }
        }
        List<Imported> imported = new ArrayList<>();
        for (int i = 0; i < past.size(); i++) {
            String path = "cohorts[" + i + "]";
            try {
                imported.add(importOne(allianceId, organiserId, past.get(i), path));
            } catch (RuleBroken refused) {
                throw at(path, refused);
            }
        }
        return imported;
    }

    private Imported importOne(UUID allianceId, UUID organiserId, PastCohort c, String path) {
        String fingerprint = HistoryFingerprint.of(organiserId, c);
        var earlier = history.find(allianceId, c.importKey());
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new ApiException.Conflict(
                        path + ".importKey",
                        "was imported before as cohort "
                                + earlier.get().cohortId() + " with other content; imported history is not changed by a"
                                + " new import");
            }
            return new Imported(
                    c.importKey(),
                    earlier.get().cohortId(),
                    false,
                    earlier.get().seats());
        }
        Course course = courses.find(c.courseId())
                .filter(found -> found.allianceId().equals(allianceId))
                .orElseThrow(() -> RuleBroken.rule("courseId", "is not a course of alliance " + allianceId));
        LocalDate opens = c.startDate();
        for (PastSeat seat : c.seats()) {
            if (seat.enrolledOn() != null
                    && seat.enrolledOn().isBefore(opens)
                    && !seat.enrolledOn().isBefore(Cohort.EARLIEST_PAST_START)) {
                opens = seat.enrolledOn();
            }
        }
        Timeline timeline = new Timeline();
        CohortPlan plan = new CohortPlan(
                organiserId,
                c.providerId(),
                c.startDate(),
                c.endDate(),
                opens,
                c.startDate(),
                c.capacity(),
                0,
                c.seatQuotaPerEmployer(),
                c.pricing(),
                c.costMinor(),
                c.currency());
        Cohort cohort = cohorts.scheduledInPast(course, plan, timeline.at(opens), timeline.at(opens));

        List<Enrolment> seats = new ArrayList<>();
        for (int j = 0; j < c.seats().size(); j++) {
            PastSeat seat = c.seats().get(j);
            try {
                if (seat.enrolledOn().isBefore(Cohort.EARLIEST_PAST_START)) {
                    throw RuleBroken.invalid("enrolledOn", "must not be before " + Cohort.EARLIEST_PAST_START);
                }
                if (seat.enrolledOn().isAfter(c.startDate())) {
                    throw RuleBroken.invalid(
                            "enrolledOn",
                            "must not be after the cohort's start date " + c.startDate()
                                    + " (seats are final when a cohort starts)");
                }
                memberFacts.checkHeldPastSeat(allianceId, seat.employerId(), seat.staffId(), c.startDate());
                seats.add(enrolments.seatInPast(
                        cohort, seat.staffId(), seat.employerId(), timeline.at(seat.enrolledOn())));
            } catch (RuleBroken refused) {
                throw at("seats[" + j + "]", refused);
            }
        }
        cohorts.startedInPast(cohort, timeline.at(c.startDate()));
        for (int j = 0; j < seats.size(); j++) {
            OutcomeInput outcome = c.seats().get(j).outcome();
            LocalDate on = outcome.completedOn() != null ? outcome.completedOn() : c.endDate();
            try {
                enrolments.outcomeInPast(cohort, seats.get(j), outcome, timeline.at(on));
            } catch (RuleBroken refused) {
                throw at("seats[" + j + "]", refused);
            }
        }
        cohorts.completedInPast(cohort, timeline.at(c.endDate()));
        history.insert(allianceId, c.importKey(), cohort.id(), fingerprint, seats.size(), clock.instant());
        return new Imported(c.importKey(), cohort.id(), true, seats.size());
    }

    private static RuleBroken at(String path, RuleBroken refused) {
        return new RuleBroken(
                refused.kind(), refused.field() == null ? path : path + "." + refused.field(), refused.reason());
    }

    /**
     * The times of one cohort's events: the start of each day (UTC), never earlier than the previous event's and at
     * least a microsecond after it, so that the events of a past cohort keep their order by time as they keep it on
     * the topic (consumers that keep the newer of two states compare occurredAt).
     */
    private static final class Timeline {

        private Instant last;

        Instant at(LocalDate day) {
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            last = last == null || start.isAfter(last) ? start : last.plusNanos(1_000);
            return last;
        }
    }
}
