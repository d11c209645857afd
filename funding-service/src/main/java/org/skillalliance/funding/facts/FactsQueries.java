package org.skillalliance.funding.facts;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.shared.SizeBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the local copies of other services' facts. */
@Component
public class FactsQueries {

    private final JdbcClient jdbc;

    FactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Facts.Cohort> cohort(UUID id) {
        return jdbc.sql("select * from fact_cohort where id = :id")
                .param("id", id)
                .query(FactsQueries::cohort)
                .optional();
    }

    public Optional<Facts.Course> course(UUID id) {
        return jdbc.sql("select * from fact_course where id = :id")
                .param("id", id)
                .query((rs, n) -> new Facts.Course(
                        rs.getObject("id", UUID.class),
                        rs.getObject("alliance_id", UUID.class),
                        rs.getBigDecimal("hours"),
                        new LinkedHashSet<>(strings(rs.getArray("priority_tags")))))
                .optional();
    }

    public Optional<Facts.Organisation> organisation(UUID id) {
        return jdbc.sql("select * from fact_organisation where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    String band = rs.getString("size_band");
                    return new Facts.Organisation(
                            rs.getObject("id", UUID.class),
                            rs.getString("type"),
                            rs.getString("region"),
                            rs.getString("sector_code"),
                            (Integer) rs.getObject("headcount"),
                            band == null ? null : SizeBand.valueOf(band));
                })
                .optional();
    }

    public List<Facts.Membership> memberships(UUID organisationId) {
        return jdbc.sql("select * from fact_membership where organisation_id = :id")
                .param("id", organisationId)
                .query((rs, n) -> new Facts.Membership(
                        rs.getObject("alliance_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("role"),
                        rs.getString("status")))
                .list();
    }

    /** Confirmed seats per employer, ordered by employer id. */
    public List<Facts.Seats> confirmedSeats(UUID cohortId) {
        return jdbc.sql("""
                select employer_id, count(*) as seats from fact_enrolment
                where cohort_id = :cohortId and status = 'CONFIRMED'
                group by employer_id order by employer_id
                """)
                .param("cohortId", cohortId)
                .query((rs, n) -> new Facts.Seats(rs.getObject("employer_id", UUID.class), rs.getInt("seats")))
                .list();
    }

    public List<Facts.Outcome> outcomes(UUID cohortId, UUID employerId) {
        return jdbc.sql("""
                select * from fact_outcome where cohort_id = :cohortId and employer_id = :employerId
                order by enrolment_id
                """)
                .param("cohortId", cohortId)
                .param("employerId", employerId)
                .query(FactsQueries::outcome)
                .list();
    }

    /** Employers with an outcome in the cohort. */
    public List<UUID> employersWithOutcomes(UUID cohortId) {
        return jdbc.sql(
                        "select distinct employer_id from fact_outcome where cohort_id = :cohortId order by employer_id")
                .param("cohortId", cohortId)
                .query(UUID.class)
                .list();
    }

    /** The employer's signed-off learning at work, in the order it was signed off (then by learning and staff id). */
    public List<Facts.WorkplaceLearning> workplaceLearning(UUID employerId) {
        return jdbc.sql("""
                select * from fact_workplace_learning where employer_id = :employerId
                order by signed_off_on, learning_id, staff_id
                """)
                .param("employerId", employerId)
                .query((rs, n) -> new Facts.WorkplaceLearning(
                        rs.getObject("learning_id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        WorkplaceLearningKind.valueOf(rs.getString("kind")),
                        rs.getObject("alliance_id", UUID.class),
                        rs.getObject("employer_id", UUID.class),
                        rs.getInt("level_reached"),
                        rs.getBigDecimal("logged_hours").stripTrailingZeros(),
                        rs.getInt("sessions"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("signed_off_on", LocalDate.class)))
                .list();
    }

    /** The cohorts in which the employer's staff member completed a seat (outcome COMPLETED). */
    public List<UUID> cohortsCompleted(UUID employerId, UUID staffId) {
        return jdbc.sql("""
                select distinct cohort_id from fact_outcome
                where employer_id = :employerId and staff_id = :staffId and outcome = 'COMPLETED'
                order by cohort_id
                """)
                .param("employerId", employerId)
                .param("staffId", staffId)
                .query(UUID.class)
                .list();
    }

    private static Facts.Cohort cohort(ResultSet rs, int n) throws SQLException {
        return new Facts.Cohort(
                rs.getObject("id", UUID.class),
                rs.getObject("course_id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("organiser_id", UUID.class),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                CohortStatus.valueOf(rs.getString("status")),
                Pricing.valueOf(rs.getString("pricing")),
                rs.getLong("cost_minor"),
                rs.getString("currency"),
                rs.getInt("confirmed_seats"));
    }

    private static Facts.Outcome outcome(ResultSet rs, int n) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("attended_hours");
        return new Facts.Outcome(
                rs.getObject("enrolment_id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                EnrolmentOutcome.valueOf(rs.getString("outcome")),
                hours.stripTrailingZeros(),
                rs.getObject("completed_on", LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
