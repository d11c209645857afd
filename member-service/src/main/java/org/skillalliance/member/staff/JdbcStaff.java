package org.skillalliance.member.staff;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff in PostgreSQL; erasure nulls every column but the id, the employer, the status and the time of erasure. */
@Repository
class JdbcStaff {

    private final JdbcClient jdbc;

    JdbcStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StaffMember s) {
        jdbc.sql("""
                insert into staff (id, employer_id, status, first_name, last_name, email, email_key, job_role_isco,
                                   employment_start, employment_end, consent_to_reporting, gender, age_band,
                                   created_at, updated_at)
                values (:id, :employerId, :status, :firstName, :lastName, :email, :emailKey, :jobRoleIsco,
                        :employmentStart, :employmentEnd, :consent, :gender, :ageBand, :createdAt, :updatedAt)
                """).params(parameters(s)).update();
    }

    void update(StaffMember s) {
        jdbc.sql("""
                update staff set status = :status, first_name = :firstName, last_name = :lastName, email = :email,
                       email_key = :emailKey, job_role_isco = :jobRoleIsco, employment_start = :employmentStart,
                       employment_end = :employmentEnd, consent_to_reporting = :consent, gender = :gender,
                       age_band = :ageBand, updated_at = :updatedAt
                where id = :id
                """).params(parameters(s)).update();
    }

    void erase(StaffMember s) {
        jdbc.sql("""
                update staff set status = 'ERASED', first_name = null, last_name = null, email = null, email_key = null,
                       job_role_isco = null, employment_start = null, employment_end = null,
                       consent_to_reporting = null, gender = null, age_band = null, created_at = null,
                       updated_at = null, erased_at = :erasedAt
                where id = :id
                """)
                .param("id", s.id())
                .param("erasedAt", Timestamp.from(s.erasedAt()))
                .update();
    }

    Optional<StaffMember> find(UUID id) {
        return jdbc.sql("select * from staff where id = :id")
                .param("id", id)
                .query(JdbcStaff::map)
                .optional();
    }

    Optional<StaffMember> findForUpdate(UUID id) {
        return jdbc.sql("select * from staff where id = :id for update")
                .param("id", id)
                .query(JdbcStaff::map)
                .optional();
    }

    Optional<StaffMember> findByEmailForUpdate(UUID employerId, String emailKey) {
        return jdbc.sql("select * from staff where employer_id = :employerId and email_key = :emailKey for update")
                .param("employerId", employerId)
                .param("emailKey", emailKey)
                .query(JdbcStaff::map)
                .optional();
    }

    List<StaffMember> list(StaffFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from staff" + where + " order by id limit :limit offset :offset")
                .params(params)
                .query(JdbcStaff::map)
                .list();
    }

    long count(StaffFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from staff" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(StaffFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.employerId() != null) {
            conditions.add("employer_id = :employerId");
            params.put("employerId", filter.employerId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.text() != null) {
            // ILIKE on the columns erasure nulls; an erased row is excluded outright all the same
            conditions.add("""
                    status <> 'ERASED' and (first_name ilike :pattern escape '\\' or last_name ilike :pattern escape '\\'
                         or email ilike :pattern escape '\\' or job_role_isco ilike :pattern escape '\\')""");
            params.put("pattern", filter.containsPattern());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(StaffMember s) {
        StaffDetails d = s.details();
        Map<String, Object> params = new HashMap<>();
        params.put("id", s.id());
        params.put("employerId", s.employerId());
        params.put("status", s.status().name());
        params.put("firstName", d.firstName());
        params.put("lastName", d.lastName());
        params.put("email", d.email());
        params.put("emailKey", d.email());
        params.put("jobRoleIsco", d.jobRoleIsco());
        params.put("employmentStart", date(d.employmentStart()));
        params.put("employmentEnd", date(d.employmentEnd()));
        params.put("consent", d.consentToReporting());
        params.put("gender", d.gender() == null ? null : d.gender().name());
        params.put("ageBand", d.ageBand() == null ? null : d.ageBand().name());
        params.put("createdAt", Timestamp.from(s.createdAt()));
        params.put("updatedAt", Timestamp.from(s.updatedAt()));
        return params;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static StaffMember map(ResultSet rs, int row) throws SQLException {
        StaffStatus status = StaffStatus.valueOf(rs.getString("status"));
        UUID id = rs.getObject("id", UUID.class);
        UUID employerId = rs.getObject("employer_id", UUID.class);
        if (status == StaffStatus.ERASED) {
            return new StaffMember(id, employerId, status, null, null, null, instant(rs.getTimestamp("erased_at")));
        }
        String gender = rs.getString("gender");
        String ageBand = rs.getString("age_band");
        StaffDetails details = new StaffDetails(
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("email"),
                rs.getString("job_role_isco"),
                rs.getObject("employment_start", LocalDate.class),
                rs.getObject("employment_end", LocalDate.class),
                rs.getBoolean("consent_to_reporting"),
                gender == null ? null : Gender.valueOf(gender),
                ageBand == null ? null : AgeBand.valueOf(ageBand));
        return new StaffMember(
                id,
                employerId,
                status,
                details,
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
