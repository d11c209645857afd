package org.skillalliance.funding.programme;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A programme's rule for on-the-job hours (issue 20, docs/funding.md "On-the-job hours"): signed-off learning at work
 * is paid per logged hour, up to a cap of hours per participant over the programme.
 *
 * @param ratePerHourMinor        minor units paid per counted hour, 1 to 10,000,000
 * @param maxHoursPerParticipant  most hours one participant is paid for under the programme, above 0, at most 1000,
 *                                at most 2 decimal places
 * @param requiresOffTheJob       only participants with a completed seat in a cohort the programme covers are paid
 */
@ValueObject
public record OnTheJobRule(long ratePerHourMinor, BigDecimal maxHoursPerParticipant, boolean requiresOffTheJob) {

    public OnTheJobRule {
        Objects.requireNonNull(maxHoursPerParticipant, "maxHoursPerParticipant");
        if (ratePerHourMinor < 1 || ratePerHourMinor > 10_000_000) {
            throw new IllegalArgumentException("ratePerHourMinor must be from 1 to 10000000, got " + ratePerHourMinor);
        }
        if (maxHoursPerParticipant.signum() <= 0
                || maxHoursPerParticipant.compareTo(BigDecimal.valueOf(1000)) > 0
                || maxHoursPerParticipant.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "maxHoursPerParticipant must be above 0 and at most 1000 with 2 decimals, got "
                            + maxHoursPerParticipant);
        }
        maxHoursPerParticipant = maxHoursPerParticipant.stripTrailingZeros();
    }
}
