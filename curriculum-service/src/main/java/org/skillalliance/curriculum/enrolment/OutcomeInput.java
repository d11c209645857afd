package org.skillalliance.curriculum.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a provider reports for a seat; {@code completedOn} null means the cohort's end date (or today if earlier). */
@ValueObject
public record OutcomeInput(
        EnrolmentStatus result,
        BigDecimal attendedHours,
        Integer preScore,
        Integer postScore,
        Integer satisfaction,
        boolean credentialAwarded,
        LocalDate completedOn) {}
