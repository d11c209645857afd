package org.skillalliance.curriculum.workplace;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Appends sign-offs to the outbox as {@code WorkplaceLearningSignedOff}, keyed by the learning's id. */
@Component
class WorkplaceLearningEventsPublisher {

    private final Outbox outbox;

    WorkplaceLearningEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(LearningSignedOff event, Skill skill) {
        outbox.append(EventTypes.WORKPLACE_LEARNING_SIGNED_OFF, event.learningId(), wire(event, skill));
    }

    static WorkplaceLearningSignedOff wire(LearningSignedOff e, Skill skill) {
        return new WorkplaceLearningSignedOff(
                e.learningId(),
                WorkplaceLearningKind.valueOf(e.kind().name()),
                e.allianceId(),
                e.employerId(),
                e.staffId(),
                e.skillId(),
                skill.referenceCode(),
                SkillCategory.valueOf(skill.category().name()),
                e.levelReached(),
                e.loggedHours(),
                e.sessions(),
                e.startedOn(),
                e.signedOffOn());
    }
}
