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
        rederive("enrolment_id = :id", enrolmentId);
    }

    void staffChanged(Object staffId) {
        rederive("staff_id = :id", staffId);
    }

    void organisationChanged(Object organisationId) {
        rederive("employer_id = :id", organisationId);
    }

    void cohortChanged(Object cohortId) {
        rederive("cohort_id = :id", cohortId);
    }

    void courseChanged(Object courseId) {
        jdbc.sql("delete from rp_seat where course_id = :id").param("id", courseId).update();
        jdbc.sql("""
                insert into rp_seat select * from rp_seat_source
                where cohort_id in (select id from rp_cohort where course_id = :id)
                """).param("id", courseId).update();
    }

    /** {@code condition} names columns that the view and the table share, with the parameter {@code :id}. */
    private void rederive(String condition, Object id) {
        jdbc.sql("delete from rp_seat where " + condition).param("id", id).update();
        jdbc.sql("insert into rp_seat select * from rp_seat_source where " + condition).param("id", id).update();
    }
}
