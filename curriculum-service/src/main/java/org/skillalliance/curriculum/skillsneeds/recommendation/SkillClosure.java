package org.skillalliance.curriculum.skillsneeds.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.course.SkillTarget;
import org.skillalliance.curriculum.skillsneeds.gap.SkillGap;

/**
 * How much of one gap a course closes: {@code min(gap, max(0, course target level - current level))}, taking the
 * staff member from {@code fromLevel} to {@code toLevel}.
 */
@ValueObject
public record SkillClosure(UUID skillId, String skillCode, int fromLevel, int toLevel, int gapClosed) {

    /** The gaps the course closes (only those it closes at all), in the order of the gaps. */
    public static List<SkillClosure> of(List<SkillGap> gaps, List<SkillTarget> courseSkills) {
        Map<UUID, Integer> taught = new java.util.HashMap<>();
        courseSkills.forEach(s -> taught.put(s.skillId(), s.targetLevel()));
        List<SkillClosure> closures = new ArrayList<>();
        for (SkillGap gap : gaps) {
            Integer courseLevel = taught.get(gap.skillId());
            if (courseLevel == null || gap.gap() == 0) {
                continue;
            }
            int closed = Math.min(gap.gap(), Math.max(0, courseLevel - gap.currentLevel()));
            if (closed > 0) {
                closures.add(new SkillClosure(
                        gap.skillId(), gap.skillCode(), gap.currentLevel(), gap.currentLevel() + closed, closed));
            }
        }
        return closures;
    }

    public static int total(List<SkillClosure> closures) {
        return closures.stream().mapToInt(SkillClosure::gapClosed).sum();
    }
}
