package org.skillalliance.curriculum.skillsneeds.gap;

import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** An employer's gap analysis within an alliance: its active staff, and its skills ranked by need. */
@ValueObject
public record EmployerGaps(UUID employerId, UUID allianceId, List<StaffGaps> staff, List<SkillTally> skills) {

    public int staffWithoutProfile() {
        return (int) staff.stream().filter(s -> !s.hasProfile()).count();
    }
}
