package org.skillalliance.curriculum.skillsneeds.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.disclosure.SmallCellSuppression;

class SmallCellsTest {

    @Test
    void smallCellsAndTheCellsThatWouldGiveThemAwayAreSuppressed() {
        // MICRO 3 < 5: primary; alone it would be total - shown, so the smallest shown non-empty cell (SMALL 6) goes
        // too
        assertThat(SmallCellSuppression.suppressed(cells(3, 6, 9, 0, 0), 5))
                .containsExactlyInAnyOrder("MICRO", "SMALL");
        // two primaries counting 2 + 2 = 4 < 5 together: still recoverable as a group, so MEDIUM 7 goes too
        assertThat(SmallCellSuppression.suppressed(cells(2, 2, 7, 12, 0), 5))
                .containsExactlyInAnyOrder("MICRO", "SMALL", "MEDIUM");
        // two primaries counting 3 + 4 = 7 >= 5: no single one can be recovered
        assertThat(SmallCellSuppression.suppressed(cells(3, 4, 7, 0, 0), 5))
                .containsExactlyInAnyOrder("MICRO", "SMALL");
        assertThat(SmallCellSuppression.suppressed(cells(5, 0, 9, 0, 0), 5)).isEmpty();
        assertThat(SmallCellSuppression.suppressed(cells(1, 2, 3, 4, 0), 1)).isEmpty();
    }

    @Test
    void noBreakdownEverShowsACellUnderKNorLetsASuppressedCellBeRecovered() {
        Random random = new Random(20260302);
        for (int round = 0; round < 5_000; round++) {
            int k = 2 + random.nextInt(9);
            Map<String, Integer> cells = new LinkedHashMap<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                cells.put("c" + i, random.nextInt(4) == 0 ? 0 : random.nextInt(3 * k));
            }
            int total = cells.values().stream().mapToInt(Integer::intValue).sum();
            if (!SmallCellSuppression.showable(total, k)) {
                continue; // the whole breakdown is hidden with its total
            }
            Set<String> hidden = SmallCellSuppression.suppressed(cells, k);
            int hiddenSum = hidden.stream().mapToInt(cells::get).sum();
            cells.forEach((key, count) -> {
                if (!hidden.contains(key)) {
                    assertThat(SmallCellSuppression.showable(count, k))
                            .as(cells + " k=" + k + " shows " + key)
                            .isTrue();
                }
            });
            if (!hidden.isEmpty()) {
                assertThat(hidden.size()).as(cells + " k=" + k).isGreaterThanOrEqualTo(2);
                assertThat(hiddenSum).as(cells + " k=" + k).isGreaterThanOrEqualTo(k);
                // more people than suppressed cells, else each suppressed cell would be known to hold one, unless an
                // empty cell is among them (a breakdown without one gives its cells away by its total: the gap map
                // always lists all five size bands)
                assertThat(hiddenSum > hidden.size()
                                || hidden.stream().anyMatch(key -> cells.get(key) == 0)
                                || cells.values().stream().noneMatch(count -> count == 0))
                        .as(cells + " k=" + k + " suppressed " + hidden)
                        .isTrue();
            }
        }
    }

    @Test
    void theGapMapCountsStaffBelowTargetPerSkillAndSizeBandAndHidesSmallRowsAndCells() {
        UUID cnc = UUID.randomUUID();
        UUID lean = UUID.randomUUID();
        List<StaffGaps> staff = new ArrayList<>();
        // CNC: 6 MICRO below target (gap 1 each), 2 SMALL below target (gap 2 each), 1 SMALL at target
        for (int i = 0; i < 6; i++) {
            staff.add(member("MICRO", gap(cnc, "CNC", 3, 2), gap(lean, "LEAN", 2, 2)));
        }
        for (int i = 0; i < 2; i++) {
            staff.add(member("SMALL", gap(cnc, "CNC", 3, 1), gap(lean, "LEAN", 2, 0)));
        }
        staff.add(member("SMALL", gap(cnc, "CNC", 3, 3)));
        staff.add(new StaffGaps(UUID.randomUUID(), UUID.randomUUID(), null, "LARGE", null, List.of()));

        GapMap map = GapMap.over(staff, 5);

        // headline: 10 covered = 9 with a profile + 1 without; the 1 is under k and would give the 9 away
        assertThat(map.staffCovered()).isEqualTo(new GapMap.Count(10, false));
        assertThat(map.staffWithProfile().suppressed()).isTrue();
        assertThat(map.staffWithoutProfile().suppressed()).isTrue();
        GapMap.Row cncRow = map.skills().getFirst();
        // CNC: 6 + 2 = 8 below target, gaps 6 x 1 + 2 x 2 = 10; SMALL 2 < 5 is suppressed and so is MICRO (else 8 - 6)
        assertThat(cncRow.skillCode()).isEqualTo("CNC");
        assertThat(cncRow.staffBelowTarget()).isEqualTo(8);
        assertThat(cncRow.totalGap()).isEqualTo(10);
        assertThat(cncRow.highestTargetLevel()).isEqualTo(3);
        assertThat(cncRow.bySizeBand())
                .extracting(GapMap.Cell::sizeBand, GapMap.Cell::suppressed, GapMap.Cell::staffBelowTarget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MICRO", true, null),
                        org.assertj.core.groups.Tuple.tuple("SMALL", true, null),
                        org.assertj.core.groups.Tuple.tuple("MEDIUM", false, 0),
                        org.assertj.core.groups.Tuple.tuple("LARGE", false, 0),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN", false, 0));
        // LEAN: 2 below target (the SMALL ones, gap 2 each): the whole row is under k
        GapMap.Row leanRow = map.skills().get(1);
        assertThat(leanRow.suppressed()).isTrue();
        assertThat(leanRow.staffBelowTarget()).isNull();
        assertThat(leanRow.totalGap()).isNull();
        assertThat(leanRow.bySizeBand()).allMatch(GapMap.Cell::suppressed);
    }

    private static StaffGaps member(String band, SkillGap... gaps) {
        return new StaffGaps(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "7223",
                band,
                new org.skillalliance.curriculum.skillsneeds.profile.ResolvedProfile(
                        org.skillalliance.curriculum.skillsneeds.profile.SkillProfile.restore(
                                UUID.randomUUID(), UUID.randomUUID(), null, "7223", "p", null, List.of()),
                        List.of()),
                List.of(gaps));
    }

    private static SkillGap gap(UUID skill, String code, int target, int current) {
        return new SkillGap(
                skill,
                code,
                code,
                SkillCategory.TECHNICAL,
                target,
                current,
                null,
                (LocalDate) null,
                Math.max(0, target - current));
    }

    private static Map<String, Integer> cells(int micro, int small, int medium, int large, int unknown) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        cells.put("MICRO", micro);
        cells.put("SMALL", small);
        cells.put("MEDIUM", medium);
        cells.put("LARGE", large);
        cells.put("UNKNOWN", unknown);
        return cells;
    }
}
