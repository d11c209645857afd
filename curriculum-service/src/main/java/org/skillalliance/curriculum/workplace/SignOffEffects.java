package org.skillalliance.curriculum.workplace;

import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillRecordManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a sign-off does, in the sign-off's transaction, for plans and workshop participants alike: the staff member's
 * skill record gets the level reached (source ON_THE_JOB, dated the sign-off day) through skill records' own use case,
 * so gaps and objectives move as they move for a course's record, and the event goes to the outbox.
 */
@Component
class SignOffEffects {

    private final SkillRecordManagement records;
    private final WorkplaceLearningEventsPublisher events;
    private final MemberFacts memberFacts;

    SignOffEffects(SkillRecordManagement records, WorkplaceLearningEventsPublisher events, MemberFacts memberFacts) {
        this.records = records;
        this.events = events;
        this.memberFacts = memberFacts;
    }

    /**
     * Records the level and announces the sign-off.
     *
     * @throws RuleBroken (422, field {@code staffId}) for a staff member member-service erased: nothing more is
     *     recorded or announced about them (a staff member who left is still signed off: the learning happened)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(LearningSignedOff signedOff, Skill skill) {
        memberFacts
                .staff(signedOff.staffId())
                .filter(staff -> "ERASED".equals(staff.status()))
                .ifPresent(erased -> {
                    throw RuleBroken.rule(
                            "staffId",
                            "staff member " + erased.staffId() + " was erased; nothing more is recorded about them");
                });
        records.applySignOff(
                signedOff.staffId(),
                signedOff.employerId(),
                signedOff.skillId(),
                signedOff.levelReached(),
                signedOff.signedOffOn(),
                signedOff.at());
        events.publish(signedOff, skill);
    }
}
