package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.skillalliance.disclosure.SmallCellSuppression;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the programme impact report exactly as DESIGN section 3 defines it.
 *
 * <p>Covered seats: seats of eligible employers (size band, sector prefix, region prefix, cohort's alliance, as the
 * programme sets them; an empty list admits all) in cohorts starting inside the period, where an award for the cohort
 * covers all of it, and an award to an employer covers that employer's seats in courses carrying every required
 * priority tag and starting inside the award's period (or, where the award names a cohort, in that cohort).
 */
@Service
public class ImpactReports {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private final JdbcImpactFacts facts;

    ImpactReports(JdbcImpactFacts facts) {
        this.facts = facts;
    }

    /**
     * The report of one programme, for its funder (or an admin).
     *
     * @throws ApiException.Forbidden       for every role but {@code funder} (and admins), before anything is read
     * @throws ApiException.NotFound  for an unknown programme, or another funder's (the same answer)
     */
    @Transactional(readOnly = true)
    public ImpactReport report(Caller caller, UUID programmeId, LocalDate from, LocalDate to) {
        caller.requireAnyRole("read programme impact reports", Set.of(Role.FUNDER));
        JdbcImpactFacts.Programme programme = facts.programme(programmeId)
                .filter(p -> caller.actsFor(p.funderId()))
                .orElseThrow(() -> new ApiException.NotFound("programme", programmeId));
        LocalDate start = from == null ? programme.periodStart() : from;
        LocalDate end = to == null ? programme.periodEnd() : to;
        if (end.isBefore(start)) {
            throw new ApiException.InvalidInput("to", "is before from (" + start + ")");
        }
        List<JdbcImpactFacts.Award> awards = facts.awards(programmeId);
        Set<UUID> awardedCohorts = new HashSet<>();
        Set<UUID> awardedEmployers = new HashSet<>();
        for (JdbcImpactFacts.Award award : awards) {
            if (award.cohortId() != null) {
                awardedCohorts.add(award.cohortId());
            }
            if (!"ASSOCIATION".equals(award.beneficiaryKind())) {
                awardedEmployers.add(award.beneficiaryId());
            }
        }
        List<CoveredSeat> seats = facts.seats(start, end, awardedCohorts, awardedEmployers, programme.requiredTags()).stream()
                .filter(seat -> eligible(programme, seat) && covered(programme, awards, seat))
                .toList();
        Instant asOf = facts.currentAsOf();
        return compute(programme, start, end, asOf, awards, seats);
    }

    private ImpactReport compute(JdbcImpactFacts.Programme programme, LocalDate from, LocalDate to, Instant asOf,
                                 List<JdbcImpactFacts.Award> awards, List<CoveredSeat> seats) {
        long participants = seats.stream().map(CoveredSeat::staffId).distinct().count();
        long employers = seats.stream().map(CoveredSeat::employerId).distinct().count();
        long withOutcome = seats.stream().filter(CoveredSeat::hasOutcome).count();
        long completions = count(seats, CoveredSeat::completed);
        long notCompleted = count(seats, s -> "NOT_COMPLETED".equals(s.outcome()));
        long noShows = count(seats, s -> "NO_SHOW".equals(s.outcome()));
        long credentials = count(seats, s -> s.hasOutcome() && s.credential());

        List<CoveredSeat> scored = seats.stream().filter(s -> s.preScore() != null && s.postScore() != null).toList();
        long gained = count(scored, s -> s.postScore() - s.preScore() >= 10);
        BigDecimal meanGain = scored.isEmpty() ? null : mean(scored.stream()
                .map(s -> BigDecimal.valueOf(s.postScore() - s.preScore())).toList());

        BigDecimal hours = seats.stream().filter(CoveredSeat::hasOutcome).map(CoveredSeat::attendedHours)
                .filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);

        // money
        long committed = awards.stream().mapToLong(JdbcImpactFacts.Award::amountMinor).sum();
        // each covered seat costs its employer's share of the cohort divided by the employer's seats in it; summed
        // per (cohort, employer) pair in a fixed order, so that the figure does not depend on the order seats are read in
        Map<String, Long> seatsPerPair = new TreeMap<>();
        List<UUID> pairCohorts = new ArrayList<>();
        List<UUID> pairEmployers = new ArrayList<>();
        for (CoveredSeat seat : seats) {
            if (seatsPerPair.merge(seat.cohortId() + "/" + seat.employerId(), 1L, Long::sum) == 1L) {
                pairCohorts.add(seat.cohortId());
                pairEmployers.add(seat.employerId());
            }
        }
        Map<String, JdbcImpactFacts.Share> shares = new HashMap<>();
        for (JdbcImpactFacts.Share share : facts.shares(pairCohorts, pairEmployers)) {
            shares.put(share.cohortId() + "/" + share.employerId(), share);
        }
        Set<String> coveredPairs = seatsPerPair.keySet();
        BigDecimal trainingCost = BigDecimal.ZERO;
        long seatsWithoutCost = 0;
        for (Map.Entry<String, Long> pair : seatsPerPair.entrySet()) {
            JdbcImpactFacts.Share share = shares.get(pair.getKey());
            if (share == null || share.seats() == 0) {
                seatsWithoutCost += pair.getValue();
            } else {
                trainingCost = trainingCost.add(BigDecimal.valueOf(share.amountMinor())
                        .multiply(BigDecimal.valueOf(pair.getValue()))
                        .divide(BigDecimal.valueOf(share.seats()), EXACT));
            }
        }
        long disbursed = facts.disbursements(programme.id()).stream()
                .filter(d -> coveredPairs.contains(d.cohortId() + "/" + d.employerId()))
                .mapToLong(JdbcImpactFacts.Disbursement::amountMinor).sum();
        long totalCost = trainingCost.setScale(0, RoundingMode.HALF_UP).longValueExact();
        BigDecimal contribution = trainingCost.subtract(BigDecimal.valueOf(disbursed));
        BigDecimal leverage = disbursed == 0 ? null
                : contribution.divide(BigDecimal.valueOf(disbursed), 4, RoundingMode.HALF_UP);

        LocalDate asOfDate = asOf == null ? null : LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        Map<String, Map<String, ImpactReport.Cell>> breakdowns = breakdowns(seats, participants, programme.suppressionK());

        return new ImpactReport(programme.id(), programme.name(), programme.currency(), from, to, asOf,
                programme.suppressionK(), participants, employers, seats.size(), withOutcome, completions, notCompleted,
                noShows, credentials, rate(completions, withOutcome), rate(credentials, withOutcome),
                rate(noShows, withOutcome), scored.size(), gained, rate(gained, scored.size()), meanGain, hours,
                committed, disbursed, totalCost, contribution.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                leverage, per(trainingCost, participants), per(trainingCost, completions), per(trainingCost, credentials),
                retention(seats, asOfDate, 6), retention(seats, asOfDate, 12),
                mean(seats.stream().filter(s -> s.satisfaction() != null)
                        .map(s -> BigDecimal.valueOf(s.satisfaction())).toList()),
                seatsWithoutCost, breakdowns);
    }

    private static boolean eligible(JdbcImpactFacts.Programme programme, CoveredSeat seat) {
        if (!seat.organisationKnown()) {
            return false;
        }
        if (!programme.eligibleAlliances().isEmpty() && !programme.eligibleAlliances().contains(seat.allianceId())) {
            return false;
        }
        if (!programme.sizeBands().isEmpty() && !programme.sizeBands().contains(seat.sizeBand())) {
            return false;
        }
        if (!programme.sectorPrefixes().isEmpty() && (seat.sectorCode() == null
                || programme.sectorPrefixes().stream().noneMatch(seat.sectorCode()::startsWith))) {
            return false;
        }
        return programme.regions().isEmpty() || (seat.region() != null
                && programme.regions().stream().anyMatch(seat.region()::startsWith));
    }

    private static boolean covered(JdbcImpactFacts.Programme programme, List<JdbcImpactFacts.Award> awards,
                                   CoveredSeat seat) {
        for (JdbcImpactFacts.Award award : awards) {
            if ("ASSOCIATION".equals(award.beneficiaryKind())) {
                if (seat.cohortId().equals(award.cohortId())) {
                    return true;
                }
            } else if (seat.employerId().equals(award.beneficiaryId())) {
                if (award.cohortId() != null) {
                    if (seat.cohortId().equals(award.cohortId())) {
                        return true;
                    }
                } else if (seat.courseTags().containsAll(programme.requiredTags())
                        && inside(seat.cohortStart(), award.periodStart(), award.periodEnd())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(LocalDate date, LocalDate start, LocalDate end) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }

    private static ImpactReport.Retention retention(List<CoveredSeat> seats, LocalDate asOf, int months) {
        long measured = 0;
        long retained = 0;
        for (CoveredSeat seat : seats) {
            if (!seat.completed() || seat.completedOn() == null || asOf == null) {
                continue;
            }
            LocalDate anniversary = seat.completedOn().plusMonths(months);
            if (anniversary.isAfter(asOf)) {
                continue;
            }
            measured++;
            if (seat.employmentEnd() == null || !seat.employmentEnd().isBefore(anniversary)) {
                retained++;
            }
        }
        return new ImpactReport.Retention(measured, retained, rate(retained, measured));
    }

    private static Map<String, Map<String, ImpactReport.Cell>> breakdowns(List<CoveredSeat> seats, long total, int k) {
        Map<String, Map<String, ImpactReport.Cell>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("sizeBand", breakdown(seats, s -> List.of(orUnknown(s.sizeBand())), k));
        breakdowns.put("sector", breakdown(seats, s -> List.of(s.sectorCode() == null ? "UNKNOWN"
                : s.sectorCode().substring(0, Math.min(3, s.sectorCode().length()))), k));
        breakdowns.put("region", breakdown(seats, s -> List.of(orUnknown(s.region())), k));
        breakdowns.put("course", breakdown(seats, s -> List.of(orUnknown(s.courseCode())), k));
        breakdowns.put("skillCategory", breakdown(seats, s -> s.skillCategories().isEmpty() ? List.of("NONE")
                : s.skillCategories(), k));
        breakdowns.put("gender", breakdown(seats, s -> List.of(s.consent() && s.gender() != null ? s.gender()
                : "NOT_REPORTED"), k));
        breakdowns.put("ageBand", breakdown(seats, s -> List.of(s.consent() && s.ageBand() != null ? s.ageBand()
                : "NOT_REPORTED"), k));
        return breakdowns;
    }

    private static Map<String, ImpactReport.Cell> breakdown(List<CoveredSeat> seats,
                                                            Function<CoveredSeat, List<String>> cellsOf, int k) {
        Map<String, List<CoveredSeat>> byCell = new TreeMap<>();
        for (CoveredSeat seat : seats) {
            for (String cell : cellsOf.apply(seat)) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(seat);
            }
        }
        Map<String, Integer> participants = new TreeMap<>();
        byCell.forEach((cell, cellSeats) ->
                participants.put(cell, (int) cellSeats.stream().map(CoveredSeat::staffId).distinct().count()));
        Set<String> hidden = SmallCellSuppression.suppressed(participants, k);
        Map<String, ImpactReport.Cell> cells = new LinkedHashMap<>();
        byCell.forEach((cell, cellSeats) -> {
            if (hidden.contains(cell)) {
                cells.put(cell, ImpactReport.Cell.suppressedCell());
            } else {
                long completed = count(cellSeats, CoveredSeat::completed);
                long withOutcome = count(cellSeats, CoveredSeat::hasOutcome);
                cells.put(cell, new ImpactReport.Cell(false, (long) participants.get(cell), (long) cellSeats.size(),
                        completed, rate(completed, withOutcome)));
            }
        });
        return cells;
    }

    private static String orUnknown(String value) {
        return value == null ? "UNKNOWN" : value;
    }

    private static long count(List<CoveredSeat> seats, Predicate<CoveredSeat> predicate) {
        return seats.stream().filter(predicate).count();
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static Long per(BigDecimal amount, long count) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
