package org.skillalliance.funding.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Employers' results for cohorts, their measures and their append-only change log, in PostgreSQL. */
@Repository
class JdbcCohortResults {

    /** The outcomes that mean the employer's staff attended the cohort. */
    static final String ATTENDED = "('COMPLETED', 'NOT_COMPLETED')";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCohortResults(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CohortResults> find(UUID employerId, UUID cohortId) {
        return find(employerId, cohortId, "");
    }

    /**
     * The employer's results for the cohort, their row locked until the transaction ends: created first (revision 0,
     * in {@code currency}) when there are none, so that even the first changes of two requests serialise on it.
     */
    CohortResults lock(UUID employerId, UUID cohortId, String currency, Instant now) {
        jdbc.sql("""
                insert into cohort_results (employer_id, cohort_id, currency, revision, updated_at)
                values (:employerId, :cohortId, :currency, 0, :now)
                on conflict (employer_id, cohort_id) do nothing
                """)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .param("currency", currency)
                .param("now", Timestamp.from(now))
                .update();
        return find(employerId, cohortId, " for update").orElseThrow();
    }

    private Optional<CohortResults> find(UUID employerId, UUID cohortId, String lock) {
        return jdbc.sql("select * from cohort_results where employer_id = :employerId and cohort_id = :cohortId" + lock)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query((rs, n) -> new CohortResults(
                        employerId,
                        cohortId,
                        rs.getString("currency").trim(),
                        rs.getObject("hourly_wage_cost_minor", Long.class),
                        measures(employerId, cohortId),
                        rs.getInt("revision")))
                .optional();
    }

    private List<BusinessMeasure> measures(UUID employerId, UUID cohortId) {
        return jdbc.sql("""
                select * from business_measure where employer_id = :employerId and cohort_id = :cohortId
                order by position
                """)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query(JdbcCohortResults::measure)
                .list();
    }

    /**
     * Stores the results after a change (the row is locked), with the change's line of the log. The row must still be
     * at the revision the change started from: the lock makes anything else impossible for results read by
     * {@link #lock}, so a mismatch means results read without it (or a writer that skipped it), and then nothing is
     * written.
     *
     * @throws ApiException.Conflict 409 naming {@code revision} when the row is not at the revision before the change
     */
    void save(CohortResults results, CohortResultsEvent change, String by) {
        int updated = jdbc.sql("""
                update cohort_results set hourly_wage_cost_minor = :wage, revision = :revision, updated_at = :at
                where employer_id = :employerId and cohort_id = :cohortId and revision = :revision - 1
                """)
                .param("wage", results.hourlyWageCostMinor())
                .param("revision", results.revision())
                .param("at", Timestamp.from(change.at()))
                .param("employerId", results.employerId())
                .param("cohortId", results.cohortId())
                .update();
        if (updated != 1) {
            throw new ApiException.Conflict(
                    "revision",
                    "the results changed while this change was made (it started from revision "
                            + (results.revision() - 1) + "); read them again and retry");
        }
        jdbc.sql("delete from business_measure where employer_id = :employerId and cohort_id = :cohortId")
                .param("employerId", results.employerId())
                .param("cohortId", results.cohortId())
                .update();
        List<BusinessMeasure> measures = results.measures();
        for (int position = 0; position < measures.size(); position++) {
            BusinessMeasure m = measures.get(position);
            jdbc.sql("""
                    insert into business_measure (id, employer_id, cohort_id, position, name, unit, value_before,
                        value_after, higher_is_better, unit_value_minor, attribution_percent, confidence_percent)
                    values (:id, :employerId, :cohortId, :position, :name, :unit, :before, :after, :higherIsBetter,
                        :unitValue, :attribution, :confidence)
                    """)
                    .param("id", m.id())
                    .param("employerId", results.employerId())
                    .param("cohortId", results.cohortId())
                    .param("position", position)
                    .param("name", m.name())
                    .param("unit", m.unit())
                    .param("before", m.valueBefore())
                    .param("after", m.valueAfter())
                    .param("higherIsBetter", m.higherIsBetter())
                    .param("unitValue", m.unitValueMinor())
                    .param("attribution", m.attributionPercent())
                    .param("confidence", m.confidencePercent())
                    .update();
        }
        jdbc.sql("""
                insert into cohort_results_change (employer_id, cohort_id, revision, changed_at, changed_by, action,
                    measure_id, before, after)
                values (:employerId, :cohortId, :revision, :at, :by, :action, :measureId, cast(:before as jsonb),
                    cast(:after as jsonb))
                """)
                .param("employerId", results.employerId())
                .param("cohortId", results.cohortId())
                .param("revision", change.revision())
                .param("at", Timestamp.from(change.at()))
                .param("by", by)
                .param("action", ResultsChangeAction.of(change).name())
                .param("measureId", change.measureId())
                .param("before", before(change))
                .param("after", after(change))
                .update();
    }

    /** The change log of the employer's results for the cohort, oldest first. */
    List<CohortResultsChange> changes(UUID employerId, UUID cohortId, PageQuery page) {
        return jdbc.sql("""
                select * from cohort_results_change where employer_id = :employerId and cohort_id = :cohortId
                order by revision limit :limit offset :offset
                """)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new CohortResultsChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        ResultsChangeAction.valueOf(rs.getString("action")),
                        rs.getObject("measure_id", UUID.class),
                        changedValues(rs.getString("before")),
                        changedValues(rs.getString("after"))))
                .list();
    }

    long countChanges(UUID employerId, UUID cohortId) {
        return jdbc.sql("select count(*) from cohort_results_change where employer_id = :employerId"
                        + " and cohort_id = :cohortId")
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query(Long.class)
                .single();
    }

    /**
     * The employer-and-cohort pairs a list shows: results reported, and cohorts the employer's staff attended (which
     * it may report on), latest cohort first; {@code employerId} null for every employer.
     */
    List<Key> keys(UUID employerId, UUID cohortId, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select p.employer_id, p.cohort_id" + pairs(employerId, cohortId, params)
                        + " order by c.start_date desc, p.cohort_id, p.employer_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) ->
                        new Key(rs.getObject("employer_id", UUID.class), rs.getObject("cohort_id", UUID.class)))
                .list();
    }

    long count(UUID employerId, UUID cohortId) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + pairs(employerId, cohortId, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Whether a seat of the employer in the cohort has the outcome COMPLETED or NOT_COMPLETED. */
    boolean attended(UUID employerId, UUID cohortId) {
        return jdbc.sql("select exists (select 1 from fact_outcome where employer_id = :employerId"
                        + " and cohort_id = :cohortId and outcome in " + ATTENDED + ")")
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query(Boolean.class)
                .single();
    }

    record Key(UUID employerId, UUID cohortId) {}

    private static String pairs(UUID employerId, UUID cohortId, Map<String, Object> params) {
        String where = "";
        if (employerId != null) {
            where += " and employer_id = :employerId";
            params.put("employerId", employerId);
        }
        if (cohortId != null) {
            where += " and cohort_id = :cohortId";
            params.put("cohortId", cohortId);
        }
        return " from (select employer_id, cohort_id from cohort_results where true" + where
                + " union select employer_id, cohort_id from fact_outcome where outcome in " + ATTENDED + where
                + ") p join fact_cohort c on c.id = p.cohort_id";
    }

    private String before(CohortResultsEvent change) {
        return switch (change) {
            case CohortResultsEvent.MeasureAdded added -> null;
            case CohortResultsEvent.MeasureCorrected corrected -> measureJson(corrected.before());
            case CohortResultsEvent.MeasureWithdrawn withdrawn -> measureJson(withdrawn.withdrawn());
            case CohortResultsEvent.WageCostSet set -> set.before() == null ? null : wageJson(set.before());
        };
    }

    private String after(CohortResultsEvent change) {
        return switch (change) {
            case CohortResultsEvent.MeasureAdded added -> measureJson(added.added());
            case CohortResultsEvent.MeasureCorrected corrected -> measureJson(corrected.after());
            case CohortResultsEvent.MeasureWithdrawn withdrawn -> null;
            case CohortResultsEvent.WageCostSet set -> wageJson(set.after());
        };
    }

    private String measureJson(BusinessMeasure m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", m.id());
        fields.put("name", m.name());
        fields.put("unit", m.unit());
        fields.put("valueBefore", m.valueBefore());
        fields.put("valueAfter", m.valueAfter());
        fields.put("higherIsBetter", m.higherIsBetter());
        fields.put("unitValueMinor", m.unitValueMinor());
        fields.put("attributionPercent", m.attributionPercent());
        fields.put("confidencePercent", m.confidencePercent());
        return json.writeValueAsString(fields);
    }

    private String wageJson(long hourlyWageCostMinor) {
        return json.writeValueAsString(Map.of("hourlyWageCostMinor", hourlyWageCostMinor));
    }

    private ChangedValues changedValues(String text) {
        return text == null ? null : json.readValue(text, ChangedValues.class);
    }

    private static BusinessMeasure measure(ResultSet rs, int n) throws SQLException {
        return new BusinessMeasure(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("unit"),
                rs.getBigDecimal("value_before"),
                rs.getBigDecimal("value_after"),
                rs.getBoolean("higher_is_better"),
                rs.getLong("unit_value_minor"),
                rs.getInt("attribution_percent"),
                rs.getInt("confidence_percent"));
    }
}
