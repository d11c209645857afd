package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * An in-house workshop: a short course an employer runs for its own staff on a day, teaching a skill up to a target
 * level, with its participants and each one's outcome (recorded once; COMPLETED signs the participant off).
 */
@AggregateRoot
public record Workshop(
        UUID id,
        UUID allianceId,
        UUID employerId,
        String title,
        UUID skillId,
        int targetLevel,
        LocalDate heldOn,
        BigDecimal hours,
        Instant createdAt,
        List<Participant> participants) {

    static final BigDecimal MAX_HOURS = new BigDecimal("40");
    static final int TITLE_MAX_LENGTH = 200;
    static final int MAX_PARTICIPANTS = 200;
    static final int MAX_YEARS = 2;

    /** A participant and, once recorded, their outcome (attended hours at scale 2; level only for COMPLETED). */
    public record Participant(
            UUID staffId,
            WorkshopOutcome outcome,
            BigDecimal attendedHours,
            Integer levelReached,
            LocalDate recordedOn,
            Instant recordedAt) {

        static Participant invited(UUID staffId) {
            return new Participant(staffId, null, null, null, null, null);
        }
    }

    public Workshop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employerId, "employerId");
        participants = List.copyOf(participants);
    }

    /**
     * A new workshop, its inputs' shapes checked (400): title 1-200 characters after trimming, target level 1-5,
     * the day within 2 years of today, hours in (0, 40] with at most 2 decimals, 1-200 distinct participants.
     */
    static Workshop plan(
            UUID id,
            UUID allianceId,
            UUID employerId,
            String title,
            UUID skillId,
            Integer targetLevel,
            LocalDate heldOn,
            BigDecimal hours,
            List<UUID> participants,
            LocalDate today,
            Instant at) {
        String checkedTitle = InputRules.text("title", title, TITLE_MAX_LENGTH);
        int level = InputRules.level("targetLevel", targetLevel);
        BigDecimal checkedHours = InputRules.hours("hours", hours, MAX_HOURS, false);
        if (heldOn.isBefore(today.minusYears(MAX_YEARS)) || heldOn.isAfter(today.plusYears(MAX_YEARS))) {
            throw RuleBroken.invalid(
                    "heldOn", "must be within " + MAX_YEARS + " years of today (" + today + "), got " + heldOn);
        }
        if (participants.isEmpty() || participants.size() > MAX_PARTICIPANTS) {
            throw RuleBroken.invalid(
                    "participants", "must name 1 to " + MAX_PARTICIPANTS + " staff, got " + participants.size());
        }
        Set<UUID> seen = new HashSet<>();
        List<Participant> invited = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            UUID staffId = participants.get(i);
            if (staffId == null) {
                throw RuleBroken.invalid("participants[" + i + "]", "must be a staff id");
            }
            if (!seen.add(staffId)) {
                throw RuleBroken.invalid("participants[" + i + "]", "staff member " + staffId + " is listed twice");
            }
            invited.add(Participant.invited(staffId));
        }
        return new Workshop(
                id, allianceId, employerId, checkedTitle, skillId, level, heldOn, checkedHours, at, invited);
    }

    /**
     * Records a participant's outcome, once; a COMPLETED outcome also yields the sign-off of that participant.
     *
     * @throws IllegalArgumentException for a staff member who is not a participant ({@link #participant} first)
     * @throws RuleBroken          400 for attended hours not in [0, the workshop's hours] (0 for NO_SHOW) or with more
     *                             than 2 decimals, a level missing with COMPLETED or given otherwise; 422 (field
     *                             {@code heldOn}) before the workshop's day
     * @throws AlreadyFinal         when the participant's outcome is recorded already
     */
    Recorded record(
            UUID staffId,
            WorkshopOutcome outcome,
            BigDecimal attendedHours,
            Integer levelReached,
            LocalDate today,
            Instant at) {
        Participant participant = participant(staffId)
                .orElseThrow(() -> new IllegalArgumentException(staffId + " is no participant of workshop " + id));
        if (outcome == null) {
            throw RuleBroken.invalid("outcome", "is required: COMPLETED, NOT_COMPLETED or NO_SHOW");
        }
        BigDecimal attended = InputRules.hours(
                "attendedHours",
                attendedHours == null && outcome == WorkshopOutcome.NO_SHOW ? BigDecimal.ZERO : attendedHours,
                hours,
                true);
        if (outcome == WorkshopOutcome.NO_SHOW && attended.signum() != 0) {
            throw RuleBroken.invalid("attendedHours", "must be 0 for NO_SHOW, got " + attended.toPlainString());
        }
        Integer level = null;
        if (outcome == WorkshopOutcome.COMPLETED) {
            level = InputRules.level("levelReached", levelReached);
        } else if (levelReached != null) {
            throw RuleBroken.invalid("levelReached", "is given with COMPLETED only; leave it out for " + outcome);
        }
        if (participant.outcome() != null) {
            throw new AlreadyFinal(
                    "staffId",
                    "the outcome of staff member " + staffId + " was recorded on " + participant.recordedOn()
                            + "; it is final");
        }
        if (heldOn.isAfter(today)) {
            throw RuleBroken.rule("heldOn", "the workshop is held on " + heldOn + "; record outcomes from that day on");
        }
        Participant recorded = new Participant(staffId, outcome, attended, level, today, at);
        LearningSignedOff signedOff = outcome != WorkshopOutcome.COMPLETED
                ? null
                : new LearningSignedOff(
                        id,
                        LearningKind.WORKSHOP,
                        allianceId,
                        employerId,
                        staffId,
                        skillId,
                        level,
                        attended,
                        1,
                        heldOn,
                        today,
                        at);
        return new Recorded(recorded, signedOff);
    }

    /** The same workshop, run by this employer (known once the participants are checked as its staff). */
    Workshop runBy(UUID employer) {
        return new Workshop(
                id, allianceId, employer, title, skillId, targetLevel, heldOn, hours, createdAt, participants);
    }

    /** The participant, if the staff member is one. */
    Optional<Participant> participant(UUID staffId) {
        return participants.stream().filter(p -> p.staffId().equals(staffId)).findFirst();
    }

    /** A participant's recorded outcome and, for COMPLETED, the sign-off (else null). */
    record Recorded(Participant participant, LearningSignedOff signedOff) {}
}
