package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.skillalliance.reporting.evaluation.Evaluations;
import org.skillalliance.reporting.infrastructure.ProjectionsWatermark;
import org.skillalliance.reporting.workplace.WorkplaceLearning;
import org.skillalliance.reporting.workplace.WorkplaceLearningReports;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the programme impact report exactly as DESIGN section 3 defines it: reads the facts and hands them to
 * {@link ImpactFigures}, which holds the definitions of the figures.
 *
 * <p>Covered seats: seats of eligible employers (size band, sector prefix, region prefix, cohort's alliance, as the
 * programme sets them; an empty list admits all) that an award of the programme covers ({@link Coverage}). A report
 * counts the covered seats in cohorts starting inside its period, of the employers its filters ask for; every figure,
 * counts and money, is over those seats (docs/reporting.md says how each award's commitment is placed). Beside them,
 * the learning at work of the employers the programme covers, signed off inside the period.
 */
@Service
public class ImpactReports {

    private final JdbcImpactFacts facts;
    private final Evaluations evaluations;
    private final ProjectionsWatermark watermark;
    private final WorkplaceLearningReports workplaceLearning;

    ImpactReports(
            JdbcImpactFacts facts,
            Evaluations evaluations,
            ProjectionsWatermark watermark,
            WorkplaceLearningReports workplaceLearning) {
        this.facts = facts;
        this.evaluations = evaluations;
        this.watermark = watermark;
        this.workplaceLearning = workplaceLearning;
    }

    /**
     * The report of one programme over the filter's period and employers, for its funder (or an admin).
     *
     * @throws ApiException.Forbidden    for every role but {@code funder} (and admins), before anything is read
     * @throws ApiException.NotFound     for an unknown programme, or another funder's (the same answer)
     * @throws ApiException.InvalidInput for a period ending before it starts, or a sector or region that is no code
     */
    @Transactional(readOnly = true)
    public ImpactReport report(Caller caller, UUID programmeId, ImpactFilter filter) {
        caller.requireAnyRole("read programme impact reports", Set.of(Role.FUNDER));
        JdbcImpactFacts.Programme programme = facts.programme(programmeId)
                .filter(p -> caller.actsFor(p.funderId()))
                .orElseThrow(() -> new ApiException.NotFound("programme", programmeId));
        LocalDate start = filter.from() == null ? programme.periodStart() : filter.from();
        LocalDate end = filter.to() == null ? programme.periodEnd() : filter.to();
        filter.check(start, end);
        List<JdbcImpactFacts.Award> awards = facts.awards(programmeId);
        Coverage coverage = new Coverage(programme.requiredTags(), awards);
        // every fact the coverage, eligibility and scope are decided on is a fact of the (cohort, employer) pair: the
        // seats are read rolled up per pair (docs/reporting.md, "Rollups")
        List<PairSeats> covered =
                facts.pairs(coverage.awardedCohorts(), coverage.awardedEmployers(), programme.requiredTags()).stream()
                        .filter(pair -> eligible(programme, pair) && coverage.covers(pair))
                        .toList();
        Predicate<PairSeats> inScope = pair -> Coverage.inside(pair.cohortStart(), start, end)
                && filter.matchesEmployer(pair.sizeBand(), pair.sectorCode(), pair.region());
        List<PairSeats> seats = covered.stream().filter(inScope).toList();
        BigDecimal committed = coverage.committedToPairs(covered, inScope, placement(awards, filter, start, end));
        // retention can only be measured on a day that has come: the report's end, or today when that is later
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate retentionAsOf = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
        return compute(
                programme,
                start,
                end,
                filter,
                watermark.currentAsOf(),
                committed,
                retentionAsOf,
                seats,
                workplaceLearning(programme, coverage, covered, filter, start, end));
    }

    /**
     * The learning at work of the employers the programme covers (an award's employer, or an employer with a covered
     * seat in any period) that are eligible as for seats (the programme's size bands, sectors, regions and alliances:
     * the learning's alliance), signed off inside the period, of the employers the filters ask for; k as the seats'.
     */
    private WorkplaceLearning workplaceLearning(
            JdbcImpactFacts.Programme programme,
            Coverage coverage,
            List<PairSeats> covered,
            ImpactFilter filter,
            LocalDate start,
            LocalDate end) {
        Set<UUID> employers = new HashSet<>(coverage.awardedEmployers());
        covered.forEach(pair -> employers.add(pair.employerId()));
        return workplaceLearning.ofEmployers(
                employers,
                start,
                end,
                signOff -> eligible(
                                programme,
                                signOff.organisationKnown(),
                                signOff.allianceId(),
                                signOff.sizeBand(),
                                signOff.sectorCode(),
                                signOff.region())
                        && filter.matchesEmployer(signOff.sizeBand(), signOff.sectorCode(), signOff.region()),
                programme.suppressionK());
    }

    /**
     * Where an award that covers no seat yet counts in whole: an award naming a cohort in a report whose period holds
     * the cohort's start (the award's period start while the cohort is not known), an award naming none in a report
     * whose period holds the award period's start; with employer filters, only an award to an employer that matches
     * them (a cohort's award is spread over its seats' employers, which are not known before the cohort starts).
     */
    private Predicate<JdbcImpactFacts.Award> placement(
            List<JdbcImpactFacts.Award> awards, ImpactFilter filter, LocalDate start, LocalDate end) {
        // read only when some award covers no seat, which is rare once cohorts run
        Supplier<Map<UUID, LocalDate>> cohortStarts = memoized(() -> facts.cohortStarts(awards.stream()
                .map(JdbcImpactFacts.Award::cohortId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet())));
        Supplier<Map<UUID, JdbcImpactFacts.Employer>> employers = memoized(() -> facts.employers(
                awards.stream().map(JdbcImpactFacts.Award::beneficiaryId).collect(Collectors.toSet())));
        return award -> {
            LocalDate placedOn = award.cohortId() != null && cohortStarts.get().containsKey(award.cohortId())
                    ? cohortStarts.get().get(award.cohortId())
                    : award.periodStart();
            if (placedOn == null || !Coverage.inside(placedOn, start, end)) {
                return false;
            }
            if (!filter.filtersEmployers()) {
                return true;
            }
            JdbcImpactFacts.Employer employer = employers.get().get(award.beneficiaryId());
            return award.toEmployer()
                    && employer != null
                    && filter.matchesEmployer(employer.sizeBand(), employer.sectorCode(), employer.region());
        };
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private ImpactReport compute(
            JdbcImpactFacts.Programme programme,
            LocalDate from,
            LocalDate to,
            ImpactFilter filter,
            Instant asOf,
            BigDecimal committedExactly,
            LocalDate retentionAsOf,
            List<PairSeats> seats,
            WorkplaceLearning workplaceLearning) {
        Set<ImpactFigures.Pair> pairs = ImpactFigures.seatsPerPair(seats).keySet();
        List<UUID> pairCohorts =
                pairs.stream().map(ImpactFigures.Pair::cohortId).toList();
        List<UUID> pairEmployers =
                pairs.stream().map(ImpactFigures.Pair::employerId).toList();
        List<JdbcImpactFacts.Share> shares = facts.shares(pairCohorts, pairEmployers);
        List<JdbcImpactFacts.Disbursement> disbursements = facts.disbursements(pairCohorts, pairEmployers);
        return ImpactFigures.ofPairs(
                programme,
                from,
                to,
                filter.shown(),
                asOf,
                committedExactly,
                retentionAsOf,
                seats,
                shares,
                disbursements,
                evaluations.evaluate(
                        ImpactFigures.pairCostsOf(programme, seats, shares, disbursements),
                        programme.currency(),
                        programme.suppressionK()),
                workplaceLearning);
    }

    private static boolean eligible(JdbcImpactFacts.Programme programme, PairSeats pair) {
        return eligible(
                programme,
                pair.organisationKnown(),
                pair.allianceId(),
                pair.sizeBand(),
                pair.sectorCode(),
                pair.region());
    }

    /** Whether the programme admits an employer of these facts, in this alliance (an empty list admits all). */
    private static boolean eligible(
            JdbcImpactFacts.Programme programme,
            boolean organisationKnown,
            UUID allianceId,
            String sizeBand,
            String sectorCode,
            String region) {
        if (!organisationKnown) {
            return false;
        }
        if (!programme.eligibleAlliances().isEmpty()
                && !programme.eligibleAlliances().contains(allianceId)) {
            return false;
        }
        if (!programme.sizeBands().isEmpty() && !programme.sizeBands().contains(sizeBand)) {
            return false;
        }
        if (!programme.sectorPrefixes().isEmpty()
                && (sectorCode == null || programme.sectorPrefixes().stream().noneMatch(sectorCode::startsWith))) {
            return false;
        }
        return programme.regions().isEmpty()
                || (region != null && programme.regions().stream().anyMatch(region::startsWith));
    }
}
