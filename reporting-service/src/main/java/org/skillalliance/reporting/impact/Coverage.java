package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jmolecules.ddd.annotation.Service;

/**
 * Which seats the awards of a programme cover (DESIGN section 3): an award for a cohort (an association's group
 * application) covers the whole cohort; an award to an employer that names a cohort covers that employer's seats in
 * that cohort; an award to an employer naming none covers that employer's seats in courses carrying every required
 * priority tag that start inside the award's period. An association's award naming no cohort covers no seat.
 *
 * <p>The awards are indexed by cohort and by employer: a report checks ten thousand seats or more against hundreds of
 * awards, and testing every award for every seat was most of its time (docs/performance.md). Eligibility is not
 * decided here: the report keeps only eligible employers' seats.
 */
@Service
final class Coverage {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private final List<String> requiredTags;
    private final List<JdbcImpactFacts.Award> awards;
    private final Map<UUID, List<JdbcImpactFacts.Award>> cohortAwards = new HashMap<>();
    private final Map<UUID, List<JdbcImpactFacts.Award>> employerAwards = new HashMap<>();

    Coverage(List<String> requiredTags, List<JdbcImpactFacts.Award> awards) {
        this.requiredTags = List.copyOf(requiredTags);
        this.awards = List.copyOf(awards);
        for (JdbcImpactFacts.Award award : awards) {
            if (award.toEmployer()) {
                employerAwards
                        .computeIfAbsent(award.beneficiaryId(), id -> new ArrayList<>())
                        .add(award);
            } else if (award.cohortId() != null) {
                cohortAwards
                        .computeIfAbsent(award.cohortId(), id -> new ArrayList<>())
                        .add(award);
            }
        }
    }

    /** The cohorts an award names (to an association or an employer): every seat in them may be covered. */
    Set<UUID> awardedCohorts() {
        Set<UUID> cohorts = new HashSet<>(cohortAwards.keySet());
        employerAwards
                .values()
                .forEach(list -> list.stream()
                        .map(JdbcImpactFacts.Award::cohortId)
                        .filter(cohort -> cohort != null)
                        .forEach(cohorts::add));
        return cohorts;
    }

    /** The employers an award is made to: their seats may be covered. */
    Set<UUID> awardedEmployers() {
        return employerAwards.keySet();
    }

    boolean covers(CoveredSeat seat) {
        return !awardsCovering(seat).isEmpty();
    }

    /** Whether awards cover the pair's seats: all of them or none, as for each of its seats. */
    boolean covers(PairSeats pair) {
        return !awardsCovering(pair).isEmpty();
    }

    /** The awards that cover the seat, in the order the awards were given. */
    List<JdbcImpactFacts.Award> awardsCovering(CoveredSeat seat) {
        return awardsCovering(seat.cohortId(), seat.employerId(), seat.courseTags(), seat.cohortStart());
    }

    private List<JdbcImpactFacts.Award> awardsCovering(PairSeats pair) {
        return awardsCovering(pair.cohortId(), pair.employerId(), pair.courseTags(), pair.cohortStart());
    }

    private List<JdbcImpactFacts.Award> awardsCovering(
            UUID cohortId, UUID employerId, List<String> courseTags, LocalDate cohortStart) {
        List<JdbcImpactFacts.Award> covering = new ArrayList<>(cohortAwards.getOrDefault(cohortId, List.of()));
        for (JdbcImpactFacts.Award award : employerAwards.getOrDefault(employerId, List.of())) {
            if (award.cohortId() != null
                    ? award.cohortId().equals(cohortId)
                    : courseTags.containsAll(requiredTags)
                            && inside(cohortStart, award.periodStart(), award.periodEnd())) {
                covering.add(award);
            }
        }
        return covering;
    }

    /**
     * The part of the awards committed to the seats in scope, exactly: each award's amount is spread evenly over the
     * covered seats it covers (of every period, {@code covered} being all of the programme's covered seats), and the
     * shares of the seats in scope are summed. An award that covers no seat yet is counted in whole where
     * {@code placedInScope} says so (a report's period and filters place it by what it names), else not at all.
     */
    BigDecimal committed(
            List<CoveredSeat> covered, Predicate<CoveredSeat> inScope, Predicate<JdbcImpactFacts.Award> placedInScope) {
        return committed(covered, seat -> 1, this::awardsCovering, inScope, placedInScope);
    }

    /** {@link #committed} over rolled-up seats: a pair weighs as many seats as it holds. */
    BigDecimal committedToPairs(
            List<PairSeats> covered, Predicate<PairSeats> inScope, Predicate<JdbcImpactFacts.Award> placedInScope) {
        return committed(covered, PairSeats::seats, this::awardsCovering, inScope, placedInScope);
    }

    private <T> BigDecimal committed(
            List<T> covered,
            ToLongFunction<T> seats,
            Function<T, List<JdbcImpactFacts.Award>> covering,
            Predicate<T> inScope,
            Predicate<JdbcImpactFacts.Award> placedInScope) {
        Map<UUID, long[]> seatsOfAward = new HashMap<>(); // award id -> {covered seats, of them in scope}
        for (T seat : covered) {
            boolean in = inScope.test(seat);
            long weight = seats.applyAsLong(seat);
            for (JdbcImpactFacts.Award award : covering.apply(seat)) {
                long[] counts = seatsOfAward.computeIfAbsent(award.id(), id -> new long[2]);
                counts[0] += weight;
                if (in) {
                    counts[1] += weight;
                }
            }
        }
        BigDecimal committed = BigDecimal.ZERO;
        for (JdbcImpactFacts.Award award : awards) {
            long[] counts = seatsOfAward.get(award.id());
            if (counts == null) {
                if (placedInScope.test(award)) {
                    committed = committed.add(BigDecimal.valueOf(award.amountMinor()));
                }
            } else if (counts[1] > 0) {
                committed = committed.add(BigDecimal.valueOf(award.amountMinor())
                        .multiply(BigDecimal.valueOf(counts[1]))
                        .divide(BigDecimal.valueOf(counts[0]), EXACT));
            }
        }
        return committed;
    }

    static boolean inside(LocalDate date, LocalDate start, LocalDate end) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
