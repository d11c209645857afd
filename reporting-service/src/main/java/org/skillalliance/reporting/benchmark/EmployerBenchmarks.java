package org.skillalliance.reporting.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.reporting.infrastructure.ProjectionsWatermark;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link EmployerBenchmark}s over the alliance's employers with seats in its cohorts. Quartiles by linear
 * interpolation between closest ranks; values are per employer, so one large employer counts once.
 */
@Service
public class EmployerBenchmarks {

    private final JdbcClient jdbc;
    private final ProjectionsWatermark watermark;
    private final int minimumEmployers;

    EmployerBenchmarks(
            JdbcClient jdbc,
            ProjectionsWatermark watermark,
            @Value("${skillalliance.reporting.benchmark-minimum-employers:5}") int minimumEmployers) {
        this.jdbc = jdbc;
        this.watermark = watermark;
        this.minimumEmployers = minimumEmployers;
    }

    private record EmployerFigures(
            UUID employerId,
            BigDecimal participants,
            BigDecimal completionRate,
            BigDecimal credentialRate,
            BigDecimal skillGainRate,
            BigDecimal hoursPerParticipant,
            BigDecimal meanSatisfaction) {}

    /**
     * One employer's figures against its alliance's quartiles: for the employer's {@code member-admin} (while the
     * employer is an active or suspended member of the alliance), the alliance's coordinator, or an admin.
     *
     * @throws ApiException.Forbidden       for every role but {@code member-admin} and {@code coordinator} (and admins)
     * @throws ApiException.NotFound  for another employer's benchmark, an alliance the employer is no member of (never
     *                                was, only applied, was rejected or withdrew), or an alliance the coordinator does
     *                                not coordinate
     */
    private boolean coordinates(Caller caller, UUID allianceId) {
        return caller.has(Role.COORDINATOR)
                && jdbc.sql("select coordinator_id from rp_alliance where id = :id")
                        .param("id", allianceId)
                        .query(UUID.class)
                        .optional()
                        .filter(caller::actsFor)
                        .isPresent();
    }

    /**
     * The employer was admitted to the alliance and has not left it: a membership that is ACTIVE or SUSPENDED (a
     * suspended member may not enrol, but its own figures stay its own). An application still pending, a rejected one
     * and a withdrawn membership give no view of the alliance's quartiles.
     */
    private boolean ownMembership(Caller caller, UUID allianceId, UUID employerId) {
        return caller.has(Role.MEMBER_ADMIN)
                && caller.actsFor(employerId)
                && jdbc.sql("""
                select exists (select 1 from rp_membership where alliance_id = :alliance and organisation_id = :employer
                               and status in ('ACTIVE', 'SUSPENDED'))
                """)
                        .param("alliance", allianceId)
                        .param("employer", employerId)
                        .query(Boolean.class)
                        .single();
    }

    @Transactional(readOnly = true)
    public EmployerBenchmark benchmark(Caller caller, UUID allianceId, UUID employerId) {
        caller.requireAnyRole("read employer benchmarks", Set.of(Role.MEMBER_ADMIN, Role.COORDINATOR));
        if (!caller.isAdmin() && !coordinates(caller, allianceId) && !ownMembership(caller, allianceId, employerId)) {
            throw new ApiException.NotFound("benchmark of employer " + employerId + " in alliance", allianceId);
        }
        List<EmployerFigures> employers = jdbc.sql("""
                select e.employer_id,
                       count(distinct e.staff_id) as participants,
                       count(*) filter (where e.outcome = 'COMPLETED') as completed,
                       count(*) filter (where e.outcome is not null) as with_outcome,
                       count(*) filter (where e.outcome is not null and e.credential) as credentials,
                       count(*) filter (where e.pre_score is not null and e.post_score is not null) as scored,
                       count(*) filter (where e.post_score - e.pre_score >= 10) as gained,
                       coalesce(sum(e.attended_hours) filter (where e.outcome is not null), 0) as hours,
                       avg(e.satisfaction) as satisfaction
                from rp_enrolment e join rp_cohort c on c.id = e.cohort_id
                where c.alliance_id = :alliance
                  and (e.outcome is not null or (c.started_at is not null and e.confirmed_at is not null
                       and (e.ended_at is null or e.ended_at >= c.started_at)))
                group by e.employer_id
                order by e.employer_id
                """)
                .param("alliance", allianceId)
                .query((rs, n) -> {
                    long participants = rs.getLong("participants");
                    long withOutcome = rs.getLong("with_outcome");
                    long scored = rs.getLong("scored");
                    BigDecimal satisfaction = rs.getBigDecimal("satisfaction");
                    return new EmployerFigures(
                            rs.getObject("employer_id", UUID.class),
                            BigDecimal.valueOf(participants),
                            ratio(rs.getLong("completed"), withOutcome),
                            ratio(rs.getLong("credentials"), withOutcome),
                            ratio(rs.getLong("gained"), scored),
                            participants == 0
                                    ? null
                                    : rs.getBigDecimal("hours")
                                            .divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP),
                            satisfaction == null ? null : satisfaction.setScale(2, RoundingMode.HALF_UP));
                })
                .list();
        EmployerFigures own = employers.stream()
                .filter(e -> e.employerId().equals(employerId))
                .findFirst()
                .orElse(null);
        Map<String, EmployerBenchmark.Metric> metrics = new LinkedHashMap<>();
        metric(metrics, "participants", employers, own, EmployerFigures::participants);
        metric(metrics, "completionRate", employers, own, EmployerFigures::completionRate);
        metric(metrics, "credentialRate", employers, own, EmployerFigures::credentialRate);
        metric(metrics, "skillGainRate", employers, own, EmployerFigures::skillGainRate);
        metric(metrics, "trainingHoursPerParticipant", employers, own, EmployerFigures::hoursPerParticipant);
        metric(metrics, "meanSatisfaction", employers, own, EmployerFigures::meanSatisfaction);
        var asOf = watermark.currentAsOf();
        return new EmployerBenchmark(allianceId, employerId, asOf, minimumEmployers, metrics);
    }

    private void metric(
            Map<String, EmployerBenchmark.Metric> metrics,
            String name,
            List<EmployerFigures> employers,
            EmployerFigures own,
            java.util.function.Function<EmployerFigures, BigDecimal> value) {
        List<BigDecimal> values = new ArrayList<>();
        for (EmployerFigures figures : employers) {
            BigDecimal v = value.apply(figures);
            if (v != null) {
                values.add(v);
            }
        }
        values.sort(null);
        BigDecimal ownValue = own == null ? null : value.apply(own);
        if (values.size() < minimumEmployers) {
            metrics.put(name, new EmployerBenchmark.Metric(ownValue, values.size(), true, null, null, null));
            return;
        }
        metrics.put(
                name,
                new EmployerBenchmark.Metric(
                        ownValue,
                        values.size(),
                        false,
                        quantile(values, 0.25),
                        quantile(values, 0.5),
                        quantile(values, 0.75)));
    }

    /** Linear interpolation between closest ranks (the R-7 / spreadsheet method). */
    static BigDecimal quantile(List<BigDecimal> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        BigDecimal fraction = BigDecimal.valueOf(position - lower);
        BigDecimal low = sorted.get(lower);
        BigDecimal high = sorted.get(upper);
        return low.add(high.subtract(low).multiply(fraction)).setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
