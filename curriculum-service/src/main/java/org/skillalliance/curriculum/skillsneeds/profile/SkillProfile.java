package org.skillalliance.curriculum.skillsneeds.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * A job-role skill profile: the skills a job role (ISCO-08 code) needs, each with a target level 1-5.
 *
 * <p>Two kinds: the alliance's <em>standard</em> profile for its sector ({@code employerId} null), and an employer's
 * own. An employer's profile either adopts a standard as is ({@code basedOn} set, no skills of its own: it follows the
 * standard, revisions included) or lists its own skills (adjusted from {@code basedOn}, or written from scratch).
 */
@AggregateRoot
public final class SkillProfile {

    static final int MAX_SKILLS = 50;

    private final UUID id;
    private final UUID allianceId;
    private final UUID employerId;
    private final String jobRoleIsco;
    private final UUID basedOn;
    private String name;
    private List<ProfileSkill> skills;

    private SkillProfile(
            UUID id,
            UUID allianceId,
            UUID employerId,
            String jobRoleIsco,
            String name,
            UUID basedOn,
            List<ProfileSkill> skills) {
        this.id = Objects.requireNonNull(id, "id");
        this.allianceId = Objects.requireNonNull(allianceId, "allianceId");
        this.employerId = employerId;
        this.jobRoleIsco = jobRoleIsco;
        this.basedOn = basedOn;
        this.name = name;
        this.skills = List.copyOf(skills);
    }

    /**
     * The alliance's standard profile for a job role.
     *
     * @throws RuleBroken (400) for a code that is not an ISCO-08 group, no skills, a skill listed twice, a level
     *                    outside 1-5
     */
    public static SkillProfile standard(
            UUID id, UUID allianceId, String jobRoleIsco, String name, List<ProfileSkill> skills) {
        Isco08.checked("jobRoleIsco", jobRoleIsco);
        return new SkillProfile(
                id, allianceId, null, jobRoleIsco, named(name, jobRoleIsco), null, checkedSkills(skills, true));
    }

    /**
     * An employer's profile: adopted as is from a standard ({@code basedOn} and no skills), or its own skills.
     *
     * @param standard the standard profile {@code basedOn} names (null when there is none), already checked to be a
     *                 standard of the same alliance
     */
    public static SkillProfile forEmployer(
            UUID id,
            UUID allianceId,
            UUID employerId,
            String jobRoleIsco,
            String name,
            SkillProfile standard,
            List<ProfileSkill> skills) {
        Objects.requireNonNull(employerId, "employerId");
        Isco08.checked("jobRoleIsco", jobRoleIsco);
        if (standard != null && !standard.isStandard()) {
            throw RuleBroken.rule("basedOn", "profile " + standard.id() + " is an employer's profile, not a standard");
        }
        boolean adoptsAsIs = standard != null && (skills == null || skills.isEmpty());
        String defaultName = standard != null ? standard.name() : null;
        return new SkillProfile(
                id,
                allianceId,
                employerId,
                jobRoleIsco,
                name == null || name.isBlank() ? named(defaultName, jobRoleIsco) : named(name, jobRoleIsco),
                standard == null ? null : standard.id(),
                adoptsAsIs ? List.of() : checkedSkills(skills, true));
    }

    /** A profile as stored. */
    public static SkillProfile restore(
            UUID id,
            UUID allianceId,
            UUID employerId,
            String jobRoleIsco,
            String name,
            UUID basedOn,
            List<ProfileSkill> skills) {
        return new SkillProfile(id, allianceId, employerId, jobRoleIsco, name, basedOn, skills);
    }

    /**
     * Replaces name and skills. An employer's profile based on a standard may drop its own skills (null or empty) to
     * follow the standard again; every other profile needs at least one skill.
     */
    public void revise(String newName, List<ProfileSkill> newSkills) {
        boolean follow = basedOn != null && (newSkills == null || newSkills.isEmpty());
        skills = follow ? List.of() : checkedSkills(newSkills, true);
        if (newName != null && !newName.isBlank()) {
            name = named(newName, jobRoleIsco);
        }
    }

    private static String named(String name, String jobRoleIsco) {
        String chosen =
                name == null || name.isBlank() ? Isco08.title(jobRoleIsco).orElse(jobRoleIsco) : name.trim();
        if (chosen.length() > 200) {
            throw RuleBroken.invalid("name", "must be at most 200 characters");
        }
        return chosen;
    }

    private static List<ProfileSkill> checkedSkills(List<ProfileSkill> skills, boolean required) {
        if (skills == null || skills.isEmpty()) {
            if (required) {
                throw RuleBroken.invalid(
                        "skills",
                        "must list at least one skill (or name a standard profile in" + " basedOn to adopt it as is)");
            }
            return List.of();
        }
        if (skills.size() > MAX_SKILLS) {
            throw RuleBroken.invalid("skills", "must list at most " + MAX_SKILLS + " skills");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            ProfileSkill skill = skills.get(i);
            if (!seen.add(skill.skillId())) {
                throw RuleBroken.invalid("skills[" + i + "].skillId", "the skill is listed twice");
            }
            if (skill.targetLevel() < 1 || skill.targetLevel() > 5) {
                throw RuleBroken.invalid("skills[" + i + "].targetLevel", "must be between 1 and 5");
            }
        }
        return List.copyOf(skills);
    }

    public boolean isStandard() {
        return employerId == null;
    }

    /** Whether this employer profile adopts its standard as is (and so follows the standard's revisions). */
    public boolean followsStandard() {
        return basedOn != null && skills.isEmpty();
    }

    public UUID id() {
        return id;
    }

    public UUID allianceId() {
        return allianceId;
    }

    public UUID employerId() {
        return employerId;
    }

    public String jobRoleIsco() {
        return jobRoleIsco;
    }

    public String name() {
        return name;
    }

    public UUID basedOn() {
        return basedOn;
    }
    /** The profile's own skills: empty for a profile that follows its standard. */
    public List<ProfileSkill> skills() {
        return skills;
    }
}
