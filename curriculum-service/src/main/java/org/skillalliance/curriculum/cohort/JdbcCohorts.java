package org.skillalliance.curriculum.cohort;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.shared.Money;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCohorts {

    record Filter(
            UUID courseId,
            UUID allianceId,
            UUID providerId,
            UUID organiserId,
            CohortStatus status,
            LocalDate startsFrom,
            LocalDate startsTo) {}

    private static final String FILTER = """
            where (cast(:courseId as uuid) is null or course_id = :courseId)
              and (cast(:allianceId as uuid) is null or alliance_id = :allianceId)
              and (cast(:providerId as uuid) is null or provider_id = :providerId)
              and (cast(:organiserId as uuid) is null or organiser_id = :organiserId)
              and (cast(:status as varchar) is null or status = :status)
              and (cast(:startsFrom as date) is null or start_date >= :startsFrom)
              and (cast(:startsTo as date) is null or start_date <= :startsTo)
            """;

    private final JdbcClient jdbc;

    JdbcCohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Cohort c, Instant at) {
        jdbc.sql("""
                insert into cohort (id, course_id, alliance_id, organiser_id, provider_id, start_date, end_date,
                                    enrolment_opens, enrolment_closes, capacity, min_participants,
                                    seat_quota_per_employer, pricing, cost_minor, currency, status, created_at, updated_at)
                values (:id, :courseId, :allianceId, :organiserId, :providerId, :startDate, :endDate,
                        :opens, :closes, :capacity, :minParticipants, :quota, :pricing, :costMinor, :currency,
                        :status, :at, :at)
                """)
                .param("id", c.id())
                .param("courseId", c.courseId())
                .param("allianceId", c.allianceId())
                .param("organiserId", c.organiserId())
                .param("providerId", c.providerId())
                .param("startDate", Date.valueOf(c.startDate()))
                .param("endDate", Date.valueOf(c.endDate()))
                .param("opens", Date.valueOf(c.enrolmentOpens()))
                .param("closes", Date.valueOf(c.enrolmentCloses()))
                .param("capacity", c.capacity())
                .param("minParticipants", c.minParticipants())
                .param("quota", c.seatQuotaPerEmployer())
                .param("pricing", c.cost().pricing().name())
                .param("costMinor", c.cost().amount().amountMinor())
                .param("currency", c.cost().amount().currency())
                .param("status", c.status().name())
                .param("at", Timestamp.from(at))
                .update();
    }

    void updateStatus(Cohort c, Instant at) {
        jdbc.sql("update cohort set status = :status, updated_at = :at where id = :id")
                .param("id", c.id())
                .param("status", c.status().name())
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Cohort> find(UUID id) {
        return jdbc.sql("select * from cohort where id = :id")
                .param("id", id)
                .query(JdbcCohorts::map)
                .optional();
    }

    /** Reads the cohort and locks its row until the transaction ends: seat decisions of a cohort serialise here. */
    Optional<Cohort> lock(UUID id) {
        return jdbc.sql("select * from cohort where id = :id for update")
                .param("id", id)
                .query(JdbcCohorts::map)
                .optional();
    }

    List<Cohort> openForEnrolment(UUID allianceId, LocalDate day) {
        return jdbc.sql("""
                select * from cohort
                where alliance_id = :allianceId and status = 'OPEN'
                  and enrolment_opens <= :day and enrolment_closes >= :day
                order by start_date, id
                """)
                .param("allianceId", allianceId)
                .param("day", Date.valueOf(day))
                .query(JdbcCohorts::map)
                .list();
    }

    List<Cohort> page(Filter filter, PageQuery page) {
        return bind(
                        jdbc.sql("select * from cohort " + FILTER
                                + " order by start_date, id limit :limit offset :offset"),
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcCohorts::map)
                .list();
    }

    long count(Filter filter) {
        return bind(jdbc.sql("select count(*) from cohort " + FILTER), filter)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("courseId", f.courseId())
                .param("allianceId", f.allianceId())
                .param("providerId", f.providerId())
                .param("organiserId", f.organiserId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("startsFrom", f.startsFrom() == null ? null : Date.valueOf(f.startsFrom()))
                .param("startsTo", f.startsTo() == null ? null : Date.valueOf(f.startsTo()));
    }

    private static Cohort map(ResultSet rs, int row) throws SQLException {
        int quota = rs.getInt("seat_quota_per_employer");
        Integer seatQuota = rs.wasNull() ? null : quota;
        return Cohort.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("course_id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("organiser_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("enrolment_opens", LocalDate.class),
                rs.getObject("enrolment_closes", LocalDate.class),
                rs.getInt("capacity"),
                rs.getInt("min_participants"),
                seatQuota,
                new CohortCost(
                        Pricing.valueOf(rs.getString("pricing")),
                        new Money(rs.getLong("cost_minor"), rs.getString("currency"))),
                CohortStatus.valueOf(rs.getString("status")));
    }
}
