package org.skillalliance.curriculum.skillsneeds.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.skill.SkillCategory;

/**
 * One skill over a group of staff: how many need it, how many are below their target, the sum of their gaps, and the
 * highest target level any of them has.
 */
@ValueObject
public record SkillTally(
        UUID skillId,
        String skillCode,
        String skillName,
        SkillCategory category,
        int staffRequiring,
        int staffBelowTarget,
        int totalGap,
        int highestTargetLevel) {

    /** Most staff below target first, then the largest total gap, then by skill code. */
    public static final Comparator<SkillTally> MOST_NEEDED_FIRST = Comparator.comparingInt(SkillTally::staffBelowTarget)
            .reversed()
            .thenComparing(Comparator.comparingInt(SkillTally::totalGap).reversed())
            .thenComparing(SkillTally::skillCode);

    /** The tallies of every skill required of these staff, most needed first. */
    public static List<SkillTally> over(List<StaffGaps> staff) {
        Map<UUID, SkillTally> tallies = new LinkedHashMap<>();
        for (StaffGaps member : staff) {
            for (SkillGap gap : member.gaps()) {
                SkillTally one = new SkillTally(
                        gap.skillId(),
                        gap.skillCode(),
                        gap.skillName(),
                        gap.category(),
                        1,
                        gap.gap() > 0 ? 1 : 0,
                        gap.gap(),
                        gap.targetLevel());
                tallies.merge(gap.skillId(), one, SkillTally::plus);
            }
        }
        List<SkillTally> ranked = new ArrayList<>(tallies.values());
        ranked.sort(MOST_NEEDED_FIRST);
        return ranked;
    }

    SkillTally plus(SkillTally other) {
        return new SkillTally(
                skillId,
                skillCode,
                skillName,
                category,
                staffRequiring + other.staffRequiring,
                staffBelowTarget + other.staffBelowTarget,
                totalGap + other.totalGap,
                Math.max(highestTargetLevel, other.highestTargetLevel));
    }
}
