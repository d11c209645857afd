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
 *   <li>Complementary: while the suppressed cells could be recovered from the shown cells and the total (a single
 *   suppressed cell, or suppressed cells that together count fewer than k people, which the total minus the shown
 *   cells would give away), also suppress the smallest shown non-empty cell (ties: the first key in order).</li>
 * </ul>
 * Empty cells reveal no one and are always shown.
 */
public final class SmallCellSuppression {

    private SmallCellSuppression() {
    }

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
            if (smallestShown.isEmpty()) {
                break;
            }
            suppressed.add(smallestShown.get());
        }
        return suppressed;
    }

    /** Whether a count may be shown on its own: 0, or at least k. */
    public static boolean showable(int count, int k) {
        return count == 0 || count >= k;
    }

    private static boolean recoverable(Map<String, Integer> cells, Set<String> suppressed, int k) {
        int hidden = suppressed.stream().mapToInt(cells::get).sum();
        return suppressed.size() == 1 || hidden < k;
    }
}
