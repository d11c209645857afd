package org.skillalliance.reporting.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rp_seat}, the impact report's read shape, equal to the view {@code rp_seat_source} over the other
 * projections: after an event has changed an enrolment, a staff member, an organisation, a cohort or a course, the seat
 * rows it can reach are deleted and derived again from the view, in the same transaction as the event. Re-deriving
 * from the latest state, rather than patching columns, is what keeps the rows right whatever order the topics
 * interleave in (an outcome before its staff member, a staff member's departure before the enrolment).
 */
@Component
class SeatFacts {

    private final JdbcClient jdbc;

    SeatFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enrolmentChanged(Object enrolmentId) {
        rederive("enrolment_id = :id", "enrolment_id = :id", enrolmentId);
    }

    void staffChanged(Object staffId) {
        rederive("staff_id = :id", "staff_id = :id", staffId);
    }

    void organisationChanged(Object organisationId) {
        rederive("employer_id = :id", "employer_id = :id", organisationId);
    }

    void cohortChanged(Object cohortId) {
        rederive("cohort_id = :id", "cohort_id = :id", cohortId);
    }

    void courseChanged(Object courseId) {
        rederive("course_id = :id", "cohort_id in (select id from rp_cohort where course_id = :id)", courseId);
    }

    /**
     * Deletes the seat rows matching {@code seats} and inserts those of the view matching {@code source}, in one
     * statement (one round trip: on two busy cores each costs milliseconds of waiting, docs/performance.md). The scalar
     * subquery over {@code gone} is an init plan, so the delete has run to its end before the first row is inserted,
     * and rows the statement's own transaction deleted do not conflict with the ones it inserts.
     */
    private void rederive(String seats, String source, Object id) {
        jdbc.sql("""
                with gone as (delete from rp_seat where %s returning 1)
                insert into rp_seat select * from rp_seat_source where %s and (select count(*) from gone) >= 0
                """.formatted(seats, source)).param("id", id).update();
    }
}
