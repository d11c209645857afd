package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One business measure an employer reported for a cohort (Kirkpatrick level 4).
 *
 * @param unitValueMinor     money value of one unit of improvement per year, in minor units
 * @param attributionPercent share of the change credited to the training, 0 to 100
 * @param confidencePercent  the employer's confidence in its estimate, 0 to 100
 */
@ValueObject
public record Measure(
        BigDecimal valueBefore,
        BigDecimal valueAfter,
        boolean higherIsBetter,
        long unitValueMinor,
        int attributionPercent,
        int confidencePercent) {

    /**
     * Its monetary benefit in the first year, an exact fraction of a minor unit: the improvement in units (after -
     * before, or before - after where lower is better; never below 0) x unit value x attribution x confidence.
     */
    public BigDecimal benefitPerYear() {
        BigDecimal change = higherIsBetter ? valueAfter.subtract(valueBefore) : valueBefore.subtract(valueAfter);
        // two percentages: / 100 / 100, an exact shift of the decimal point
        return change.max(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(unitValueMinor))
                .multiply(BigDecimal.valueOf((long) attributionPercent * confidencePercent))
                .movePointLeft(4);
    }
}
