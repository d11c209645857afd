package org.skillalliance.funding.plan;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.money.Money;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training plans in PostgreSQL (one per programme, employer and cohort). */
@Repository
class JdbcTrainingPlans {

    private final JdbcClient jdbc;

    JdbcTrainingPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the plan unless one of its programme, employer and cohort exists; whether it was inserted. */
    boolean insertIfAbsent(TrainingPlan p) {
        return jdbc.sql("""
                        insert into training_plan (id, programme_id, employer_id, cohort_id, participant_ids,
                            planned_hours, cost_minor, currency, due_on, filed_on, created_at, updated_at)
                        values (:id, :programmeId, :employerId, :cohortId, cast(:participants as uuid[]), :hours, :cost, :currency,
                            :dueOn, :filedOn, :createdAt, :updatedAt)
                        on conflict (programme_id, employer_id, cohort_id) do nothing
                        """).params(params(p)).update() == 1;
    }

    void update(TrainingPlan p) {
        jdbc.sql("""
                update training_plan set participant_ids = cast(:participants as uuid[]), planned_hours = :hours, cost_minor = :cost,
                    currency = :currency, due_on = :dueOn, filed_on = :filedOn, updated_at = :updatedAt
                where id = :id
                """).params(params(p)).update();
    }

    Optional<TrainingPlan> find(UUID id) {
        return jdbc.sql("select * from training_plan where id = :id")
                .param("id", id)
                .query(JdbcTrainingPlans::map)
                .optional();
    }

    Optional<TrainingPlan> find(UUID programmeId, UUID employerId, UUID cohortId) {
        return find(programmeId, employerId, cohortId, "");
    }

    /** The plan of the programme, employer and cohort, its row locked until the transaction ends. */
    Optional<TrainingPlan> findForUpdate(UUID programmeId, UUID employerId, UUID cohortId) {
        return find(programmeId, employerId, cohortId, " for update");
    }

    private Optional<TrainingPlan> find(UUID programmeId, UUID employerId, UUID cohortId, String lock) {
        return jdbc.sql("""
                select * from training_plan
                where programme_id = :programmeId and employer_id = :employerId and cohort_id = :cohortId
                """ + lock)
                .param("programmeId", programmeId)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query(JdbcTrainingPlans::map)
                .optional();
    }

    List<TrainingPlan> list(TrainingPlanFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from training_plan" + where + " order by created_at, id limit :limit offset :offset")
                .params(params)
                .query(JdbcTrainingPlans::map)
                .list();
    }

    long count(TrainingPlanFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from training_plan" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(TrainingPlanFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.programmeId() != null) {
            conditions.add("programme_id = :programmeId");
            params.put("programmeId", f.programmeId());
        }
        if (f.employerId() != null) {
            conditions.add("employer_id = :employerId");
            params.put("employerId", f.employerId());
        }
        if (f.cohortId() != null) {
            conditions.add("cohort_id = :cohortId");
            params.put("cohortId", f.cohortId());
        }
        if (f.viewer() != null) {
            conditions.add(
                    "(employer_id = :viewer or programme_id in (select id from programme where funder_id = :viewer))");
            params.put("viewer", f.viewer());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> params(TrainingPlan p) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", p.id());
        params.put("programmeId", p.programmeId());
        params.put("employerId", p.employerId());
        params.put("cohortId", p.cohortId());
        params.put(
                "participants", p.participantIds().stream().map(UUID::toString).toArray(String[]::new));
        params.put("hours", p.plannedHours());
        params.put("cost", p.cost().amountMinor());
        params.put("currency", p.cost().currency());
        params.put("dueOn", Date.valueOf(p.dueOn()));
        params.put("filedOn", Date.valueOf(p.filedOn()));
        params.put("createdAt", Timestamp.from(p.createdAt()));
        params.put("updatedAt", Timestamp.from(p.updatedAt()));
        return params;
    }

    private static TrainingPlan map(ResultSet rs, int row) throws SQLException {
        return new TrainingPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                uuids(rs.getArray("participant_ids")),
                rs.getBigDecimal("planned_hours").stripTrailingZeros(),
                Money.of(rs.getLong("cost_minor"), rs.getString("currency").trim()),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("filed_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }
}
