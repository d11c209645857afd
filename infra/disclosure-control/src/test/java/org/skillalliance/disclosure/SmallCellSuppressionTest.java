package org.skillalliance.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    @Test
    void aSmallCellIsSuppressedAndSoIsTheSmallestOtherSoItCannotBeRecoveredFromTheTotal() {
        Map<String, Integer> cells = cells("MICRO", 3, "SMALL", 11, "MEDIUM", 6);
        assertThat(SmallCellSuppression.suppressed(cells, 5)).containsExactly("MEDIUM", "MICRO");
    }

    @Test
    void withKOfOneNothingIsSuppressed() {
        assertThat(SmallCellSuppression.suppressed(cells("MICRO", 1, "SMALL", 2, "MEDIUM", 6), 1))
                .isEmpty();
    }

    @Test
    void twoSmallCellsThatTogetherStillCountFewerThanKPullInAThird() {
        // 1 + 2 = 3 hidden people could be recovered as a group of 3 < 5: the smallest shown cell (7) goes too
        Map<String, Integer> cells = cells("A", 1, "B", 2, "C", 7, "D", 20);
        assertThat(SmallCellSuppression.suppressed(cells, 5)).containsExactly("A", "B", "C");
    }

    @Test
    void twoSmallCellsThatTogetherReachKAreEnough() {
        assertThat(SmallCellSuppression.suppressed(cells("A", 3, "B", 4, "C", 9), 5))
                .containsExactly("A", "B");
    }

    @Test
    void emptyCellsAreShownAndNeverUsedAsComplement() {
        assertThat(SmallCellSuppression.suppressed(cells("A", 0, "B", 2, "C", 8), 5))
                .containsExactly("B", "C");
    }

    @Test
    void tiesAreBrokenByKeySoTheResultIsStable() {
        assertThat(SmallCellSuppression.suppressed(cells("X", 2, "B", 6, "A", 6), 5))
                .containsExactly("A", "X");
    }

    @Test
    void aBreakdownWithoutSmallCellsShowsEverything() {
        assertThat(SmallCellSuppression.suppressed(cells("A", 5, "B", 6), 5)).isEmpty();
    }

    @Test
    void suppressedCellsOfOnePersonEachAreRecoverableEvenWhenTheyCountKTogether() {
        // k = 3: three cells of 1 hide 3 >= k people together, but 13 - 10 = 3 people in three non-empty cells
        // means each holds exactly one; the smallest shown cell (D) goes too
        Map<String, Integer> cells = cells("A", 1, "B", 1, "C", 1, "D", 10, "E", 12);
        assertThat(SmallCellSuppression.suppressed(cells, 3)).containsExactly("A", "B", "C", "D");
    }

    @Test
    void aGroupOfSuppressedCellsIsSafeOnceItCountsKAndNotOneEach() {
        // 1 + 1 + 2 = 4 >= k = 4 and not one each: each of the three could hold 1 or 2
        assertThat(SmallCellSuppression.suppressed(cells("A", 1, "B", 1, "C", 2, "D", 9), 4))
                .containsExactly("A", "B", "C");
        // exactly k hidden in two cells is enough: each could hold 1 to 4 of the 5
        assertThat(SmallCellSuppression.suppressed(cells("A", 1, "B", 4, "C", 9), 5))
                .containsExactly("A", "B");
    }

    @Test
    void aBreakdownCountingFewerThanKInAllSuppressesNoEmptyCell() {
        // its total is under k, so the caller hides it; an empty cell would not help
        assertThat(SmallCellSuppression.suppressed(cells("A", 2, "B", 0), 5)).containsExactly("A");
        assertThat(SmallCellSuppression.suppressed(cells("A", 1, "B", 2, "C", 0), 5))
                .containsExactly("A", "B");
    }

    @Test
    void whenEveryPersonIsAloneInASuppressedCellAnEmptyCellIsSuppressedToo() {
        // total 2 >= k = 2 is shown; B and D, the only non-empty cells, are suppressed and 2 people in 2 non-empty
        // cells says "one each": suppressing the first empty cell (A) leaves 2 people in 3 cells
        assertThat(SmallCellSuppression.suppressed(cells("A", 0, "B", 1, "C", 0, "D", 1), 2))
                .containsExactly("A", "B", "D");
        // without an empty cell nothing can be done here: the caller must hide the total
        assertThat(SmallCellSuppression.suppressed(cells("B", 1, "D", 1), 2)).containsExactly("B", "D");
    }

    @Test
    void aBreakdownThatStillGivesItsCellsAwayIsToldSoAndTheCallerWithholdsIt() {
        // five people alone in five cells, k = 5, no empty cell: all suppressed, yet a total of 5 over 5 listed cells
        // says "one each"
        Map<String, Integer> alone = cells("A", 1, "B", 1, "C", 1, "D", 1, "E", 1);
        assertThat(SmallCellSuppression.givesAway(alone, SmallCellSuppression.suppressed(alone, 5), 5))
                .isTrue();
        // everyone in one cell: the total is its count
        Map<String, Integer> one = cells("MICRO", 3);
        assertThat(SmallCellSuppression.givesAway(one, SmallCellSuppression.suppressed(one, 5), 5))
                .isTrue();
        // fewer than k in all, every cell suppressed
        Map<String, Integer> few = cells("A", 2, "B", 2);
        assertThat(SmallCellSuppression.givesAway(few, SmallCellSuppression.suppressed(few, 5), 5))
                .isTrue();
        // an empty cell blurs "one each"
        Map<String, Integer> blurred = cells("A", 0, "B", 1, "C", 0, "D", 1);
        assertThat(SmallCellSuppression.givesAway(blurred, SmallCellSuppression.suppressed(blurred, 2), 2))
                .isFalse();
        // a shown cell, or suppressed cells that together count k and not one each, give nothing away
        Map<String, Integer> shown = cells("MEDIUM", 2, "MICRO", 3, "SMALL", 9);
        assertThat(SmallCellSuppression.givesAway(shown, SmallCellSuppression.suppressed(shown, 5), 5))
                .isFalse();
        Map<String, Integer> uncertain = cells("DIGITAL", 10, "TECHNICAL", 4);
        assertThat(SmallCellSuppression.givesAway(uncertain, SmallCellSuppression.suppressed(uncertain, 5), 5))
                .isFalse();
        // nothing suppressed, nothing given away
        Map<String, Integer> large = cells("A", 5, "B", 6);
        assertThat(SmallCellSuppression.givesAway(large, SmallCellSuppression.suppressed(large, 5), 5))
                .isFalse();
    }

    @Test
    void aBreakdownWhereOnePersonSitsInSeveralCellsNeverShowsALoneSuppressedCell() {
        // skill categories of 14 participants, 3 of whom took a course of both categories: DIGITAL 10 + TECHNICAL 4
        // = 14 cells for 14 people says nothing exact, but a lone suppressed TECHNICAL would be known to be under 5,
        // and 14 - 10 = 4 people at least sit in it: pinned at 4. So DIGITAL is suppressed with it.
        assertThat(SmallCellSuppression.suppressed(cells("DIGITAL", 10, "TECHNICAL", 4), 5))
                .containsExactly("DIGITAL", "TECHNICAL");
    }

    @Test
    void noPartitionEverLetsASuppressedCellBeRecoveredFromTheTotal() {
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 5_000; round++) {
            int k = 2 + random.nextInt(6);
            Map<String, Integer> cells = new TreeMap<>();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                cells.put("c" + i, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2 * k));
            }
            Set<String> hidden = SmallCellSuppression.suppressed(cells, k);
            int group = hidden.stream().mapToInt(cells::get).sum();
            boolean nonEmptyShown =
                    cells.entrySet().stream().anyMatch(e -> !hidden.contains(e.getKey()) && e.getValue() > 0);
            String why = cells + " k=" + k + " suppressed " + hidden;
            cells.forEach((key, count) -> {
                if (!hidden.contains(key)) {
                    assertThat(SmallCellSuppression.showable(count, k)).as(why).isTrue();
                }
            });
            boolean emptyHidden = hidden.stream().anyMatch(key -> cells.get(key) == 0);
            if (!hidden.isEmpty() && (nonEmptyShown || emptyHidden)) {
                assertThat(hidden.size()).as(why).isGreaterThanOrEqualTo(2);
                assertThat(group).as(why).isGreaterThanOrEqualTo(k);
                assertThat(group > hidden.size() || emptyHidden)
                        .as(why + ": one person each")
                        .isTrue();
            }
            if (!hidden.isEmpty() && !nonEmptyShown && !emptyHidden) {
                // every non-empty cell suppressed: not one each, or fewer than k in all, or no empty cell to add
                assertThat(group > hidden.size()
                                || group < k
                                || cells.values().stream().noneMatch(count -> count == 0))
                        .as(why)
                        .isTrue();
            }
        }
    }

    @Test
    void showableCountsAreZeroAndKOrMore() {
        assertThat(SmallCellSuppression.showable(0, 5)).isTrue();
        assertThat(SmallCellSuppression.showable(1, 5)).isFalse();
        assertThat(SmallCellSuppression.showable(4, 5)).isFalse();
        assertThat(SmallCellSuppression.showable(5, 5)).isTrue();
    }

    private static Map<String, Integer> cells(Object... keysAndCounts) {
        Map<String, Integer> cells = new TreeMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return cells;
    }
}
