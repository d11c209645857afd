package org.skillalliance.disclosure;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellSuppressionTest {

    @Test
    void aSmallCellIsSuppressedAndSoIsTheSmallestOtherSoItCannotBeRecoveredFromTheTotal() {
        Map<String, Integer> cells = cells("MICRO", 3, "SMALL", 11, "MEDIUM", 6);
        assertThat(SmallCellSuppression.suppressed(cells, 5)).containsExactly("MEDIUM", "MICRO");
    }

    @Test
    void withKOfOneNothingIsSuppressed() {
        assertThat(SmallCellSuppression.suppressed(cells("MICRO", 1, "SMALL", 2, "MEDIUM", 6), 1)).isEmpty();
    }

    @Test
    void twoSmallCellsThatTogetherStillCountFewerThanKPullInAThird() {
        // 1 + 2 = 3 hidden people could be recovered as a group of 3 < 5: the smallest shown cell (7) goes too
        Map<String, Integer> cells = cells("A", 1, "B", 2, "C", 7, "D", 20);
        assertThat(SmallCellSuppression.suppressed(cells, 5)).containsExactly("A", "B", "C");
    }

    @Test
    void twoSmallCellsThatTogetherReachKAreEnough() {
        assertThat(SmallCellSuppression.suppressed(cells("A", 3, "B", 4, "C", 9), 5)).containsExactly("A", "B");
    }

    @Test
    void emptyCellsAreShownAndNeverUsedAsComplement() {
        assertThat(SmallCellSuppression.suppressed(cells("A", 0, "B", 2, "C", 8), 5)).containsExactly("B", "C");
    }

    @Test
    void tiesAreBrokenByKeySoTheResultIsStable() {
        assertThat(SmallCellSuppression.suppressed(cells("X", 2, "B", 6, "A", 6), 5)).containsExactly("A", "X");
    }

    @Test
    void aBreakdownWithoutSmallCellsShowsEverything() {
        assertThat(SmallCellSuppression.suppressed(cells("A", 5, "B", 6), 5)).isEmpty();
    }

    private static Map<String, Integer> cells(Object... keysAndCounts) {
        Map<String, Integer> cells = new TreeMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return cells;
    }
}
