package org.skillalliance.curriculum.workplace;

import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.security.Caller;
import org.springframework.stereotype.Component;

/**
 * What planning learning at work checks against member-service's facts and the skill catalogue, for plans and
 * workshops alike: the staff are active staff of the caller's employer, the employer an active member employer of the
 * alliance, the skill in the catalogue. Each refusal is a 422 naming the field; another employer's staff member gets
 * the same answer as an unknown one.
 */
@Component
class PlanningChecks {

    private final MemberFacts memberFacts;
    private final SkillCatalogue catalogue;

    PlanningChecks(MemberFacts memberFacts, SkillCatalogue catalogue) {
        this.memberFacts = memberFacts;
        this.catalogue = catalogue;
    }

    /**
     * The employer the learning is planned for: the caller's (a member-admin) or, for an alliance-admin, the staff
     * member's; the staff member must be active there.
     */
    UUID employerOfActive(Caller caller, String field, UUID staffId) {
        UUID employerId = caller.isAdmin()
                ? memberFacts
                        .staff(staffId)
                        .map(MemberFacts.StaffFacts::employerId)
                        .orElseThrow(() -> RuleBroken.rule(field, "staff member " + staffId + " is not registered"))
                : caller.organisationId();
        if (employerId == null) {
            throw RuleBroken.rule(field, "the caller acts for no employer");
        }
        checkActiveAt(employerId, field, staffId);
        return employerId;
    }

    /** The staff member is active staff of the employer. */
    void checkActiveAt(UUID employerId, String field, UUID staffId) {
        MemberFacts.StaffFacts staff = memberFacts
                .staff(staffId)
                .filter(s -> s.employerId().equals(employerId))
                .orElseThrow(() ->
                        RuleBroken.rule(field, "staff member " + staffId + " is not staff of employer " + employerId));
        if (!staff.active()) {
            throw RuleBroken.rule(
                    field,
                    "staff member " + staffId + " is " + staff.status() + "; learning at work is for active staff");
        }
    }

    /** The employer holds an ACTIVE member-employer membership of the alliance. */
    void checkActiveMember(UUID allianceId, UUID employerId) {
        if (!memberFacts.isActiveMemberEmployer(allianceId, employerId)) {
            throw RuleBroken.rule(
                    "allianceId",
                    "employer " + employerId + " is not an active member employer of alliance " + allianceId);
        }
    }

    /** The skill, from the catalogue. */
    Skill skill(UUID skillId) {
        return catalogue.byIds(List.of(skillId)).values().stream()
                .findFirst()
                .orElseThrow(() -> RuleBroken.rule("skillId", "no skill " + skillId + " in the catalogue"));
    }
}
