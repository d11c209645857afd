package org.skillalliance.funding.programme;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.shared.SizeBand;

/**
 * Reimbursement terms for employers of one size band.
 *
 * @param sizeBand                the band
 * @param costRate                share of a seat's training cost reimbursed, 0 to 1 (0.6 = 60%)
 * @param wageSubsidyPerHourMinor wage subsidy per attended hour, in minor units
 * @param minimumEmployerShare    share of the training cost the employer must keep paying, 0 to 1
 */
@ValueObject
public record BandRule(
        SizeBand sizeBand, BigDecimal costRate, long wageSubsidyPerHourMinor, BigDecimal minimumEmployerShare) {

    public BandRule {
        Objects.requireNonNull(sizeBand, "sizeBand");
        requireFraction(costRate, "costRate");
        requireFraction(minimumEmployerShare, "minimumEmployerShare");
        if (wageSubsidyPerHourMinor < 0) {
            throw new IllegalArgumentException("wageSubsidyPerHourMinor must be 0 or more");
        }
    }

    /** min(cost rate, 1 - minimum employer share): the part of the training cost the programme may reimburse. */
    public Fraction effectiveCostRate() {
        return Fraction.of(costRate).min(Fraction.ONE.minus(Fraction.of(minimumEmployerShare)));
    }

    private static void requireFraction(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
