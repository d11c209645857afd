package org.skillalliance.curriculum.skillsneeds.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of job-role skill profiles: the alliance's standards, employers' adoptions and adjustments. */
@Service
public class SkillProfileManagement {

    /** A skill by catalogue id with the level the job role needs. */
    public record SkillRef(UUID skillId, int targetLevel) {}

    /** What a client sends to create a profile; {@code employerId} null for an alliance standard. */
    public record Draft(
            UUID allianceId, UUID employerId, String jobRoleIsco, String name, UUID basedOn, List<SkillRef> skills) {}

    private final JdbcSkillProfiles profiles;
    private final SkillCatalogue catalogue;
    private final MemberFacts memberFacts;
    private final Clock clock;

    SkillProfileManagement(JdbcSkillProfiles profiles, SkillCatalogue catalogue, MemberFacts memberFacts, Clock clock) {
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.memberFacts = memberFacts;
        this.clock = clock;
    }

    /**
     * Creates a profile. Without {@code employerId}: the alliance's standard profile for the job role, by the
     * alliance's coordinator. With it: the employer's own profile, by the employer's member-admin, adopting the standard
     * named in {@code basedOn} as is (no skills) or with its own skills.
     *
     * @throws ApiException.Forbidden for other roles, a coordinator of another alliance, a member-admin of another
     *                                employer
     * @throws ApiException.Conflict  when the owner already has a profile for the job role
     * @throws RuleBroken             400 for a code that is not ISCO-08, a level outside 1-5, no skills, a skill twice;
     *                                422 for an unknown skill or alliance, an employer that is no member, a
     *                                {@code basedOn} that is not a standard of the alliance
     */
    @Transactional
    public ResolvedProfile create(Caller caller, Draft draft) {
        boolean standard = draft.employerId() == null;
        if (standard) {
            caller.requireAnyRole("publish standard skill profiles", Role.COORDINATOR);
            if (!caller.isAdmin() && !coordinates(caller, draft.allianceId())) {
                throw new ApiException.Forbidden("only the coordinator of alliance " + draft.allianceId()
                        + " publishes its standard skill profiles");
            }
        } else {
            caller.requireAnyRole("adopt skill profiles", Role.MEMBER_ADMIN);
            if (!caller.isAdmin() && !caller.actsAs(Role.MEMBER_ADMIN, draft.employerId())) {
                throw new ApiException.Forbidden(
                        "a member-admin keeps profiles only for its own employer, not employer " + draft.employerId());
            }
        }
        Isco08.checked("jobRoleIsco", draft.jobRoleIsco());
        List<ProfileSkill> skills = resolve(draft.skills());
        SkillProfile profile;
        if (standard) {
            if (!memberFacts.allianceKnown(draft.allianceId()) && !coordinates(caller, draft.allianceId())) {
                throw RuleBroken.rule("allianceId", "alliance " + draft.allianceId() + " is not known");
            }
            if (draft.basedOn() != null) {
                throw RuleBroken.invalid("basedOn", "only an employer's profile adopts a standard profile");
            }
            profile = SkillProfile.standard(
                    UUID.randomUUID(), draft.allianceId(), draft.jobRoleIsco(), draft.name(), skills);
        } else {
            if (!memberFacts.isMemberEmployer(draft.allianceId(), draft.employerId())) {
                throw RuleBroken.rule(
                        "employerId",
                        "employer " + draft.employerId() + " is not a member employer of alliance "
                                + draft.allianceId());
            }
            SkillProfile basedOn = null;
            if (draft.basedOn() != null) {
                basedOn = profiles.find(draft.basedOn())
                        .filter(p -> p.isStandard() && p.allianceId().equals(draft.allianceId()))
                        .orElseThrow(() -> RuleBroken.rule(
                                "basedOn",
                                "profile " + draft.basedOn() + " is not a standard profile of alliance "
                                        + draft.allianceId()));
            }
            profile = SkillProfile.forEmployer(
                    UUID.randomUUID(),
                    draft.allianceId(),
                    draft.employerId(),
                    draft.jobRoleIsco(),
                    draft.name(),
                    basedOn,
                    skills);
        }
        if (profiles.taken(profile.allianceId(), profile.employerId(), profile.jobRoleIsco())) {
            throw new ApiException.Conflict(
                    "jobRoleIsco",
                    (standard ? "the alliance" : "the employer") + " already has a skill profile for job role "
                            + profile.jobRoleIsco());
        }
        profiles.insert(profile, clock.instant());
        return resolved(profile);
    }

    /**
     * Replaces a profile's name and skills: a standard by its alliance's coordinator, an employer's profile by its
     * member-admin (an employer profile based on a standard follows the standard again without skills).
     *
     * @throws ApiException.Forbidden for roles that never keep profiles, or someone who may see but not revise it
     * @throws ApiException.NotFound  for an unknown profile or another employer's
     */
    @Transactional
    public ResolvedProfile revise(Caller caller, UUID id, String name, List<SkillRef> skills) {
        caller.requireAnyRole("revise skill profiles", Role.COORDINATOR, Role.MEMBER_ADMIN);
        SkillProfile profile = profiles.lock(id)
                .filter(p -> visible(caller, p))
                .orElseThrow(() -> new ApiException.NotFound("skill profile", id));
        if (profile.isStandard() && !caller.isAdmin() && !coordinates(caller, profile.allianceId())) {
            throw new ApiException.Forbidden("only the coordinator of alliance " + profile.allianceId()
                    + " revises its standard skill profiles");
        }
        profile.revise(name, resolve(skills));
        profiles.update(profile, clock.instant());
        return resolved(profile);
    }

    /** One profile: standards are public to every caller, an employer's only to its member-admin (and admins). */
    @Transactional(readOnly = true)
    public ResolvedProfile get(Caller caller, UUID id) {
        return profiles.find(id)
                .filter(p -> visible(caller, p))
                .map(this::resolved)
                .orElseThrow(() -> new ApiException.NotFound("skill profile", id));
    }

    /**
     * A page of the profiles the caller may see matching the filters (each null for any).
     *
     * @throws RuleBroken (400) for a job role that is no ISCO-08 group: it would find nothing, silently
     */
    @Transactional(readOnly = true)
    public PageResponse<ResolvedProfile> list(
            Caller caller, UUID allianceId, UUID employerId, String jobRoleIsco, Boolean standard, PageQuery page) {
        if (jobRoleIsco != null && !jobRoleIsco.isBlank()) {
            Isco08.checked("jobRoleIsco", jobRoleIsco.trim());
        }
        UUID viewer = caller.has(Role.MEMBER_ADMIN) ? caller.organisationId() : null;
        JdbcSkillProfiles.Filter filter = new JdbcSkillProfiles.Filter(
                allianceId,
                employerId,
                jobRoleIsco == null || jobRoleIsco.isBlank() ? null : jobRoleIsco.trim(),
                standard,
                caller.isAdmin(),
                viewer);
        List<SkillProfile> items = profiles.page(filter, page);
        Map<UUID, SkillProfile> standards = standardsOf(items);
        return PageResponse.of(items.stream().map(p -> resolved(p, standards)).toList(), page, profiles.count(filter));
    }

    /**
     * Every profile of the alliance with the skills that apply, ready for {@link ProfileResolver} (the platform's own
     * use: gap analysis, recommendations; no caller to check).
     */
    @Transactional(readOnly = true)
    public ProfileResolver resolverFor(UUID allianceId) {
        List<SkillProfile> all = profiles.ofAlliance(allianceId);
        Map<UUID, SkillProfile> standards = new HashMap<>();
        all.stream().filter(SkillProfile::isStandard).forEach(p -> standards.put(p.id(), p));
        return new ProfileResolver(all.stream().map(p -> resolved(p, standards)).toList());
    }

    private boolean visible(Caller caller, SkillProfile profile) {
        return profile.isStandard() || caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, profile.employerId());
    }

    private boolean coordinates(Caller caller, UUID allianceId) {
        return caller.has(Role.COORDINATOR) && memberFacts.coordinates(caller.organisationId(), allianceId);
    }

    private ResolvedProfile resolved(SkillProfile profile) {
        return resolved(profile, standardsOf(List.of(profile)));
    }

    private Map<UUID, SkillProfile> standardsOf(List<SkillProfile> items) {
        Map<UUID, SkillProfile> standards = new HashMap<>();
        for (SkillProfile p : items) {
            if (p.followsStandard() && !standards.containsKey(p.basedOn())) {
                profiles.find(p.basedOn()).ifPresent(s -> standards.put(s.id(), s));
            }
        }
        return standards;
    }

    private static ResolvedProfile resolved(SkillProfile profile, Map<UUID, SkillProfile> standards) {
        if (!profile.followsStandard()) {
            return new ResolvedProfile(profile, profile.skills());
        }
        SkillProfile standard = standards.get(profile.basedOn());
        return new ResolvedProfile(profile, standard == null ? List.of() : standard.skills());
    }

    private List<ProfileSkill> resolve(List<SkillRef> refs) {
        if (refs == null) {
            return List.of();
        }
        Map<UUID, Skill> known =
                catalogue.byIds(refs.stream().map(SkillRef::skillId).toList());
        List<ProfileSkill> skills = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            SkillRef ref = refs.get(i);
            Skill skill = known.get(ref.skillId());
            if (skill == null) {
                throw RuleBroken.rule("skills[" + i + "].skillId", "no skill " + ref.skillId() + " in the catalogue");
            }
            skills.add(new ProfileSkill(
                    skill.id(), skill.referenceCode(), skill.name(), skill.category(), ref.targetLevel()));
        }
        return skills;
    }

    /** Looks a profile up without a caller (the platform's own use). */
    @Transactional(readOnly = true)
    public Optional<ResolvedProfile> find(UUID id) {
        return profiles.find(id).map(this::resolved);
    }
}
