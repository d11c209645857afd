package org.skillalliance.curriculum.skillsneeds.gap;

import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.skillsneeds.profile.ResolvedProfile;

/**
 * A staff member's gap analysis within an alliance: the profile that applies (null when none does: no job role, or no
 * profile for it) and one {@link SkillGap} per skill the profile requires.
 */
@ValueObject
public record StaffGaps(
        UUID staffId,
        UUID employerId,
        String jobRoleIsco,
        String sizeBand,
        ResolvedProfile profile,
        List<SkillGap> gaps) {

    public StaffGaps {
        gaps = List.copyOf(gaps);
    }

    public int totalGap() {
        return gaps.stream().mapToInt(SkillGap::gap).sum();
    }

    public boolean hasProfile() {
        return profile != null;
    }
}
