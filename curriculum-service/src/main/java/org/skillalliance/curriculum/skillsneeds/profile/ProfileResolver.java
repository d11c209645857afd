package org.skillalliance.curriculum.skillsneeds.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Service;

/**
 * Finds the profile that applies to a staff member of an alliance's member employer: the employer's own profile for
 * the staff member's job role, else the alliance's standard one; at each, the most specific ISCO-08 group that
 * contains the job role wins ({@code 7223} before {@code 722} before {@code 72} before {@code 7}). The employer's
 * choice comes first because adopting or adjusting a profile is exactly how an employer says what its staff need.
 */
@Service
public final class ProfileResolver {

    private final Map<String, ResolvedProfile> standards = new HashMap<>();
    private final Map<UUID, Map<String, ResolvedProfile>> byEmployer = new HashMap<>();

    /** Over every profile of one alliance (standards and employers' profiles). */
    public ProfileResolver(List<ResolvedProfile> profiles) {
        for (ResolvedProfile resolved : profiles) {
            SkillProfile p = resolved.profile();
            if (p.isStandard()) {
                standards.put(p.jobRoleIsco(), resolved);
            } else {
                byEmployer.computeIfAbsent(p.employerId(), e -> new HashMap<>()).put(p.jobRoleIsco(), resolved);
            }
        }
    }

    /** The profile for a staff member of the employer with this job role; empty without a job role or a profile. */
    public Optional<ResolvedProfile> find(UUID employerId, String jobRoleIsco) {
        List<String> codes = Isco08.selfAndAncestors(jobRoleIsco);
        Map<String, ResolvedProfile> own = byEmployer.getOrDefault(employerId, Map.of());
        for (String code : codes) {
            if (own.containsKey(code)) {
                return Optional.of(own.get(code));
            }
        }
        for (String code : codes) {
            if (standards.containsKey(code)) {
                return Optional.of(standards.get(code));
            }
        }
        return Optional.empty();
    }
}
