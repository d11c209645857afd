package org.skillalliance.disclosure;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which cells of one breakdown whose total is shown to hide (DESIGN section 3).
 *
 * <ul>
 *   <li>Primary: a cell with {@code 0 < count < k}.</li>
 *   <li>Complementary: while the suppressed cells could be recovered from the shown cells and the total, also
 *   suppress the smallest shown non-empty cell (ties: the first key in order).</li>
 * </ul>
 * Empty cells reveal no one and are shown, so a reader knows every suppressed cell holds at least one person; the one
 * exception is below.
 *
 * <p>What a reader can recover. In a breakdown whose cells partition the people (each person in exactly one cell),
 * the total minus the shown cells gives the suppressed cells' count as one group, {@code H}; with {@code m}
 * suppressed cells, each of at least one person, each lies between 1 and {@code H - (m - 1)}. So the suppressed cells
 * are recoverable, and one more cell is suppressed, when
 * <ul>
 *   <li>there is one suppressed cell ({@code H} is its count),</li>
 *   <li>all suppressed cells as one group count fewer than k ({@code H < k}: the group is itself a small cell), or</li>
 *   <li>every suppressed cell holds exactly one person ({@code H = m}: the bounds meet), which {@code H < k} misses
 *   once k or more cells of one person each are suppressed.</li>
 * </ul>
 * Otherwise every suppressed cell could hold anything from 1 to {@code H - (m - 1) >= 2} people and the group counts
 * at least k. When every non-empty cell is suppressed and they still hold one person each ({@code H = m >= k}), the
 * first shown empty cell by key is suppressed too: a reader then cannot tell which suppressed cells hold anyone. A
 * breakdown that lists no empty cell cannot be protected that way; its total gives the cells away and must be hidden
 * by the caller (as a breakdown whose total is under k must): {@link #givesAway} tells it so.
 *
 * <p>Breakdowns where one person can sit in several cells (a participant of two courses, a course of two skill
 * categories) are given to the same rule unchanged. Their cells add up to at least the total, so the total minus the
 * shown cells is only a lower bound on the people in the suppressed cells, never their count: once two cells are
 * suppressed, subtraction recovers none of them. The one case the rule must still avoid there is a lone suppressed
 * cell beside shown ones: a reader who knows this rule knows a lone suppressed cell is under k, and with the lower
 * bound {@code total - shown} reaching {@code k - 1} that pins it. Applying the partition rule never leaves a lone
 * suppressed cell while a non-empty cell is shown, and everything it hides in a partition stays hidden where the
 * reader knows less. Linking two breakdowns of one report (a course's cell and the cell of the only skill category
 * that course carries count the same people) is outside this rule: each breakdown is protected against its own total.
 */
public final class SmallCellSuppression {

    private SmallCellSuppression() {}

    /** The keys of the cells to suppress; {@code k <= 1} suppresses nothing. */
    public static Set<String> suppressed(Map<String, Integer> cells, int k) {
        Set<String> suppressed = new TreeSet<>();
        cells.forEach((key, count) -> {
            if (count > 0 && count < k) {
                suppressed.add(key);
            }
        });
        while (!suppressed.isEmpty() && recoverable(cells, suppressed, k)) {
            Optional<String> smallestShown = cells.entrySet().stream()
                    .filter(e -> !suppressed.contains(e.getKey()) && e.getValue() > 0)
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey);
            if (smallestShown.isEmpty() && hiddenCount(cells, suppressed) >= k) {
                // every non-empty cell is suppressed and each holds one person: only an empty cell among them can
                // make "one each" uncertain (with fewer than k in all, the caller hides the total instead)
                smallestShown = cells.entrySet().stream()
                        .filter(e -> !suppressed.contains(e.getKey()))
                        .map(Map.Entry::getKey)
                        .min(Comparator.naturalOrder());
            }
            if (smallestShown.isEmpty()) {
                break;
            }
            suppressed.add(smallestShown.get());
        }
        return suppressed;
    }

    /**
     * Whether the breakdown gives its suppressed cells away even after {@link #suppressed}: every non-empty cell is
     * suppressed and they are still recoverable from the total (one cell holding everyone, fewer than k in all, or one
     * person each with no empty cell left to blur it). Such a breakdown must be withheld whole by a caller that shows
     * its total: listing which cells exist already says too much.
     */
    public static boolean givesAway(Map<String, Integer> cells, Set<String> suppressed, int k) {
        boolean everyNonEmptyCellSuppressed =
                cells.entrySet().stream().allMatch(e -> e.getValue() == 0 || suppressed.contains(e.getKey()));
        return !suppressed.isEmpty() && everyNonEmptyCellSuppressed && recoverable(cells, suppressed, k);
    }

    /** Whether a count may be shown on its own: 0, or at least k. */
    public static boolean showable(int count, int k) {
        return count == 0 || count >= k;
    }

    private static boolean recoverable(Map<String, Integer> cells, Set<String> suppressed, int k) {
        int hidden = hiddenCount(cells, suppressed);
        return suppressed.size() == 1 || hidden < k || hidden == suppressed.size();
    }

    private static int hiddenCount(Map<String, Integer> cells, Set<String> suppressed) {
        return suppressed.stream().mapToInt(cells::get).sum();
    }
}
