package org.skillalliance.curriculum.credential;

import java.util.UUID;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.workplace.WorkplaceLearning;
import org.skillalliance.curriculum.workplace.WorkplaceLearningManagement;
import org.skillalliance.curriculum.workplace.WorkshopManagement;
import org.skillalliance.curriculum.workplace.WorkshopOutcome;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the Open Badges 3.0 credentials of learning at work, one per sign-off: a plan's (on-the-job training or a
 * mentoring relation) once it is signed off, and each workshop participant's whose outcome is COMPLETED. Whoever may
 * read the plan may see its credential (the employer's HR, the learner, the mentor, admins); a participant's is seen
 * by the employer's HR, admins and the participant themself. Learning not signed off has no credential: 404, as an
 * enrolment whose credential was not awarded (the plan's {@code credentialAvailable} says so beforehand).
 */
@Service
public class WorkplaceLearningCredentials {

    private final WorkplaceLearningManagement plans;
    private final WorkshopManagement workshops;
    private final CredentialIssuing issuing;

    WorkplaceLearningCredentials(
            WorkplaceLearningManagement plans, WorkshopManagement workshops, CredentialIssuing issuing) {
        this.plans = plans;
        this.workshops = workshops;
        this.issuing = issuing;
    }

    /**
     * The signed credential of a signed-off plan.
     *
     * @throws ApiException.Forbidden for roles that never see plans
     * @throws ApiException.NotFound  when the caller may not see the plan, or it is not signed off
     */
    @Transactional
    public SignedCredential ofPlan(Caller caller, UUID learningId) {
        return issuing.issue(planClaim(plans.get(caller, learningId)));
    }

    /**
     * The signed credential of a workshop participant whose outcome is COMPLETED.
     *
     * @throws ApiException.Forbidden for roles other than member-admin and learner
     * @throws ApiException.NotFound  when the caller may not see the participant's outcome, or it is not COMPLETED
     */
    @Transactional
    public SignedCredential ofWorkshopParticipant(Caller caller, UUID workshopId, UUID staffId) {
        return issuing.issue(participantClaim(caller, workshopId, staffId));
    }

    /**
     * What the credential of learning at work states, for the revocation by the employer's HR or an admin: the plan's
     * (staffId left out, or the plan's learner), or one workshop participant's (staffId required: each participant
     * has a credential of their own, so a workshop's id alone names none of them).
     *
     * @throws ApiException.InvalidInput when the id is a workshop's and no staffId is given
     * @throws ApiException.NotFound     when the caller sees no such plan or workshop, or no credential of that
     *                                   staff member was earned by it
     */
    CredentialClaim claimForRevocation(Caller caller, UUID learningId, UUID staffId) {
        var plan = plans.find(caller, learningId);
        if (plan.isPresent()) {
            if (staffId != null && !staffId.equals(plan.get().learning().staffId())) {
                throw new ApiException.NotFound(
                        "credential of workplace learning " + learningId + " for staff member", staffId);
            }
            return planClaim(plan.get());
        }
        if (workshops.find(caller, learningId).isEmpty()) {
            throw new ApiException.NotFound("workplace learning", learningId);
        }
        if (staffId == null) {
            throw new ApiException.InvalidInput(
                    "staffId",
                    "workplaceLearningId " + learningId + " is a workshop: each participant has a credential of"
                            + " their own, name the participant whose credential to revoke");
        }
        return participantClaim(caller, learningId, staffId);
    }

    private static CredentialClaim planClaim(WorkplaceLearningManagement.WorkplaceLearningView view) {
        WorkplaceLearning plan = view.learning();
        WorkplaceLearning.SignOff signOff = plan.signOff();
        if (signOff == null) {
            throw new ApiException.NotFound("credential of workplace learning", plan.id());
        }
        return CredentialIssuing.workplaceLearningClaim(
                plan.id(),
                plan.allianceId(),
                plan.employerId(),
                new CredentialIssuing.SkillReached(
                        view.skill().id(),
                        view.skill().referenceCode(),
                        view.skill().name(),
                        signOff.levelReached()),
                plan.staffId(),
                signOff.signedOffAt(),
                signOff.signedOffOn(),
                view.loggedHours());
    }

    private CredentialClaim participantClaim(Caller caller, UUID workshopId, UUID staffId) {
        WorkshopManagement.ParticipantView view = workshops.participant(caller, workshopId, staffId);
        var participant = view.participant();
        if (participant.outcome() != WorkshopOutcome.COMPLETED) {
            throw new ApiException.NotFound("credential of workshop participant", staffId);
        }
        var workshop = view.workshop();
        return CredentialIssuing.workplaceLearningClaim(
                workshop.id(),
                workshop.allianceId(),
                workshop.employerId(),
                reached(view.skill(), participant.levelReached()),
                staffId,
                participant.recordedAt(),
                participant.recordedOn(),
                participant.attendedHours());
    }

    private static CredentialIssuing.SkillReached reached(Skill skill, int level) {
        return new CredentialIssuing.SkillReached(skill.id(), skill.referenceCode(), skill.name(), level);
    }
}
