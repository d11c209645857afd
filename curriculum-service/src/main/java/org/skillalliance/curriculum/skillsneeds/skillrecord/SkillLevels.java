package org.skillalliance.curriculum.skillsneeds.skillrecord;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Service;

/**
 * Which record counts for a staff member's level in a skill, as issue 10 defines it: the newest record (by assessment
 * day, then by when it was recorded, then by id for a stable answer) of the strongest source present (COURSE = ON_THE_JOB
 * > MANAGER > SELF). The rule holds for every source alike, courses included: a later course that proves a lower level
 * replaces an earlier, higher one, since the newest evidence of the strongest kind is what the issue asks to count.
 */
@Service
public final class SkillLevels {

    private static final Comparator<SkillRecord> NEWEST_LAST = Comparator.comparing(SkillRecord::assessedOn)
            .thenComparing(SkillRecord::recordedAt)
            .thenComparing(r -> r.id().toString());

    private SkillLevels() {}

    /** The record that counts, per skill, among one staff member's records. */
    public static Map<UUID, SkillRecord> effective(Collection<SkillRecord> records) {
        Map<UUID, SkillRecord> counting = new HashMap<>();
        for (SkillRecord record : records) {
            counting.merge(record.skillId(), record, (a, b) -> stronger(a, b) ? a : b);
        }
        return counting;
    }

    /** Whether {@code a} counts rather than {@code b} (both of one staff member and skill). */
    static boolean stronger(SkillRecord a, SkillRecord b) {
        if (a.source().strength() != b.source().strength()) {
            return a.source().strength() > b.source().strength();
        }
        return NEWEST_LAST.compare(a, b) > 0;
    }
}
