package org.skillalliance.funding.programme;

import java.math.BigDecimal;
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
import org.skillalliance.funding.shared.SizeBand;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes and their band rules in PostgreSQL. */
@Repository
class JdbcProgrammes {

    private final JdbcClient jdbc;

    JdbcProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GrantProgramme p) {
        jdbc.sql("""
                insert into programme (id, funder_id, name, currency, budget_minor, period_start, period_end,
                    eligible_alliance_ids, eligible_size_bands, eligible_sector_codes, eligible_regions,
                    required_priority_tags, cap_per_participant, cap_per_employer, suppression_k, status,
                    created_at, updated_at, plan_lead_days, minimum_attended_hours, attendance_threshold,
                    claim_window_days, ojt_rate_per_hour_minor, ojt_max_hours_per_participant,
                    ojt_requires_off_the_job)
                values (:id, :funderId, :name, :currency, :budget, :periodStart, :periodEnd, cast(:alliances as uuid[]), :bands,
                    :sectors, :regions, :tags, :capParticipant, :capEmployer, :k, :status, :createdAt, :updatedAt,
                    :planLeadDays, :minimumAttendedHours, :attendanceThreshold, :claimWindowDays, :ojtRate, :ojtMaxHours,
                    :ojtRequiresOffTheJob)
                """).params(params(p)).update();
        insertRules(p);
    }

    void update(GrantProgramme p) {
        jdbc.sql("""
                update programme set name = :name, currency = :currency, budget_minor = :budget,
                    period_start = :periodStart, period_end = :periodEnd, eligible_alliance_ids = cast(:alliances as uuid[]),
                    eligible_size_bands = :bands, eligible_sector_codes = :sectors, eligible_regions = :regions,
                    required_priority_tags = :tags, cap_per_participant = :capParticipant,
                    cap_per_employer = :capEmployer, suppression_k = :k, status = :status, updated_at = :updatedAt,
                    plan_lead_days = :planLeadDays, minimum_attended_hours = :minimumAttendedHours,
                    attendance_threshold = :attendanceThreshold, claim_window_days = :claimWindowDays,
                    ojt_rate_per_hour_minor = :ojtRate, ojt_max_hours_per_participant = :ojtMaxHours,
                    ojt_requires_off_the_job = :ojtRequiresOffTheJob
                where id = :id
                """).params(params(p)).update();
        for (String table : List.of("programme_band_rule", "programme_milestone", "programme_requirement")) {
            jdbc.sql("delete from " + table + " where programme_id = :id")
                    .param("id", p.id())
                    .update();
        }
        insertRules(p);
    }

    Optional<GrantProgramme> find(UUID id) {
        return jdbc.sql("select * from programme where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Locks the programme row: awards against one programme serialise on it, so the budget check holds. */
    Optional<GrantProgramme> findForUpdate(UUID id) {
        return jdbc.sql("select * from programme where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<GrantProgramme> list(ProgrammeFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from programme" + where + " order by created_at, id limit :limit offset :offset")
                .params(params)
                .query(this::map)
                .list();
    }

    long count(ProgrammeFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from programme" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(ProgrammeFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.funderId() != null) {
            conditions.add("funder_id = :funderId");
            params.put("funderId", filter.funderId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.allianceId() != null) {
            conditions.add("(cardinality(eligible_alliance_ids) = 0 or :allianceId = any(eligible_alliance_ids))");
            params.put("allianceId", filter.allianceId());
        }
        if (filter.viewer() != null) {
            conditions.add("(status <> 'DRAFT' or funder_id = :viewer)");
            params.put("viewer", filter.viewer());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void insertRules(GrantProgramme p) {
        for (BandRule rule : p.bandRules()) {
            jdbc.sql("""
                    insert into programme_band_rule (programme_id, size_band, cost_rate, wage_subsidy_per_hour_minor,
                        minimum_employer_share)
                    values (:id, :band, :rate, :wage, :minShare)
                    """)
                    .param("id", p.id())
                    .param("band", rule.sizeBand().name())
                    .param("rate", rule.costRate())
                    .param("wage", rule.wageSubsidyPerHourMinor())
                    .param("minShare", rule.minimumEmployerShare())
                    .update();
        }
        for (MilestoneShare m : p.schemeRules().milestones()) {
            jdbc.sql(
                            "insert into programme_milestone (programme_id, milestone, share) values (:id, :milestone, :share)")
                    .param("id", p.id())
                    .param("milestone", m.milestone().name())
                    .param("share", m.share())
                    .update();
        }
        List<Requirement> requirements = p.schemeRules().requirements();
        for (int i = 0; i < requirements.size(); i++) {
            Requirement q = requirements.get(i);
            jdbc.sql("""
                    insert into programme_requirement (programme_id, position, requirement_key, kind, due_on,
                        before_milestone)
                    values (:id, :position, :key, :kind, :dueOn, :beforeMilestone)
                    """)
                    .param("id", p.id())
                    .param("position", i)
                    .param("key", q.key())
                    .param("kind", q.kind().name())
                    .param("dueOn", q.dueOn() == null ? null : Date.valueOf(q.dueOn()))
                    .param(
                            "beforeMilestone",
                            q.beforeMilestone() == null
                                    ? null
                                    : q.beforeMilestone().name())
                    .update();
        }
    }

    private static Map<String, Object> params(GrantProgramme p) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", p.id());
        params.put("funderId", p.funderId());
        params.put("name", p.name());
        params.put("currency", p.currency());
        params.put("budget", p.budget().amountMinor());
        params.put("periodStart", Date.valueOf(p.periodStart()));
        params.put("periodEnd", Date.valueOf(p.periodEnd()));
        params.put(
                "alliances",
                p.eligibility().allianceIds().stream().map(UUID::toString).toArray(String[]::new));
        params.put("bands", p.eligibility().sizeBands().stream().map(Enum::name).toArray(String[]::new));
        params.put("sectors", p.eligibility().sectorCodes().toArray(String[]::new));
        params.put("regions", p.eligibility().regions().toArray(String[]::new));
        params.put("tags", p.eligibility().requiredPriorityTags().toArray(String[]::new));
        params.put("capParticipant", p.capPerParticipantMinor());
        params.put("capEmployer", p.capPerEmployerMinor());
        params.put("k", p.suppressionK());
        params.put("status", p.status().name());
        params.put("createdAt", Timestamp.from(p.createdAt()));
        params.put("updatedAt", Timestamp.from(p.updatedAt()));
        SchemeRules rules = p.schemeRules();
        params.put("planLeadDays", rules.planLeadDays());
        params.put("minimumAttendedHours", rules.minimumAttendedHours());
        params.put("attendanceThreshold", rules.attendanceThreshold());
        params.put("claimWindowDays", rules.claimWindowDays());
        OnTheJobRule onTheJob = rules.onTheJob();
        params.put("ojtRate", onTheJob == null ? null : onTheJob.ratePerHourMinor());
        params.put("ojtMaxHours", onTheJob == null ? null : onTheJob.maxHoursPerParticipant());
        params.put("ojtRequiresOffTheJob", onTheJob == null ? null : onTheJob.requiresOffTheJob());
        return params;
    }

    private GrantProgramme map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<BandRule> rules = jdbc.sql("select * from programme_band_rule where programme_id = :id")
                .param("id", id)
                .query((r, n) -> new BandRule(
                        SizeBand.valueOf(r.getString("size_band")),
                        r.getBigDecimal("cost_rate").stripTrailingZeros(),
                        r.getLong("wage_subsidy_per_hour_minor"),
                        r.getBigDecimal("minimum_employer_share").stripTrailingZeros()))
                .list();
        Eligibility eligibility = new Eligibility(
                Arrays.asList((UUID[]) rs.getArray("eligible_alliance_ids").getArray()),
                strings(rs.getArray("eligible_size_bands")).stream()
                        .map(SizeBand::valueOf)
                        .toList(),
                strings(rs.getArray("eligible_sector_codes")),
                strings(rs.getArray("eligible_regions")),
                strings(rs.getArray("required_priority_tags")));
        return new GrantProgramme(
                id,
                rs.getObject("funder_id", UUID.class),
                rs.getString("name"),
                Money.of(rs.getLong("budget_minor"), rs.getString("currency").trim()),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                eligibility,
                rules,
                (Long) rs.getObject("cap_per_participant"),
                (Long) rs.getObject("cap_per_employer"),
                rs.getInt("suppression_k"),
                schemeRules(id, rs),
                ProgrammeStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private SchemeRules schemeRules(UUID id, ResultSet rs) throws SQLException {
        List<MilestoneShare> milestones = jdbc.sql("select * from programme_milestone where programme_id = :id")
                .param("id", id)
                .query((r, n) -> new MilestoneShare(
                        Milestone.valueOf(r.getString("milestone")),
                        r.getBigDecimal("share").stripTrailingZeros()))
                .list();
        List<Requirement> requirements = jdbc.sql(
                        "select * from programme_requirement where programme_id = :id order by position")
                .param("id", id)
                .query((r, n) -> new Requirement(
                        r.getString("requirement_key"),
                        RequirementKind.valueOf(r.getString("kind")),
                        r.getObject("due_on", LocalDate.class),
                        r.getString("before_milestone") == null
                                ? null
                                : Milestone.valueOf(r.getString("before_milestone"))))
                .list();
        BigDecimal hours = rs.getBigDecimal("minimum_attended_hours");
        BigDecimal threshold = rs.getBigDecimal("attendance_threshold");
        return new SchemeRules(
                (Integer) rs.getObject("plan_lead_days"),
                hours == null ? null : hours.stripTrailingZeros(),
                threshold == null ? null : threshold.stripTrailingZeros(),
                (Integer) rs.getObject("claim_window_days"),
                milestones,
                requirements,
                onTheJob(rs));
    }

    private static OnTheJobRule onTheJob(ResultSet rs) throws SQLException {
        Long rate = (Long) rs.getObject("ojt_rate_per_hour_minor");
        return rate == null
                ? null
                : new OnTheJobRule(
                        rate,
                        rs.getBigDecimal("ojt_max_hours_per_participant"),
                        rs.getBoolean("ojt_requires_off_the_job"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
