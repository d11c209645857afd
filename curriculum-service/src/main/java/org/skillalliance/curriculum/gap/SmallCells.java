package org.skillalliance.curriculum.gap;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-cell suppression of one breakdown whose total is shown, as DESIGN section 3 defines it (and reporting-service
 * applies to its reports):
 * <ul>
 *   <li>primary: a cell counting {@code 0 < n < k} people is suppressed;</li>
 *   <li>complementary: while the suppressed cells could be recovered from the total and the shown cells (a single
 *   suppressed cell, or suppressed cells counting fewer than k together), the smallest shown non-empty cell is
 *   suppressed too (ties: the first key in order).</li>
 * </ul>
 * Empty cells reveal no one and stay shown.
 */
public final class SmallCells {

    private SmallCells() {
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
