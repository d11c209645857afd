package org.skillalliance.curriculum.workplace;

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

    SignOffEffects(SkillRecordManagement records, WorkplaceLearningEventsPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void apply(LearningSignedOff signedOff, Skill skill) {
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
