package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * An on-the-job training plan or a mentoring relation: a staff member of an employer learns a skill up to a target
 * level with a mentor (another of the employer's staff) over a period, with planned hours. Sessions are logged against
 * it until it is signed off with the level reached; a sign-off is final.
 *
 * @param signOff null until signed off
 */
@AggregateRoot
public record WorkplaceLearning(
        UUID id,
        LearningKind kind,
        UUID allianceId,
        UUID employerId,
        UUID staffId,
        UUID skillId,
        int targetLevel,
        UUID mentorStaffId,
        BigDecimal plannedHours,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant createdAt,
        SignOff signOff) {

    static final BigDecimal MAX_PLANNED_HOURS = new BigDecimal("2000");
    static final BigDecimal MAX_SESSION_HOURS = new BigDecimal("12");
    static final int MAX_YEARS = 2;
    static final int PRACTISED_MAX_LENGTH = 1000;
    static final int EVIDENCE_MAX_LENGTH = 2000;

    /** The level reached, the evidence (trimmed), the day, who signed off and when it was recorded. */
    public record SignOff(
            int levelReached, String evidence, LocalDate signedOffOn, LearningRole signedOffBy, Instant signedOffAt) {}

    public WorkplaceLearning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(mentorStaffId, "mentorStaffId");
    }

    /**
     * A new plan, its inputs' shapes checked (staff, mentor, alliance and skill are the use case's to check).
     *
     * @throws RuleBroken 400 for a WORKSHOP kind (workshops have their own resource), a target level outside 1-5,
     *                    planned hours outside (0, 2000] or with more than 2 decimals, a period that ends before it
     *                    starts or lasts more than 2 years; 422 for a mentor who is the learner
     */
    static WorkplaceLearning plan(
            UUID id,
            LearningKind kind,
            UUID allianceId,
            UUID employerId,
            UUID staffId,
            UUID skillId,
            Integer targetLevel,
            UUID mentorStaffId,
            BigDecimal plannedHours,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant at) {
        if (kind == LearningKind.WORKSHOP) {
            throw RuleBroken.invalid("kind", "must be ON_THE_JOB or MENTORING; plan a workshop at /api/workshops");
        }
        int level = InputRules.level("targetLevel", targetLevel);
        BigDecimal hours = InputRules.hours("plannedHours", plannedHours, MAX_PLANNED_HOURS, false);
        if (endsOn.isBefore(startsOn)) {
            throw RuleBroken.invalid("endsOn", "must not be before startsOn (" + startsOn + "), got " + endsOn);
        }
        if (endsOn.isAfter(startsOn.plusYears(MAX_YEARS))) {
            throw RuleBroken.invalid(
                    "endsOn",
                    "the period may last at most " + MAX_YEARS + " years, until " + startsOn.plusYears(MAX_YEARS)
                            + ", got " + endsOn);
        }
        if (staffId.equals(mentorStaffId)) {
            throw RuleBroken.rule("mentorStaffId", "the mentor must be another staff member than the learner");
        }
        return new WorkplaceLearning(
                id,
                kind,
                allianceId,
                employerId,
                staffId,
                skillId,
                level,
                mentorStaffId,
                hours,
                startsOn,
                endsOn,
                at,
                null);
    }

    public LearningStatus status(int sessions) {
        if (signOff != null) {
            return LearningStatus.SIGNED_OFF;
        }
        return sessions == 0 ? LearningStatus.PLANNED : LearningStatus.IN_PROGRESS;
    }

    /**
     * A session logged by HR or the mentor.
     *
     * @throws RuleBroken          400 for hours outside (0, 12] or with more than 2 decimals, or what was practised
     *                             not 1-1000 characters after trimming; 422 for a day outside the period or after today
     * @throws AlreadyFinal         once signed off
     */
    LearningSession logSession(
            UUID sessionId,
            LocalDate date,
            BigDecimal hours,
            String practised,
            LearningRole by,
            LocalDate today,
            Instant at) {
        BigDecimal checkedHours = InputRules.hours("hours", hours, MAX_SESSION_HOURS, false);
        String text = InputRules.text("practised", practised, PRACTISED_MAX_LENGTH);
        refuseOnceSignedOff();
        if (date.isBefore(startsOn) || date.isAfter(endsOn)) {
            throw RuleBroken.rule(
                    "date", "must be inside the plan's period " + startsOn + " to " + endsOn + ", got " + date);
        }
        if (date.isAfter(today)) {
            throw RuleBroken.rule("date", "must not be after today (" + today + "), got " + date);
        }
        return new LearningSession(sessionId, id, date, checkedHours, text, by, at);
    }

    /**
     * Signs the plan off at the level reached, over the sessions logged; yields the plan signed off and what happened.
     *
     * @throws RuleBroken          400 for a level outside 1-5 or evidence not 1-2000 characters after trimming; 422
     *                             (field {@code id}) without a logged session
     * @throws AlreadyFinal         when already signed off
     */
    SignedOff signOff(
            Integer levelReached,
            String evidence,
            LearningRole by,
            List<LearningSession> sessions,
            LocalDate today,
            Instant at) {
        int level = InputRules.level("levelReached", levelReached);
        String text = InputRules.text("evidence", evidence, EVIDENCE_MAX_LENGTH);
        refuseOnceSignedOff();
        if (sessions.isEmpty()) {
            throw RuleBroken.rule("id", "no session is logged yet; log the sessions before signing off");
        }
        BigDecimal logged = sessions.stream().map(LearningSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate first = sessions.stream()
                .map(LearningSession::date)
                .min(LocalDate::compareTo)
                .orElseThrow();
        WorkplaceLearning signed = new WorkplaceLearning(
                id,
                kind,
                allianceId,
                employerId,
                staffId,
                skillId,
                targetLevel,
                mentorStaffId,
                plannedHours,
                startsOn,
                endsOn,
                createdAt,
                new SignOff(level, text, today, by, at));
        return new SignedOff(
                signed,
                new LearningSignedOff(
                        id,
                        kind,
                        allianceId,
                        employerId,
                        staffId,
                        skillId,
                        level,
                        logged,
                        sessions.size(),
                        first,
                        today,
                        at));
    }

    /** A plan just signed off and the event of it. */
    record SignedOff(WorkplaceLearning learning, LearningSignedOff event) {}

    private void refuseOnceSignedOff() {
        if (signOff != null) {
            throw new AlreadyFinal(
                    "id", "signed off on " + signOff.signedOffOn() + "; a sign-off is final and takes no changes");
        }
    }
}
