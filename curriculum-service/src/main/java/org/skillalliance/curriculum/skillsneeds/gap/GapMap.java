package org.skillalliance.curriculum.skillsneeds.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.disclosure.SmallCellSuppression;

/**
 * An alliance's skill gaps over all staff of its active member employers, anonymised: no staff or employer identity,
 * only counts of people, each either 0, at least k, or suppressed ({@link SmallCellSuppression}).
 *
 * <p>Rows are skills; a row counts the staff below their target in the skill ({@code staffBelowTarget}) and the sum of
 * their gaps, and breaks them down by the employer's size band. A row whose total is under k is suppressed as a whole;
 * otherwise the size-band cells are suppressed primary and complementary with the row total as their total.
 * Headline counts (staff covered, with and without a profile) follow the same rules.
 *
 * @param staffCovered        active staff of active member employers
 * @param staffWithProfile    of those, staff with a profile for their job role
 * @param staffWithoutProfile of those, staff without one (no job role, or no profile for it)
 */
@ValueObject
public record GapMap(int k, Count staffCovered, Count staffWithProfile, Count staffWithoutProfile, List<Row> skills) {

    /** The size bands of DESIGN section 2 and {@code UNKNOWN} for employers whose band is not known yet. */
    public static final List<String> SIZE_BANDS = List.of("MICRO", "SMALL", "MEDIUM", "LARGE", "UNKNOWN");

    /** A count of people, or suppressed (value null). */
    public record Count(Integer value, boolean suppressed) {
        static Count of(int value, boolean suppressed) {
            return suppressed ? new Count(null, true) : new Count(value, false);
        }
    }

    /** One size band of a skill: staff below target and their total gap, or suppressed (both null). */
    public record Cell(String sizeBand, Integer staffBelowTarget, Integer totalGap, boolean suppressed) {}

    /**
     * One skill: staff below target, total gap (both null when the row is suppressed), the highest target level any
     * profile in use sets for it, and the breakdown by size band.
     */
    public record Row(
            UUID skillId,
            String skillCode,
            String skillName,
            SkillCategory category,
            Integer staffBelowTarget,
            Integer totalGap,
            boolean suppressed,
            int highestTargetLevel,
            List<Cell> bySizeBand) {}

    /** Builds the map over the staff's gap analyses with suppression threshold k. */
    public static GapMap over(List<StaffGaps> staff, int k) {
        int covered = staff.size();
        int withProfile = (int) staff.stream().filter(StaffGaps::hasProfile).count();
        Map<String, Integer> headline = new LinkedHashMap<>();
        headline.put("WITH_PROFILE", withProfile);
        headline.put("WITHOUT_PROFILE", covered - withProfile);
        boolean coveredHidden = !SmallCellSuppression.showable(covered, k);
        Set<String> hidden = coveredHidden ? headline.keySet() : SmallCellSuppression.suppressed(headline, k);

        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        for (StaffGaps member : staff) {
            String band = member.sizeBand() == null || !SIZE_BANDS.contains(member.sizeBand())
                    ? "UNKNOWN"
                    : member.sizeBand();
            for (SkillGap gap : member.gaps()) {
                tallies.computeIfAbsent(gap.skillId(), id -> new Tally(gap)).add(band, gap);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            rows.add(tally.row(k));
        }
        rows.sort(Comparator.comparing(Row::suppressed)
                .thenComparing(Comparator.comparing((Row r) -> r.suppressed() ? 0 : r.staffBelowTarget())
                        .reversed())
                .thenComparing(Comparator.comparing((Row r) -> r.suppressed() ? 0 : r.totalGap())
                        .reversed())
                .thenComparing(Row::skillCode));
        return new GapMap(
                k,
                Count.of(covered, coveredHidden),
                Count.of(withProfile, hidden.contains("WITH_PROFILE")),
                Count.of(covered - withProfile, hidden.contains("WITHOUT_PROFILE")),
                rows);
    }

    private static final class Tally {
        private final SkillGap first;
        private final Map<String, Integer> below = new LinkedHashMap<>();
        private final Map<String, Integer> gaps = new LinkedHashMap<>();
        private int highestTarget;

        Tally(SkillGap first) {
            this.first = first;
            for (String band : SIZE_BANDS) {
                below.put(band, 0);
                gaps.put(band, 0);
            }
        }

        void add(String band, SkillGap gap) {
            highestTarget = Math.max(highestTarget, gap.targetLevel());
            if (gap.gap() > 0) {
                below.merge(band, 1, Integer::sum);
                gaps.merge(band, gap.gap(), Integer::sum);
            }
        }

        Row row(int k) {
            int total = below.values().stream().mapToInt(Integer::intValue).sum();
            int totalGap = gaps.values().stream().mapToInt(Integer::intValue).sum();
            boolean rowHidden = !SmallCellSuppression.showable(total, k);
            Set<String> hidden = rowHidden ? below.keySet() : SmallCellSuppression.suppressed(below, k);
            List<Cell> cells = new ArrayList<>();
            for (String band : SIZE_BANDS) {
                cells.add(
                        hidden.contains(band)
                                ? new Cell(band, null, null, true)
                                : new Cell(band, below.get(band), gaps.get(band), false));
            }
            return new Row(
                    first.skillId(),
                    first.skillCode(),
                    first.skillName(),
                    first.category(),
                    rowHidden ? null : total,
                    rowHidden ? null : totalGap,
                    rowHidden,
                    highestTarget,
                    cells);
        }
    }
}
