package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * One staff member's learning at work was signed off: a plan (by HR or the mentor) or a workshop participant's
 * COMPLETED outcome. Carries what the skill record and the wire contract need; no free text.
 *
 * @param loggedHours the sum of the sessions' hours, or a workshop participant's attended hours (scale 2)
 * @param sessions    the sessions logged (1 for a workshop)
 * @param startedOn   the first session's day (a workshop's day)
 * @param at          when the sign-off was recorded
 */
@DomainEvent
public record LearningSignedOff(
        UUID learningId,
        LearningKind kind,
        UUID allianceId,
        UUID employerId,
        UUID staffId,
        UUID skillId,
        int levelReached,
        BigDecimal loggedHours,
        int sessions,
        LocalDate startedOn,
        LocalDate signedOffOn,
        Instant at) {}
