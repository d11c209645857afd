package org.skillalliance.reporting.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.skillalliance.reporting.infrastructure.ProjectionsWatermark;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the {@code evaluation} of a report from the costs of the seats it counts: reads the employers' results
 * and follow-up ratings for the same (cohort, employer) pairs and hands everything to {@link RoiFigures}. Results in
 * another currency than the report's cannot be added up with its costs and are left out (that employer counts as not
 * reported and without wage cost there).
 */
@Service
public class Evaluations {

    private final JdbcEvaluationFacts facts;
    private final ProjectionsWatermark watermark;
    private final int allianceMinimumEmployers;

    Evaluations(
            JdbcEvaluationFacts facts,
            ProjectionsWatermark watermark,
            @Value("${skillalliance.reporting.benchmark-minimum-employers:5}") int allianceMinimumEmployers) {
        this.facts = facts;
        this.watermark = watermark;
        this.allianceMinimumEmployers = allianceMinimumEmployers;
    }

    /** The evaluation of the pairs' seats, in {@code currency}, with benefits shown where at least k reported. */
    public Evaluation evaluate(List<PairCosts> pairs, String currency, int k) {
        Map<UUID, CohortFacts> cohorts =
                facts.cohorts(pairs.stream().map(PairCosts::cohortId).toList());
        return RoiFigures.evaluation(withResults(pairs, pair -> currency), cohorts, k);
    }

    /**
     * The evaluation of every seat in the alliance's cohorts priced in its currency, with the benchmark's minimum of
     * employers as k; without a known currency (an alliance projected before V6, until the rebuild) over none.
     */
    public Evaluation ofAlliance(UUID allianceId) {
        String currency = facts.allianceCurrency(allianceId).orElse(null);
        List<PairCosts> pairs = currency == null ? List.of() : facts.costsOfAlliance(allianceId, currency);
        return evaluate(pairs, currency, allianceMinimumEmployers);
    }

    /**
     * The employer's own view of every cohort it has seats in, each in the cohort's currency: for the employer's
     * {@code member-admin}, or an admin.
     *
     * @throws ApiException.Forbidden for every role but {@code member-admin} (and admins), before anything is read
     * @throws ApiException.NotFound  for another employer's
     */
    @Transactional(readOnly = true)
    public EmployerRoi ofEmployer(Caller caller, UUID employerId) {
        caller.requireAnyRole("read employers' ROI", Set.of(Role.MEMBER_ADMIN));
        if (!caller.isAdmin() && !caller.actsAs(Role.MEMBER_ADMIN, employerId)) {
            throw new ApiException.NotFound("employer", employerId);
        }
        List<PairCosts> pairs = facts.costsOfEmployer(employerId);
        Map<UUID, CohortFacts> cohorts =
                facts.cohorts(pairs.stream().map(PairCosts::cohortId).toList());
        return RoiFigures.employerRoi(
                employerId,
                watermark.currentAsOf(),
                withResults(pairs, pair -> {
                    CohortFacts cohort = cohorts.get(pair.cohortId());
                    return cohort == null ? null : cohort.currency();
                }),
                cohorts);
    }

    private List<EmployerCohort> withResults(List<PairCosts> pairs, Function<PairCosts, String> currencyOf) {
        List<UUID> cohorts = pairs.stream().map(PairCosts::cohortId).toList();
        List<UUID> employers = pairs.stream().map(PairCosts::employerId).toList();
        Map<JdbcEvaluationFacts.EmployerInCohort, JdbcEvaluationFacts.Results> results =
                facts.results(cohorts, employers);
        Map<JdbcEvaluationFacts.EmployerInCohort, List<Integer>> ratings = facts.completedRatings(cohorts, employers);
        return pairs.stream()
                .map(pair -> {
                    JdbcEvaluationFacts.EmployerInCohort key =
                            new JdbcEvaluationFacts.EmployerInCohort(pair.cohortId(), pair.employerId());
                    JdbcEvaluationFacts.Results reported = results.get(key);
                    boolean counts = reported != null && Objects.equals(reported.currency(), currencyOf.apply(pair));
                    return new EmployerCohort(
                            pair.cohortId(),
                            pair.employerId(),
                            pair.trainingCost(),
                            pair.attendedHours(),
                            pair.grantDisbursedMinor(),
                            counts ? reported.hourlyWageCostMinor() : null,
                            counts ? reported.measures() : List.of(),
                            ratings.getOrDefault(key, List.of()));
                })
                .toList();
    }
}
