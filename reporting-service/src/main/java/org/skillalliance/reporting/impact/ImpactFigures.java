package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.skillalliance.disclosure.SmallCellSuppression;
import org.skillalliance.reporting.evaluation.Evaluation;
import org.skillalliance.reporting.evaluation.Fraction;
import org.skillalliance.reporting.evaluation.PairCosts;
import org.skillalliance.reporting.evaluation.RoiFigures;
import org.skillalliance.reporting.workplace.WorkplaceLearning;

/**
 * The definitions of the impact report's figures (DESIGN section 3, docs/reporting.md) over the covered seats in
 * scope: counts and rates, skill gain, hours, training cost, the money disbursed (and its split by milestone), the
 * employers' contribution, leverage, cost per participant, completion and credential, retention, and the breakdowns
 * with their small cells suppressed. Plain Java: {@link ImpactReports} reads the facts and hands them over;
 * {@code ImpactFiguresTest} checks each definition.
 */
final class ImpactFigures {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** The milestones a payment can be for ({@code DisbursementPaid.milestone}), in the order they are paid. */
    static final List<String> MILESTONES = List.of("START", "COMPLETION", "OUTCOME");

    private ImpactFigures() {}

    /**
     * The report over {@code seats}, the covered seats in scope, one by one: the report over their rollups
     * ({@link PairSeats#of}). The unit tests state their cases as seats, and the rollups the projector keeps are
     * checked against this recomputation from the seats.
     */
    static ImpactReport report(
            JdbcImpactFacts.Programme programme,
            LocalDate from,
            LocalDate to,
            ImpactReport.Filters filters,
            Instant asOf,
            BigDecimal committedExactly,
            LocalDate retentionAsOf,
            List<CoveredSeat> seats,
            List<JdbcImpactFacts.Share> shares,
            List<JdbcImpactFacts.Disbursement> disbursements,
            Evaluation evaluation,
            WorkplaceLearning workplaceLearning) {
        return ofPairs(
                programme,
                from,
                to,
                filters,
                asOf,
                committedExactly,
                retentionAsOf,
                PairSeats.of(seats),
                shares,
                disbursements,
                evaluation,
                workplaceLearning);
    }

    /**
     * The report over {@code pairs}, the rolled-up covered seats in scope.
     *
     * @param committedExactly the programme's commitment placed on these seats ({@link Coverage#committed})
     * @param shares           the fixed cost shares of the seats' pairs ({@link #seatsPerPair})
     * @param disbursements    what any programme paid for the seats' pairs
     * @param evaluation       the evaluation of the same seats ({@link #pairCostsOf})
     * @param workplaceLearning the learning at work of the programme's employers signed off in the period
     */
    static ImpactReport ofPairs(
            JdbcImpactFacts.Programme programme,
            LocalDate from,
            LocalDate to,
            ImpactReport.Filters filters,
            Instant asOf,
            BigDecimal committedExactly,
            LocalDate retentionAsOf,
            List<PairSeats> pairs,
            List<JdbcImpactFacts.Share> shares,
            List<JdbcImpactFacts.Disbursement> disbursements,
            Evaluation evaluation,
            WorkplaceLearning workplaceLearning) {
        People people = People.of(pairs);
        long participants = people.count();
        long employers = pairs.stream().map(PairSeats::employerId).distinct().count();
        long enrolments = sum(pairs, PairSeats::seats);
        long withOutcome = sum(pairs, PairSeats::withOutcome);
        long completions = sum(pairs, PairSeats::completed);
        long notCompleted = sum(pairs, PairSeats::notCompleted);
        long noShows = sum(pairs, PairSeats::noShows);
        long credentials = sum(pairs, PairSeats::credentials);

        long scored = sum(pairs, PairSeats::scored);
        long gained = sum(pairs, PairSeats::gained);
        BigDecimal meanGain = mean(sum(pairs, PairSeats::gainSum), scored);

        BigDecimal hours = pairs.stream()
                .map(PairSeats::hours)
                .filter(h -> h != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);

        // money
        long committed = committedExactly.setScale(0, RoundingMode.HALF_UP).longValueExact();
        // each covered seat costs its employer's share of the cohort divided by the employer's seats in it; summed
        // per (cohort, employer) pair in a fixed order, so that the figure does not depend on the order seats are read
        // in
        Map<Pair, Long> seatsPerPair = seatsPerPair(pairs);
        Map<Pair, JdbcImpactFacts.Share> sharesByPair = new HashMap<>();
        for (JdbcImpactFacts.Share share : shares) {
            sharesByPair.put(new Pair(share.cohortId(), share.employerId()), share);
        }
        BigDecimal trainingCost = BigDecimal.ZERO;
        long seatsWithoutCost = 0;
        for (Map.Entry<Pair, Long> pair : seatsPerPair.entrySet()) {
            JdbcImpactFacts.Share share = sharesByPair.get(pair.getKey());
            if (share == null || share.seats() == 0) {
                seatsWithoutCost += pair.getValue();
            } else {
                trainingCost = trainingCost.add(BigDecimal.valueOf(share.amountMinor())
                        .multiply(BigDecimal.valueOf(pair.getValue()))
                        .divide(BigDecimal.valueOf(share.seats()), EXACT));
            }
        }
        // a claim is for one employer's seats in one cohort, and a programme covers all of an employer's seats in a
        // cohort or none of them, so what was paid for the pairs of the seats counted is what was paid for those seats;
        // grants in another currency than the programme's cannot be added up with it and are left out
        long disbursed = 0;
        long otherGrants = 0;
        Map<String, Long> disbursedByMilestone = new LinkedHashMap<>();
        MILESTONES.forEach(milestone -> disbursedByMilestone.put(milestone, 0L));
        for (JdbcImpactFacts.Disbursement d : disbursements) {
            if (programme.id().equals(d.programmeId())) {
                disbursed += d.amountMinor();
                // a milestone the contract does not name yet is listed after the three, so the parts still add up
                disbursedByMilestone.merge(d.milestone(), d.amountMinor(), Long::sum);
            } else if (programme.currency().equals(d.currency())) {
                otherGrants += d.amountMinor();
            }
        }
        long totalCost = trainingCost.setScale(0, RoundingMode.HALF_UP).longValueExact();
        // employers are credited with what they paid, never with public money of any programme
        BigDecimal contribution = trainingCost.subtract(BigDecimal.valueOf(disbursed + otherGrants));
        BigDecimal leverage =
                disbursed == 0 ? null : contribution.divide(BigDecimal.valueOf(disbursed), 4, RoundingMode.HALF_UP);

        Map<String, Map<String, ImpactReport.Cell>> breakdowns = breakdowns(pairs, people, programme.suppressionK());

        return new ImpactReport(
                programme.id(),
                programme.name(),
                programme.currency(),
                from,
                to,
                filters,
                asOf,
                programme.suppressionK(),
                participants,
                employers,
                enrolments,
                withOutcome,
                completions,
                notCompleted,
                noShows,
                credentials,
                rate(completions, withOutcome),
                rate(credentials, withOutcome),
                rate(noShows, withOutcome),
                scored,
                gained,
                rate(gained, scored),
                meanGain,
                hours,
                committed,
                disbursed,
                disbursedByMilestone,
                otherGrants,
                totalCost,
                contribution.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                leverage,
                per(trainingCost, participants),
                per(trainingCost, completions),
                per(trainingCost, credentials),
                retentionAsOf,
                retention(pairs, retentionAsOf, 6),
                retention(pairs, retentionAsOf, 12),
                mean(sum(pairs, PairSeats::satisfactionSum), sum(pairs, PairSeats::satisfied)),
                seatsWithoutCost,
                breakdowns,
                evaluation,
                workplaceLearning);
    }

    /**
     * The cost side of each (cohort, employer) pair of the seats, for the evaluation: the training cost of the pair's
     * seats as above, their attended hours (seats with an outcome), and the grant every programme disbursed for the
     * pair (this programme's, and the others' in its currency, as grant disbursed and other grants count them: the
     * evaluation's {@code allGrantsDisbursedMinor}).
     */
    static List<PairCosts> pairCosts(
            JdbcImpactFacts.Programme programme,
            List<CoveredSeat> seats,
            List<JdbcImpactFacts.Share> shares,
            List<JdbcImpactFacts.Disbursement> disbursements) {
        return pairCostsOf(programme, PairSeats.of(seats), shares, disbursements);
    }

    /** {@link #pairCosts} of rolled-up seats. */
    static List<PairCosts> pairCostsOf(
            JdbcImpactFacts.Programme programme,
            List<PairSeats> pairs,
            List<JdbcImpactFacts.Share> shares,
            List<JdbcImpactFacts.Disbursement> disbursements) {
        Map<Pair, BigDecimal> hours = new HashMap<>();
        for (PairSeats pair : pairs) {
            if (pair.hours() != null) {
                hours.merge(new Pair(pair.cohortId(), pair.employerId()), pair.hours(), BigDecimal::add);
            }
        }
        Map<Pair, JdbcImpactFacts.Share> sharesByPair = new HashMap<>();
        shares.forEach(share -> sharesByPair.put(new Pair(share.cohortId(), share.employerId()), share));
        Map<Pair, BigInteger> granted = new HashMap<>();
        for (JdbcImpactFacts.Disbursement d : disbursements) {
            if (programme.id().equals(d.programmeId()) || programme.currency().equals(d.currency())) {
                granted.merge(
                        new Pair(d.cohortId(), d.employerId()), BigInteger.valueOf(d.amountMinor()), BigInteger::add);
            }
        }
        List<PairCosts> costs = new ArrayList<>();
        seatsPerPair(pairs).forEach((pair, seatsCounted) -> {
            JdbcImpactFacts.Share share = sharesByPair.get(pair);
            costs.add(new PairCosts(
                    pair.cohortId(),
                    pair.employerId(),
                    share == null
                            ? Fraction.ZERO
                            : RoiFigures.trainingCost(share.amountMinor(), share.seats(), seatsCounted),
                    hours.getOrDefault(pair, BigDecimal.ZERO),
                    granted.getOrDefault(pair, BigInteger.ZERO)));
        });
        return costs;
    }

    /**
     * How many of the seats each (cohort, employer) pair holds, in a fixed order: the pairs whose cost shares and
     * disbursements the report reads.
     */
    static SortedMap<Pair, Long> seatsPerPair(List<PairSeats> pairs) {
        SortedMap<Pair, Long> seatsPerPair = new TreeMap<>();
        for (PairSeats pair : pairs) {
            seatsPerPair.merge(new Pair(pair.cohortId(), pair.employerId()), pair.seats(), Long::sum);
        }
        return seatsPerPair;
    }

    /** A cohort and an employer with seats in it: the unit cost shares are fixed for. */
    record Pair(UUID cohortId, UUID employerId) implements Comparable<Pair> {

        @Override
        public int compareTo(Pair other) {
            int byCohort = cohortId.compareTo(other.cohortId);
            return byCohort != 0 ? byCohort : employerId.compareTo(other.employerId);
        }
    }

    private static ImpactReport.Retention retention(List<PairSeats> pairs, LocalDate asOf, int months) {
        long measured = 0;
        long retained = 0;
        for (PairSeats pair : pairs) {
            for (PairSeats.Person person : pair.people()) {
                for (LocalDate completedOn : person.completedOn()) {
                    LocalDate anniversary = completedOn.plusMonths(months);
                    if (anniversary.isAfter(asOf)) {
                        continue;
                    }
                    measured++;
                    if (person.employmentEnd() == null
                            || !person.employmentEnd().isBefore(anniversary)) {
                        retained++;
                    }
                }
            }
        }
        return new ImpactReport.Retention(measured, retained, rate(retained, measured));
    }

    /**
     * The distinct staff members of the pairs, numbered 0, 1, 2, ... in the order they first appear:
     * {@code of[i][j]} is the number of {@code pairs.get(i).people().get(j)}, {@code count} how many there are.
     * Counting distinct participants in a cell is then setting bits, not hashing ten thousand ids again for every
     * breakdown (docs/performance.md).
     */
    private record People(int[][] of, int count) {

        static People of(List<PairSeats> pairs) {
            Map<UUID, Integer> numbers = new HashMap<>();
            int[][] of = new int[pairs.size()][];
            for (int i = 0; i < of.length; i++) {
                List<PairSeats.Person> people = pairs.get(i).people();
                of[i] = new int[people.size()];
                for (int j = 0; j < of[i].length; j++) {
                    Integer known = numbers.putIfAbsent(people.get(j).staffId(), numbers.size());
                    of[i][j] = known == null ? numbers.size() - 1 : known;
                }
            }
            return new People(of, numbers.size());
        }
    }

    private static Map<String, Map<String, ImpactReport.Cell>> breakdowns(List<PairSeats> pairs, People people, int k) {
        Map<String, Map<String, ImpactReport.Cell>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("sizeBand", byPair(pairs, people, p -> List.of(orUnknown(p.sizeBand())), k));
        breakdowns.put(
                "sector",
                byPair(
                        pairs,
                        people,
                        p -> List.of(
                                p.sectorCode() == null
                                        ? "UNKNOWN"
                                        : p.sectorCode()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                3,
                                                                p.sectorCode().length()))),
                        k));
        breakdowns.put("region", byPair(pairs, people, p -> List.of(orUnknown(p.region())), k));
        breakdowns.put("course", byPair(pairs, people, p -> List.of(orUnknown(p.courseCode())), k));
        breakdowns.put(
                "skillCategory",
                byPair(pairs, people, p -> p.skillCategories().isEmpty() ? List.of("NONE") : p.skillCategories(), k));
        breakdowns.put("gender", byPerson(pairs, people, PairSeats.Person::genderCell, k));
        breakdowns.put("ageBand", byPerson(pairs, people, PairSeats.Person::ageCell, k));
        return breakdowns;
    }

    /**
     * A breakdown by a fact of the pair (its employer's, its course's): a pair's cells are looked up once and all its
     * people added to them, instead of once per person (docs/performance.md).
     */
    private static Map<String, ImpactReport.Cell> byPair(
            List<PairSeats> pairs, People people, Function<PairSeats, List<String>> cellsOf, int k) {
        Map<String, Tally> byCell = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            PairSeats pair = pairs.get(i);
            int[] numbers = people.of()[i];
            for (String cell : cellsOf.apply(pair)) {
                Tally tally = byCell.computeIfAbsent(cell, c -> new Tally(people.count()));
                for (int j = 0; j < numbers.length; j++) {
                    tally.add(pair.people().get(j), numbers[j]);
                }
            }
        }
        return breakdown(byCell, k);
    }

    /** A breakdown by a fact of the person (the gender and age cells). */
    private static Map<String, ImpactReport.Cell> byPerson(
            List<PairSeats> pairs, People people, Function<PairSeats.Person, String> cellOf, int k) {
        Map<String, Tally> byCell = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            List<PairSeats.Person> persons = pairs.get(i).people();
            int[] numbers = people.of()[i];
            for (int j = 0; j < numbers.length; j++) {
                PairSeats.Person person = persons.get(j);
                byCell.computeIfAbsent(cellOf.apply(person), c -> new Tally(people.count()))
                        .add(person, numbers[j]);
            }
        }
        return breakdown(byCell, k);
    }

    /** The cells of a breakdown in the order of their names, small ones suppressed. */
    private static Map<String, ImpactReport.Cell> breakdown(Map<String, Tally> tallies, int k) {
        Map<String, Tally> byCell = new TreeMap<>(tallies);
        Map<String, Integer> participants = new TreeMap<>();
        byCell.forEach((cell, tally) -> participants.put(cell, tally.participants.cardinality()));
        Set<String> hidden = SmallCellSuppression.suppressed(participants, k);
        Map<String, ImpactReport.Cell> cells = new LinkedHashMap<>();
        if (SmallCellSuppression.givesAway(participants, hidden, k)) {
            // every cell suppressed and still recoverable from the headline participants (one person each, say):
            // even the list of cells would say too much, so the breakdown is withheld whole (docs/reporting.md)
            return cells;
        }
        byCell.forEach((cell, tally) -> cells.put(
                cell,
                hidden.contains(cell)
                        ? ImpactReport.Cell.suppressedCell()
                        : new ImpactReport.Cell(
                                false,
                                (long) participants.get(cell),
                                tally.seats,
                                tally.completed,
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

        void add(PairSeats.Person person, int number) {
            participants.set(number);
            seats += person.seats();
            completed += person.completed();
            withOutcome += person.withOutcome();
        }
    }

    private static String orUnknown(String value) {
        return value == null ? "UNKNOWN" : value;
    }

    private static long sum(List<PairSeats> pairs, ToLongFunction<PairSeats> figure) {
        long sum = 0;
        for (PairSeats pair : pairs) {
            sum += figure.applyAsLong(pair);
        }
        return sum;
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    /** The mean of {@code count} whole numbers adding up to {@code sum}, with 2 decimals; null without any. */
    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private static Long per(BigDecimal amount, long count) {
        return count == 0
                ? null
                : amount.divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                        .longValueExact();
    }
}
