package org.skillalliance.reporting.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the evaluation needs from the projections: follow-ups, results, cohorts, and the costs of seats. */
@Repository
class JdbcEvaluationFacts {

    private final JdbcClient jdbc;

    JdbcEvaluationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An employer with seats in a cohort: the unit results, ratings and payments are read for. */
    record EmployerInCohort(UUID cohortId, UUID employerId) {}

    /** An employer's latest results for a cohort. */
    record Results(String currency, Long hourlyWageCostMinor, List<Measure> measures) {}

    /**
     * The follow-up ratings of the completed seats of the given pairs ({@code cohorts[i]} with {@code employers[i]}).
     * A report counts all of an employer's seats in a cohort or none, so these are the ratings of its seats counted.
     */
    Map<EmployerInCohort, List<Integer>> completedRatings(List<UUID> cohorts, List<UUID> employers) {
        Map<EmployerInCohort, List<Integer>> ratings = new HashMap<>();
        if (cohorts.isEmpty()) {
            return ratings;
        }
        jdbc.sql("""
                select f.cohort_id, f.employer_id, f.rating from rp_follow_up f
                join unnest(cast(:cohorts as uuid[]), cast(:employers as uuid[])) as pair (cohort_id, employer_id)
                  on f.cohort_id = pair.cohort_id and f.employer_id = pair.employer_id
                join rp_seat s on s.enrolment_id = f.enrolment_id and s.outcome = 'COMPLETED'
                """)
                .param("cohorts", cohorts.toArray(UUID[]::new))
                .param("employers", employers.toArray(UUID[]::new))
                .query((rs, n) -> {
                    ratings.computeIfAbsent(
                                    new EmployerInCohort(
                                            rs.getObject("cohort_id", UUID.class),
                                            rs.getObject("employer_id", UUID.class)),
                                    p -> new ArrayList<>())
                            .add(rs.getInt("rating"));
                    return null;
                })
                .list();
        return ratings;
    }

    /** The latest results of the given pairs, with their measures. */
    Map<EmployerInCohort, Results> results(List<UUID> cohorts, List<UUID> employers) {
        Map<EmployerInCohort, Results> results = new HashMap<>();
        if (cohorts.isEmpty()) {
            return results;
        }
        jdbc.sql("""
                select r.cohort_id, r.employer_id, r.currency, r.hourly_wage_cost_minor from rp_cohort_results r
                join unnest(cast(:cohorts as uuid[]), cast(:employers as uuid[])) as pair (cohort_id, employer_id)
                  on r.cohort_id = pair.cohort_id and r.employer_id = pair.employer_id
                """)
                .param("cohorts", cohorts.toArray(UUID[]::new))
                .param("employers", employers.toArray(UUID[]::new))
                .query((rs, n) -> results.put(
                        new EmployerInCohort(
                                rs.getObject("cohort_id", UUID.class), rs.getObject("employer_id", UUID.class)),
                        new Results(
                                rs.getString("currency"),
                                (Long) rs.getObject("hourly_wage_cost_minor"),
                                new ArrayList<>())))
                .list();
        jdbc.sql("""
                select m.* from rp_cohort_result_measure m
                join unnest(cast(:cohorts as uuid[]), cast(:employers as uuid[])) as pair (cohort_id, employer_id)
                  on m.cohort_id = pair.cohort_id and m.employer_id = pair.employer_id
                order by m.measure_id
                """)
                .param("cohorts", cohorts.toArray(UUID[]::new))
                .param("employers", employers.toArray(UUID[]::new))
                .query((rs, n) -> {
                    Results of = results.get(new EmployerInCohort(
                            rs.getObject("cohort_id", UUID.class), rs.getObject("employer_id", UUID.class)));
                    if (of != null) {
                        of.measures()
                                .add(new Measure(
                                        rs.getBigDecimal("value_before"),
                                        rs.getBigDecimal("value_after"),
                                        rs.getBoolean("higher_is_better"),
                                        rs.getLong("unit_value_minor"),
                                        rs.getInt("attribution_percent"),
                                        rs.getInt("confidence_percent")));
                    }
                    return null;
                })
                .list();
        return results;
    }

    /** The course, dates and currency of the cohorts known so far. */
    Map<UUID, CohortFacts> cohorts(Collection<UUID> cohorts) {
        Map<UUID, CohortFacts> facts = new HashMap<>();
        if (cohorts.isEmpty()) {
            return facts;
        }
        jdbc.sql("""
                select c.id, c.course_id, co.title, c.start_date, c.end_date, c.currency
                from rp_cohort c left join rp_course co on co.id = c.course_id
                where c.id = any(:ids)
                """)
                .param("ids", cohorts.toArray(UUID[]::new))
                .query((rs, n) -> facts.put(
                        rs.getObject("id", UUID.class),
                        new CohortFacts(
                                rs.getObject("id", UUID.class),
                                rs.getObject("course_id", UUID.class),
                                rs.getString("title"),
                                rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class),
                                rs.getString("currency"))))
                .list();
        return facts;
    }

    /** The costs of every seat of the employer, per cohort, in the cohort's currency. */
    List<PairCosts> costsOfEmployer(UUID employerId) {
        return costs("s.employer_id = :id", employerId, null);
    }

    /** The costs of every seat in the alliance's cohorts priced in {@code currency} (or not priced), per pair. */
    List<PairCosts> costsOfAlliance(UUID allianceId, String currency) {
        return costs(
                "s.cohort_id in (select id from rp_cohort where alliance_id = :id"
                        + " and (currency is null or currency = :currency))",
                allianceId,
                currency);
    }

    /** The alliance's currency, once its AllianceCreated has been projected (since V6). */
    Optional<String> allianceCurrency(UUID allianceId) {
        return jdbc.sql("select currency from rp_alliance where id = :id and currency is not null")
                .param("id", allianceId)
                .query(String.class)
                .optional();
    }

    /**
     * Per (cohort, employer) pair of the seats the condition selects: the training cost of those seats (the pair's
     * share / its seats x the seats, {@link RoiFigures#trainingCost}), their attended hours, and what every programme
     * paid for the pair in the pair's currency (its cost shares', or while they are not fixed its cohort's), summed as
     * numeric so that no stored amount overflows.
     */
    private List<PairCosts> costs(String seatCondition, UUID id, String currency) {
        return jdbc.sql("""
                with pair as (
                    select s.cohort_id, s.employer_id, count(*) as seats_counted,
                           coalesce(sum(s.attended_hours) filter (where s.outcome is not null), 0) as hours
                    from rp_seat s where %s
                    group by s.cohort_id, s.employer_id)
                select p.cohort_id, p.employer_id, p.seats_counted, p.hours, cs.seats as share_seats,
                       cs.amount_minor as share_minor,
                       (select coalesce(sum(d.amount_minor), 0) from rp_claim cl
                        join rp_disbursement d on d.claim_id = cl.id
                        where cl.cohort_id = p.cohort_id and cl.employer_id = p.employer_id
                          and d.currency = coalesce(cs.currency, c.currency)) as granted
                from pair p
                join rp_cohort c on c.id = p.cohort_id
                left join rp_cost_share cs on cs.cohort_id = p.cohort_id and cs.employer_id = p.employer_id
                order by p.cohort_id, p.employer_id
                """.formatted(seatCondition))
                .param("id", id)
                .param("currency", currency)
                .query((rs, n) -> new PairCosts(
                        rs.getObject("cohort_id", UUID.class),
                        rs.getObject("employer_id", UUID.class),
                        rs.getObject("share_seats") == null
                                ? Fraction.ZERO
                                : RoiFigures.trainingCost(
                                        rs.getLong("share_minor"),
                                        rs.getInt("share_seats"),
                                        rs.getLong("seats_counted")),
                        rs.getBigDecimal("hours"),
                        rs.getBigDecimal("granted").toBigIntegerExact()))
                .list();
    }
}
