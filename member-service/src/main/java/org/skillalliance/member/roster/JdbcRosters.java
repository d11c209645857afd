package org.skillalliance.member.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roster tables, and the names joined from the staff register (the only place that holds them). */
@Repository
class JdbcRosters {

    private final JdbcClient jdbc;

    JdbcRosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertCohort(UUID cohortId, UUID providerId, UUID organiserId, String status) {
        jdbc.sql("""
                insert into roster_cohort (cohort_id, provider_id, organiser_id, status)
                values (:cohortId, :providerId, :organiserId, :status)
                on conflict (cohort_id) do update set provider_id = excluded.provider_id,
                    organiser_id = excluded.organiser_id, status = excluded.status
                """)
                .param("cohortId", cohortId)
                .param("providerId", providerId)
                .param("organiserId", organiserId)
                .param("status", status)
                .update();
    }

    void upsertSeat(UUID enrolmentId, UUID cohortId, UUID staffId, String status) {
        jdbc.sql("""
                insert into roster_seat (enrolment_id, cohort_id, staff_id, status)
                values (:enrolmentId, :cohortId, :staffId, :status)
                on conflict (enrolment_id) do update set status = excluded.status
                """)
                .param("enrolmentId", enrolmentId)
                .param("cohortId", cohortId)
                .param("staffId", staffId)
                .param("status", status)
                .update();
    }

    /** Whose cohort it is, if curriculum-service has announced it. */
    Optional<RosterCohort> cohort(UUID cohortId) {
        return jdbc.sql("select provider_id, organiser_id from roster_cohort where cohort_id = :id")
                .param("id", cohortId)
                .query((rs, row) -> new RosterCohort(
                        cohortId, rs.getObject("provider_id", UUID.class), rs.getObject("organiser_id", UUID.class)))
                .optional();
    }

    /**
     * The seats of a cohort (confirmed or with an outcome) with their holders' names and employer, by last name, first
     * name; an erased person's seat keeps its ids and status but shows no name and no employer.
     */
    List<RosterEntry> entries(UUID cohortId) {
        return jdbc.sql("""
                select r.enrolment_id, r.staff_id, r.status,
                       case when s.status = 'ERASED' then null else s.first_name end as first_name,
                       case when s.status = 'ERASED' then null else s.last_name end as last_name,
                       case when s.status = 'ERASED' then null else o.legal_name end as employer_name
                from roster_seat r
                left join staff s on s.id = r.staff_id
                left join organisation o on o.id = s.employer_id
                where r.cohort_id = :cohortId and r.status in ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED', 'NO_SHOW')
                order by lower(last_name) nulls last, lower(first_name) nulls last, r.enrolment_id
                """)
                .param("cohortId", cohortId)
                .query((rs, row) -> new RosterEntry(
                        rs.getObject("enrolment_id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("employer_name"),
                        SeatStatus.valueOf(rs.getString("status"))))
                .list();
    }

    record RosterCohort(UUID cohortId, UUID providerId, UUID organiserId) {}
}
