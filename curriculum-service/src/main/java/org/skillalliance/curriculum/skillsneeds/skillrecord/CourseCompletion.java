package org.skillalliance.curriculum.skillsneeds.skillrecord;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a completed enrolment proves the course's skills: the outcome is COMPLETED and the post-assessment score is at
 * least the pass mark (0-100). A completion without a post-assessment proves attendance, not a level, and yields no
 * record; so do NOT_COMPLETED and NO_SHOW.
 */
@ValueObject
public record CourseCompletion(String outcome, Integer postScore) {

    public CourseCompletion {
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean passed(int passMark) {
        return "COMPLETED".equals(outcome) && postScore != null && postScore >= passMark;
    }
}
