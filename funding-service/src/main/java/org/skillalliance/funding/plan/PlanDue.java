package org.skillalliance.funding.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.programme.SchemeRules;
import org.skillalliance.funding.shared.RuleBroken;

/**
 * When a training plan for a cohort is due: the cohort's start minus the programme's lead days.
 *
 * @param dueOn       the last day the plan may be filed (or replaced)
 * @param leadDays    the programme's lead days
 * @param cohortStart the cohort's start date
 */
@ValueObject
public record PlanDue(LocalDate dueOn, int leadDays, LocalDate cohortStart) {

    public PlanDue {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(cohortStart, "cohortStart");
    }

    /** The due date of a plan for a cohort starting on {@code cohortStart} under {@code rules} that require one. */
    public static PlanDue of(SchemeRules rules, LocalDate cohortStart) {
        LocalDate due = rules.planDueOn(cohortStart)
                .orElseThrow(() -> new IllegalArgumentException("the programme requires no training plan"));
        return new PlanDue(due, rules.planLeadDays(), cohortStart);
    }

    /** Whether a plan filed on {@code day} is in time. */
    public boolean openOn(LocalDate day) {
        return !day.isAfter(dueOn);
    }

    /**
     * "the training plan was due by 2026-05-01 (30 days before the cohort starts on 2026-05-31)".
     */
    public String missed() {
        return "the training plan was due by " + dueOn + " (" + leadDays + " days before the cohort starts on "
                + cohortStart + ")";
    }

    void requireOpenOn(LocalDate day) {
        if (!openOn(day)) {
            throw RuleBroken.rule("cohortId", missed());
        }
    }
}
