package org.skillalliance.platform.demo;

import java.util.List;
import java.util.UUID;

/**
 * A job-role skill profile to publish ({@code POST /api/skills/profiles}): the alliance's standard for an ISCO-08 group
 * (no {@code employerId}), or an employer's own, adopting ({@code basedOn}, no skills) or adjusting a standard.
 *
 * @param jobRoleIsco an ISCO-08 group of 1 to 4 digits; a standard for {@code 722} covers every unit group in it
 */
public record ProfileSpec(
        UUID allianceId, UUID employerId, String jobRoleIsco, String name, UUID basedOn, List<Target> skills) {

    public ProfileSpec {
        skills = skills == null ? null : List.copyOf(skills);
    }

    /** The alliance's standard profile for a job role. */
    public static ProfileSpec standard(UUID allianceId, String jobRoleIsco, String name, List<Target> skills) {
        return new ProfileSpec(allianceId, null, jobRoleIsco, name, null, skills);
    }

    /** A skill the job role needs, at a target level from 1 to 5. */
    public record Target(UUID skillId, int targetLevel) {}
}
