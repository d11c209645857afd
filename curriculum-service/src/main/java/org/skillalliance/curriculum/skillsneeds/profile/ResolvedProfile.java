package org.skillalliance.curriculum.skillsneeds.profile;

import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A profile with the skills that apply: its own, or, for an employer profile that adopts a standard as is, the
 * standard's as they stand now.
 */
@ValueObject
public record ResolvedProfile(SkillProfile profile, List<ProfileSkill> requirements) {

    public ResolvedProfile {
        requirements = List.copyOf(requirements);
    }
}
