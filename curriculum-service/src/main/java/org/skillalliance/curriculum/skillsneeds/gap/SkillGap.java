package org.skillalliance.curriculum.skillsneeds.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.curriculum.skillsneeds.profile.ProfileSkill;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillRecord;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillSource;

/**
 * One required skill of a staff member: the profile's target level, the level that counts now (0 without any record)
 * with its source and day, and the gap, {@code max(0, target - current)}.
 */
@ValueObject
public record SkillGap(
        UUID skillId,
        String skillCode,
        String skillName,
        SkillCategory category,
        int targetLevel,
        int currentLevel,
        SkillSource source,
        LocalDate assessedOn,
        int gap) {

    /** Largest gap first, then by skill code. */
    public static final Comparator<SkillGap> LARGEST_FIRST =
            Comparator.comparingInt(SkillGap::gap).reversed().thenComparing(SkillGap::skillCode);

    /** The gaps of one staff member: each required skill against the record that counts for it. */
    public static List<SkillGap> of(List<ProfileSkill> requirements, Map<UUID, SkillRecord> levels) {
        List<SkillGap> gaps = new ArrayList<>();
        for (ProfileSkill required : requirements) {
            SkillRecord current = levels.get(required.skillId());
            int level = current == null ? 0 : current.level();
            gaps.add(new SkillGap(
                    required.skillId(),
                    required.skillCode(),
                    required.skillName(),
                    required.category(),
                    required.targetLevel(),
                    level,
                    current == null ? null : current.source(),
                    current == null ? null : current.assessedOn(),
                    Math.max(0, required.targetLevel() - level)));
        }
        gaps.sort(LARGEST_FIRST);
        return gaps;
    }
}
