package org.skillalliance.curriculum.followup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.enrolment.EnrolmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Follow-ups with their seats: a seat is an enrolment row with its cohort's end date and its course's title, read
 * beside the follow-up row it may have (one query, as the enrolments' own reads look at their cohorts).
 */
@Repository
class JdbcFollowUps {

    private static final String SELECT = """
            select e.id, e.cohort_id, e.course_id, e.staff_id, e.employer_id, e.status, c.end_date, co.title,
                   f.rating, f.recorded_on
            from enrolment e
            join cohort c on c.id = e.cohort_id
            join course co on co.id = e.course_id
            left join follow_up f on f.enrolment_id = e.id
            """;

    /** A follow-up as stored, with the title of its seat's course. */
    record Stored(FollowUp followUp, String courseTitle) {}

    private final JdbcClient jdbc;

    JdbcFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The seat's follow-up, its enrolment row locked until the transaction ends (an outcome correction waits). */
    Optional<Stored> lock(UUID enrolmentId) {
        return jdbc.sql(SELECT + " where e.id = :id for update of e")
                .param("id", enrolmentId)
                .query(JdbcFollowUps::map)
                .optional();
    }

    /**
     * The follow-ups of the completed seats of one employer's staff (null: every employer), of one cohort (null: any),
     * by the window's closing day (the cohort's end date), then by enrolment id.
     */
    List<Stored> completedSeats(UUID employerId, UUID cohortId) {
        return jdbc.sql(SELECT + """
                 where e.status = 'COMPLETED'
                   and (cast(:employerId as uuid) is null or e.employer_id = :employerId)
                   and (cast(:cohortId as uuid) is null or e.cohort_id = :cohortId)
                 order by c.end_date, e.id
                """)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query(JdbcFollowUps::map)
                .list();
    }

    void save(FollowUp followUp, Instant at, String by) {
        FollowUp.Seat seat = followUp.seat();
        jdbc.sql("""
                insert into follow_up (enrolment_id, cohort_id, employer_id, rating, recorded_on, recorded_at,
                                       recorded_by)
                values (:enrolmentId, :cohortId, :employerId, :rating, :recordedOn, :at, :by)
                on conflict (enrolment_id) do update set rating = excluded.rating,
                    recorded_on = excluded.recorded_on, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by
                """)
                .param("enrolmentId", seat.enrolmentId())
                .param("cohortId", seat.cohortId())
                .param("employerId", seat.employerId())
                .param("rating", followUp.rating())
                .param("recordedOn", Date.valueOf(followUp.recordedOn()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        FollowUp.Seat seat = new FollowUp.Seat(
                rs.getObject("id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                rs.getObject("course_id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getObject("end_date", LocalDate.class));
        int rating = rs.getInt("rating");
        Integer rated = rs.wasNull() ? null : rating;
        return new Stored(
                FollowUp.restore(seat, rated, rs.getObject("recorded_on", LocalDate.class)), rs.getString("title"));
    }
}
