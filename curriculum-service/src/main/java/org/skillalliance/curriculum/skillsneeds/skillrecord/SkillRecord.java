package org.skillalliance.curriculum.skillsneeds.skillrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * A staff member's level 1-5 in a skill, with its source and the day it was assessed. Staff and employer are
 * pseudonymous ids only (no personal data leaves member-service).
 *
 * @param enrolmentId the completed enrolment a {@link SkillSource#COURSE} record comes from, else null
 * @param courseId    that enrolment's course, else null
 */
@AggregateRoot
public record SkillRecord(
        UUID id,
        UUID staffId,
        UUID employerId,
        UUID skillId,
        int level,
        SkillSource source,
        LocalDate assessedOn,
        Instant recordedAt,
        UUID enrolmentId,
        UUID courseId) {

    public SkillRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (level < 1 || level > 5) {
            throw RuleBroken.invalid("level", "must be between 1 and 5, got " + level);
        }
        if ((source == SkillSource.COURSE) != (enrolmentId != null)) {
            throw new IllegalArgumentException("a COURSE record, and only it, comes from an enrolment");
        }
    }

    /** Learning at work signed off at a level (source ON_THE_JOB), dated the sign-off day. */
    public static SkillRecord signedOff(
            UUID staffId, UUID employerId, UUID skillId, int levelReached, LocalDate signedOffOn, Instant at) {
        return new SkillRecord(
                UUID.randomUUID(),
                staffId,
                employerId,
                skillId,
                levelReached,
                SkillSource.ON_THE_JOB,
                signedOffOn,
                at,
                null,
                null);
    }

    /**
     * A manager's rating or a self-assessment, as the employer records it.
     *
     * @throws RuleBroken (400) for the COURSE source (it comes from completed enrolments) or a day after today
     */
    public static SkillRecord assessed(
            UUID id,
            UUID staffId,
            UUID employerId,
            UUID skillId,
            int level,
            SkillSource source,
            LocalDate assessedOn,
            LocalDate today,
            Instant at) {
        if (source == SkillSource.COURSE) {
            throw RuleBroken.invalid(
                    "source",
                    "COURSE levels come from completed enrolments with a passed"
                            + " post-assessment; record MANAGER or SELF");
        }
        if (source == SkillSource.ON_THE_JOB) {
            throw RuleBroken.invalid(
                    "source",
                    "ON_THE_JOB levels come from signed-off learning at work (/api/workplace-learning,"
                            + " /api/workshops); record MANAGER or SELF");
        }
        LocalDate day = assessedOn == null ? today : assessedOn;
        if (day.isAfter(today)) {
            throw RuleBroken.invalid("assessedOn", "must not be after today (" + today + ")");
        }
        return new SkillRecord(id, staffId, employerId, skillId, level, source, day, at, null, null);
    }
}
