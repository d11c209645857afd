package org.skillalliance.reporting.overview;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.skillalliance.reporting.evaluation.Evaluations;
import org.skillalliance.reporting.infrastructure.ProjectionsWatermark;
import org.skillalliance.reporting.workplace.WorkplaceLearningReports;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds {@link AllianceOverview}s from the projections. */
@Service
public class AllianceOverviews {

    private final JdbcClient jdbc;
    private final Evaluations evaluations;
    private final ProjectionsWatermark watermark;
    private final WorkplaceLearningReports workplaceLearning;

    AllianceOverviews(
            JdbcClient jdbc,
            Evaluations evaluations,
            ProjectionsWatermark watermark,
            WorkplaceLearningReports workplaceLearning) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.watermark = watermark;
        this.workplaceLearning = workplaceLearning;
    }

    /**
     * The overview of one alliance, for its coordinator (or an admin).
     *
     * @throws ApiException.Forbidden       for every role but {@code coordinator} (and admins), before anything is read
     * @throws ApiException.NotFound  unless the caller coordinates the alliance (an alliance not known yet included)
     */
    @Transactional(readOnly = true)
    public AllianceOverview overview(Caller caller, UUID allianceId) {
        caller.requireAnyRole("read alliance overviews", Set.of(Role.COORDINATOR));
        if (!caller.isAdmin() && !coordinates(caller, allianceId)) {
            throw new ApiException.NotFound("alliance", allianceId);
        }
        Map<String, Long> members = counts("""
                select status as key, count(*) as n from rp_membership where alliance_id = :id group by status
                """, allianceId);
        long offered = jdbc.sql(
                        "select coalesce(sum(capacity), 0) from rp_cohort where alliance_id = :id and status <> 'CANCELLED'")
                .param("id", allianceId)
                .query(Long.class)
                .single();
        long filled = jdbc.sql("""
                select count(*) from rp_enrolment e join rp_cohort c on c.id = e.cohort_id
                where c.alliance_id = :id and c.status <> 'CANCELLED'
                  and (e.outcome is not null or e.status = 'CONFIRMED')
                """).param("id", allianceId).query(Long.class).single();
        long waiting = jdbc.sql("""
                select count(*) from rp_enrolment e join rp_cohort c on c.id = e.cohort_id
                where c.alliance_id = :id and e.status = 'WAITLISTED' and e.outcome is null
                """).param("id", allianceId).query(Long.class).single();
        Map<String, Long> perMonth = counts("""
                select to_char(e.completed_on, 'YYYY-MM') as key, count(*) as n
                from rp_enrolment e join rp_cohort c on c.id = e.cohort_id
                where c.alliance_id = :id and e.outcome = 'COMPLETED' and e.completed_on is not null
                group by 1
                """, allianceId);
        Map<String, Long> skills = counts("""
                select s.category as key, count(distinct s.skill_id) as n
                from rp_course_skill s join rp_course co on co.id = s.course_id
                where co.alliance_id = :id and co.status = 'PUBLISHED'
                group by s.category
                """, allianceId);
        var asOf = watermark.currentAsOf();
        return new AllianceOverview(
                allianceId,
                asOf,
                members,
                offered,
                filled,
                waiting,
                perMonth,
                skills,
                evaluations.ofAlliance(allianceId),
                workplaceLearning.ofAlliance(allianceId));
    }

    private boolean coordinates(Caller caller, UUID allianceId) {
        return jdbc.sql("select coordinator_id from rp_alliance where id = :id")
                .param("id", allianceId)
                .query(UUID.class)
                .optional()
                .filter(caller::actsFor)
                .isPresent();
    }

    private Map<String, Long> counts(String sql, UUID allianceId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql)
                .param("id", allianceId)
                .query((rs, n) -> Map.entry(rs.getString("key"), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
