package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.plan.PlanDue;
import org.skillalliance.funding.plan.TrainingPlan;
import org.skillalliance.funding.programme.SchemeRules;

/**
 * Whether a completed seat counts in a claim under the programme's scheme rules (issue 26): when the programme
 * requires a training plan, the employer filed one for the cohort and it lists the participant; and the participant
 * attended the minimum hours and the attendance threshold of the course's planned hours. A programme without scheme
 * rules counts every completed seat, as before.
 *
 * @param scheme             the programme's scheme rules
 * @param coursePlannedHours the course's planned hours, or null when funding-service does not know the course
 * @param planDue            when the plan was due, or null when the programme requires none
 * @param planParticipants   the participants of the plan the employer filed, or null when it filed none
 */
@ValueObject
public record SeatRules(
        SchemeRules scheme, BigDecimal coursePlannedHours, PlanDue planDue, Set<UUID> planParticipants) {

    /**
     * The rules for one employer's seats in a cohort starting on {@code cohortStart}, given the plan it filed (a plan
     * filed after the due date for that start counts as none).
     */
    public static SeatRules of(
            SchemeRules scheme, BigDecimal coursePlannedHours, LocalDate cohortStart, Optional<TrainingPlan> plan) {
        PlanDue due = scheme.requiresPlan() ? PlanDue.of(scheme, cohortStart) : null;
        // due by the cohort's start as funding-service knows it now: a plan filed in time for a start that later
        // moved earlier was filed late, and counts as none
        Optional<TrainingPlan> inTime =
                plan.filter(p -> due == null || !p.filedOn().isAfter(due.dueOn()));
        return new SeatRules(
                scheme,
                coursePlannedHours,
                due,
                inTime.map(p -> Set.copyOf(p.participantIds())).orElse(null));
    }

    /** Why the participant's completed seat does not count, or empty when it does. */
    public Optional<String> refusal(UUID staffId, BigDecimal attendedHours) {
        if (planDue != null && planParticipants == null) {
            return Optional.of("no training plan was filed for the cohort by " + planDue.dueOn());
        }
        if (planDue != null && !planParticipants.contains(staffId)) {
            return Optional.of("the participant is not in the employer's training plan for the cohort");
        }
        return scheme.seatRefusal(attendedHours, coursePlannedHours);
    }
}
