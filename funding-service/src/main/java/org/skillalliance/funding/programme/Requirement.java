package org.skillalliance.funding.programme;

import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A report a programme requires of each claim, due by a date or before a milestone's payment. Until the funder
 * accepts it, it blocks the payment it gates: the milestone it names, or, for a date, every payment made on or after
 * that date.
 *
 * @param key             names the requirement within the programme (lower case, digits and hyphens)
 * @param kind            progress or outcome report
 * @param dueOn           the day it is due, or null when it is due before a milestone
 * @param beforeMilestone the milestone whose payment it gates, or null when it is due by a date
 */
@ValueObject
public record Requirement(String key, RequirementKind kind, LocalDate dueOn, Milestone beforeMilestone) {

    public Requirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if ((dueOn == null) == (beforeMilestone == null)) {
            throw new IllegalArgumentException("a requirement is due either by a date or before a milestone");
        }
    }

    /** Whether, while not accepted, it blocks paying {@code milestone} on {@code payingOn}. */
    public boolean blocks(Milestone milestone, LocalDate payingOn) {
        return beforeMilestone != null ? beforeMilestone == milestone : !payingOn.isBefore(dueOn);
    }

    /** "due before the OUTCOME payment" or "due by 2026-09-30". */
    public String due() {
        return beforeMilestone != null ? "due before the " + beforeMilestone + " payment" : "due by " + dueOn;
    }
}
