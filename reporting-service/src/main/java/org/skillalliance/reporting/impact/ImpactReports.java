package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Coverage coverage = new Coverage(programme, awards);
        List<CoveredSeat> seats = facts.seats(start, end, coverage.awardedCohorts(), coverage.awardedEmployers(),
                        programme.requiredTags()).stream()
                .filter(seat -> eligible(programme, seat) && coverage.covers(seat))
                .toList();
        Instant asOf = facts.currentAsOf();
        return compute(programme, start, end, asOf, awards, seats);
    }

    private ImpactReport compute(JdbcImpactFacts.Programme programme, LocalDate from, LocalDate to, Instant asOf,
                                 List<JdbcImpactFacts.Award> awards, List<CoveredSeat> seats) {
        People people = People.of(seats);
        long participants = people.count();
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
        Map<Pair, Long> seatsPerPair = new TreeMap<>();
        for (CoveredSeat seat : seats) {
            seatsPerPair.merge(new Pair(seat.cohortId(), seat.employerId()), 1L, Long::sum);
        }
        Map<Pair, JdbcImpactFacts.Share> shares = new HashMap<>();
        for (JdbcImpactFacts.Share share : facts.shares(seatsPerPair.keySet().stream().map(Pair::cohortId).toList(),
                seatsPerPair.keySet().stream().map(Pair::employerId).toList())) {
            shares.put(new Pair(share.cohortId(), share.employerId()), share);
        }
        BigDecimal trainingCost = BigDecimal.ZERO;
        long seatsWithoutCost = 0;
        for (Map.Entry<Pair, Long> pair : seatsPerPair.entrySet()) {
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
                .filter(d -> d.cohortId() != null && d.employerId() != null
                        && seatsPerPair.containsKey(new Pair(d.cohortId(), d.employerId())))
                .mapToLong(JdbcImpactFacts.Disbursement::amountMinor).sum();
        long totalCost = trainingCost.setScale(0, RoundingMode.HALF_UP).longValueExact();
        BigDecimal contribution = trainingCost.subtract(BigDecimal.valueOf(disbursed));
        BigDecimal leverage = disbursed == 0 ? null
                : contribution.divide(BigDecimal.valueOf(disbursed), 4, RoundingMode.HALF_UP);

        LocalDate asOfDate = asOf == null ? null : LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        Map<String, Map<String, ImpactReport.Cell>> breakdowns = breakdowns(seats, people, programme.suppressionK());

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

    /** A cohort and an employer with seats in it: the unit cost shares are fixed for. */
    private record Pair(UUID cohortId, UUID employerId) implements Comparable<Pair> {

        @Override
        public int compareTo(Pair other) {
            int byCohort = cohortId.compareTo(other.cohortId);
            return byCohort != 0 ? byCohort : employerId.compareTo(other.employerId);
        }
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

    /**
     * Which seats the awards of a programme cover, with the awards indexed by cohort and by employer: a report checks
     * ten thousand seats or more against hundreds of awards, and testing every award for every seat was most of its
     * time (docs/performance.md).
     */
    private static final class Coverage {

        private final List<String> requiredTags;
        private final Set<UUID> associationCohorts = new HashSet<>();
        private final Map<UUID, List<JdbcImpactFacts.Award>> employerAwards = new HashMap<>();

        Coverage(JdbcImpactFacts.Programme programme, List<JdbcImpactFacts.Award> awards) {
            this.requiredTags = programme.requiredTags();
            for (JdbcImpactFacts.Award award : awards) {
                if ("ASSOCIATION".equals(award.beneficiaryKind())) {
                    if (award.cohortId() != null) {
                        associationCohorts.add(award.cohortId());
                    }
                } else {
                    employerAwards.computeIfAbsent(award.beneficiaryId(), id -> new ArrayList<>()).add(award);
                }
            }
        }

        /** The cohorts an award names (to an association or an employer). */
        Set<UUID> awardedCohorts() {
            Set<UUID> cohorts = new HashSet<>(associationCohorts);
            employerAwards.values().forEach(awards -> awards.stream().map(JdbcImpactFacts.Award::cohortId)
                    .filter(Objects::nonNull).forEach(cohorts::add));
            return cohorts;
        }

        Set<UUID> awardedEmployers() {
            return employerAwards.keySet();
        }

        /**
         * An award for the seat's cohort to an association covers it; an award to the seat's employer covers it when
         * it names the seat's cohort, or names none and the course carries every required tag and starts inside the
         * award's period.
         */
        boolean covers(CoveredSeat seat) {
            if (associationCohorts.contains(seat.cohortId())) {
                return true;
            }
            for (JdbcImpactFacts.Award award : employerAwards.getOrDefault(seat.employerId(), List.of())) {
                if (award.cohortId() != null) {
                    if (seat.cohortId().equals(award.cohortId())) {
                        return true;
                    }
                } else if (seat.courseTags().containsAll(requiredTags)
                        && inside(seat.cohortStart(), award.periodStart(), award.periodEnd())) {
                    return true;
                }
            }
            return false;
        }
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

    /**
     * The distinct staff members of the seats, numbered 0, 1, 2, ... in the order they first appear:
     * {@code ofSeat[i]} is the number of the person holding {@code seats.get(i)}, {@code count} how many there are.
     * Counting distinct participants in a cell is then setting bits, not hashing ten thousand ids again for every
     * breakdown (docs/performance.md).
     */
    private record People(int[] ofSeat, int count) {

        static People of(List<CoveredSeat> seats) {
            Map<UUID, Integer> numbers = new HashMap<>(seats.size() * 2);
            int[] ofSeat = new int[seats.size()];
            for (int i = 0; i < ofSeat.length; i++) {
                Integer known = numbers.putIfAbsent(seats.get(i).staffId(), numbers.size());
                ofSeat[i] = known == null ? numbers.size() - 1 : known;
            }
            return new People(ofSeat, numbers.size());
        }
    }

    private static Map<String, Map<String, ImpactReport.Cell>> breakdowns(List<CoveredSeat> seats, People people,
                                                                          int k) {
        Map<String, Map<String, ImpactReport.Cell>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("sizeBand", breakdown(seats, people, s -> List.of(orUnknown(s.sizeBand())), k));
        breakdowns.put("sector", breakdown(seats, people, s -> List.of(s.sectorCode() == null ? "UNKNOWN"
                : s.sectorCode().substring(0, Math.min(3, s.sectorCode().length()))), k));
        breakdowns.put("region", breakdown(seats, people, s -> List.of(orUnknown(s.region())), k));
        breakdowns.put("course", breakdown(seats, people, s -> List.of(orUnknown(s.courseCode())), k));
        breakdowns.put("skillCategory", breakdown(seats, people, s -> s.skillCategories().isEmpty() ? List.of("NONE")
                : s.skillCategories(), k));
        breakdowns.put("gender", breakdown(seats, people, s -> List.of(s.consent() && s.gender() != null ? s.gender()
                : "NOT_REPORTED"), k));
        breakdowns.put("ageBand", breakdown(seats, people, s -> List.of(s.consent() && s.ageBand() != null ? s.ageBand()
                : "NOT_REPORTED"), k));
        return breakdowns;
    }

    private static Map<String, ImpactReport.Cell> breakdown(List<CoveredSeat> seats, People people,
                                                            Function<CoveredSeat, List<String>> cellsOf, int k) {
        Map<String, Tally> byCell = new TreeMap<>();
        for (int i = 0; i < seats.size(); i++) {
            CoveredSeat seat = seats.get(i);
            for (String cell : cellsOf.apply(seat)) {
                byCell.computeIfAbsent(cell, c -> new Tally(people.count())).add(seat, people.ofSeat()[i]);
            }
        }
        Map<String, Integer> participants = new TreeMap<>();
        byCell.forEach((cell, tally) -> participants.put(cell, tally.participants.cardinality()));
        Set<String> hidden = SmallCellSuppression.suppressed(participants, k);
        Map<String, ImpactReport.Cell> cells = new LinkedHashMap<>();
        byCell.forEach((cell, tally) -> cells.put(cell, hidden.contains(cell) ? ImpactReport.Cell.suppressedCell()
                : new ImpactReport.Cell(false, (long) participants.get(cell), tally.seats, tally.completed,
                        rate(tally.completed, tally.withOutcome))));
        return cells;
    }

    /** The seats of one breakdown cell: how many, completed, with an outcome, and who holds them. */
    private static final class Tally {
        final BitSet participants;
        long seats;
        long completed;
        long withOutcome;

        Tally(int people) {
            participants = new BitSet(people);
        }

        void add(CoveredSeat seat, int person) {
            participants.set(person);
            seats++;
            if (seat.completed()) {
                completed++;
            }
            if (seat.hasOutcome()) {
                withOutcome++;
            }
        }
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
