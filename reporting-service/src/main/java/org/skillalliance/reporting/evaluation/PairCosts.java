package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The cost side of one employer's seats counted in one cohort, as a report reads it, every amount exact.
 *
 * @param trainingCost        the employer's share over the seats counted ({@link RoiFigures#trainingCost}), exact
 * @param attendedHours       attended hours of the seats counted that have an outcome
 * @param grantDisbursedMinor what every programme paid for the employer's seats in the cohort, in the report's
 *                            currency
 */
@ValueObject
public record PairCosts(
        UUID cohortId,
        UUID employerId,
        Fraction trainingCost,
        BigDecimal attendedHours,
        BigInteger grantDisbursedMinor) {}
