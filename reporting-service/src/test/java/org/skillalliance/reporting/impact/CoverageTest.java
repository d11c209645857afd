package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The three kinds of award coverage of DESIGN section 3, and how an award's commitment is spread over its seats. */
class CoverageTest {

    static final UUID COHORT = UUID.randomUUID();
    static final UUID OTHER_COHORT = UUID.randomUUID();
    static final UUID EMPLOYER = UUID.randomUUID();
    static final UUID OTHER_EMPLOYER = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void anAwardForACohortCoversTheWholeCohortWhateverItsTags() {
        Coverage coverage = new Coverage(List.of("DIGITAL"), List.of(award("ASSOCIATION", UUID.randomUUID(), COHORT)));

        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of(), START))).isTrue();
        assertThat(coverage.covers(seat(COHORT, OTHER_EMPLOYER, List.of("SAFETY"), START)))
                .isTrue();
        assertThat(coverage.covers(seat(OTHER_COHORT, EMPLOYER, List.of("DIGITAL"), START)))
                .isFalse();
        assertThat(coverage.awardedCohorts()).containsExactly(COHORT);
        assertThat(coverage.awardedEmployers()).isEmpty();
    }

    @Test
    void anAwardToAnEmployerCoversItsSeatsInTaggedCoursesStartingInsideTheAwardsPeriod() {
        JdbcImpactFacts.Award award = new JdbcImpactFacts.Award(
                UUID.randomUUID(), EMPLOYER, "EMPLOYER", null, 100, START, START.plusMonths(6));
        Coverage coverage = new Coverage(List.of("DIGITAL", "GREEN"), List.of(award));

        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of("GREEN", "DIGITAL", "X"), START)))
                .isTrue();
        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of("DIGITAL"), START)))
                .as("one tag missing")
                .isFalse();
        assertThat(coverage.covers(seat(COHORT, OTHER_EMPLOYER, List.of("DIGITAL", "GREEN"), START)))
                .isFalse();
        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of("DIGITAL", "GREEN"), START.minusDays(1))))
                .as("starts the day before the award's period")
                .isFalse();
        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of("DIGITAL", "GREEN"), START.plusMonths(6))))
                .as("starts on the award period's last day")
                .isTrue();
        assertThat(coverage.covers(seat(
                        COHORT,
                        EMPLOYER,
                        List.of("DIGITAL", "GREEN"),
                        START.plusMonths(6).plusDays(1))))
                .isFalse();
        assertThat(coverage.awardedEmployers()).containsExactly(EMPLOYER);
        assertThat(coverage.awardedCohorts()).isEmpty();
    }

    @Test
    void anAwardToAnEmployerNamingACohortCoversThatEmployersSeatsInThatCohortOnly() {
        // the cohort's course lacks the required tag and starts outside the award's period: naming it is enough
        JdbcImpactFacts.Award award =
                new JdbcImpactFacts.Award(UUID.randomUUID(), EMPLOYER, "EMPLOYER", COHORT, 100, START, START);
        Coverage coverage = new Coverage(List.of("DIGITAL"), List.of(award));

        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of("SAFETY"), START.plusYears(1))))
                .isTrue();
        assertThat(coverage.covers(seat(COHORT, OTHER_EMPLOYER, List.of("DIGITAL"), START)))
                .as("another employer's seat in the named cohort")
                .isFalse();
        assertThat(coverage.covers(seat(OTHER_COHORT, EMPLOYER, List.of("DIGITAL"), START)))
                .as("the employer's seat in another cohort")
                .isFalse();
        assertThat(coverage.awardedCohorts()).containsExactly(COHORT);
        assertThat(coverage.awardedEmployers()).containsExactly(EMPLOYER);
    }

    @Test
    void anAssociationsAwardNamingNoCohortCoversNothing() {
        Coverage coverage = new Coverage(List.of(), List.of(award("ASSOCIATION", EMPLOYER, null)));

        assertThat(coverage.covers(seat(COHORT, EMPLOYER, List.of(), START))).isFalse();
        assertThat(coverage.awardedCohorts()).isEmpty();
        assertThat(coverage.awardedEmployers()).isEmpty();
    }

    @Test
    void anAwardsCommitmentIsSpreadEvenlyOverItsSeatsAndASeatlessOneIsPlacedWhole() {
        JdbcImpactFacts.Award cohortAward =
                new JdbcImpactFacts.Award(UUID.randomUUID(), UUID.randomUUID(), "ASSOCIATION", COHORT, 300, null, null);
        JdbcImpactFacts.Award employerAward =
                new JdbcImpactFacts.Award(UUID.randomUUID(), EMPLOYER, "EMPLOYER", OTHER_COHORT, 100, null, null);
        JdbcImpactFacts.Award seatless =
                new JdbcImpactFacts.Award(UUID.randomUUID(), OTHER_EMPLOYER, "EMPLOYER", null, 70, START, START);
        Coverage coverage = new Coverage(List.of("DIGITAL"), List.of(cohortAward, employerAward, seatless));
        CoveredSeat inCohort = seat(COHORT, EMPLOYER, List.of(), START);
        CoveredSeat inCohortToo = seat(COHORT, OTHER_EMPLOYER, List.of(), START);
        CoveredSeat inCohortLater = seat(COHORT, EMPLOYER, List.of(), START);
        CoveredSeat inNamedCohort = seat(OTHER_COHORT, EMPLOYER, List.of(), START);
        List<CoveredSeat> covered = List.of(inCohort, inCohortToo, inCohortLater, inNamedCohort);

        // 300 over the cohort's 3 seats, 2 of them in scope: 200; 100 over the named cohort's 1 seat, out of scope
        BigDecimal committed =
                coverage.committed(covered, seat -> seat == inCohort || seat == inCohortToo, award -> false);
        assertThat(committed).isEqualByComparingTo("200");
        assertThat(coverage.committed(covered, seat -> seat == inCohort, award -> false))
                .isEqualByComparingTo("100");
        // everything in scope, and the seatless award placed inside: 300 + 100 + 70
        assertThat(coverage.committed(covered, seat -> true, award -> award == seatless))
                .isEqualByComparingTo("470");
        // the placement is asked about seatless awards only
        assertThat(coverage.committed(covered, seat -> true, award -> award != seatless))
                .isEqualByComparingTo("400");
        assertThat(coverage.awardsCovering(inNamedCohort)).containsExactly(employerAward);
    }

    private static JdbcImpactFacts.Award award(String kind, UUID beneficiary, UUID cohort) {
        return new JdbcImpactFacts.Award(UUID.randomUUID(), beneficiary, kind, cohort, 100, null, null);
    }

    private static CoveredSeat seat(UUID cohort, UUID employer, List<String> tags, LocalDate start) {
        return CoveredSeatBuilder.seat()
                .in(cohort, start)
                .employer(employer)
                .tags(tags)
                .build();
    }
}
