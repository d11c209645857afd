package org.skillalliance.reporting.workplace;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The {@code workplaceLearning} figures of the impact report and the alliance overview: reads the sign-offs a report
 * counts and hands them to {@link WorkplaceLearningFigures}. Called inside the report's read-only transaction, after
 * the report's own access check.
 */
@Service
public class WorkplaceLearningReports {

    private final JdbcWorkplaceLearning signOffs;
    private final int allianceK;

    WorkplaceLearningReports(
            JdbcWorkplaceLearning signOffs,
            @Value("${skillalliance.reporting.benchmark-minimum-employers:5}") int allianceK) {
        this.signOffs = signOffs;
        this.allianceK = allianceK;
    }

    /**
     * Every sign-off of the alliance's learning, whenever it was signed off (the overview has no period), with the
     * overview's k ({@code skillalliance.reporting.benchmark-minimum-employers}, as its evaluation).
     */
    public WorkplaceLearning ofAlliance(UUID allianceId) {
        return WorkplaceLearningFigures.of(signOffs.ofAlliance(allianceId), allianceK);
    }

    /**
     * The sign-offs of {@code employers}' learning signed off from {@code from} to {@code to} (both inclusive) that
     * {@code counted} keeps (a programme's eligibility and a report's employer filters), with {@code k}.
     */
    public WorkplaceLearning ofEmployers(
            Collection<UUID> employers, LocalDate from, LocalDate to, Predicate<SignOff> counted, int k) {
        return WorkplaceLearningFigures.of(
                signOffs.ofEmployers(employers, from, to).stream()
                        .filter(counted)
                        .toList(),
                k);
    }
}
