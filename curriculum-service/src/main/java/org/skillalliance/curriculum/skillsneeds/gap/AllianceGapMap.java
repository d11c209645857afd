package org.skillalliance.curriculum.skillsneeds.gap;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** The alliance's anonymised gap map as of a day, with the shared curriculum's coverage of each skill. */
@ValueObject
public record AllianceGapMap(UUID allianceId, LocalDate asOf, GapMap map, Map<UUID, CourseCoverage> coverage) {

    public CourseCoverage coverageOf(UUID skillId) {
        return coverage.getOrDefault(skillId, CourseCoverage.NONE);
    }
}
