package org.skillalliance.contracts.funding;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One business measure of {@link CohortResultsReported} (Kirkpatrick level 4), as the employer reported it.
 *
 * @param measureId          the measure
 * @param name               what is measured, for example "orders processed per month"
 * @param unit               its unit, for example "orders"
 * @param valueBefore        the value before the training, an exact decimal
 * @param valueAfter         the value after the training, an exact decimal
 * @param higherIsBetter     whether an increase is an improvement (false: a decrease is)
 * @param unitValueMinor     money value of one unit of improvement per year, in minor units of the results' currency
 * @param attributionPercent share of the change the employer credits to the training, 0 to 100
 * @param confidencePercent  the employer's confidence in its estimate, 0 to 100
 */
public record ReportedMeasure(
        UUID measureId,
        String name,
        String unit,
        BigDecimal valueBefore,
        BigDecimal valueAfter,
        boolean higherIsBetter,
        long unitValueMinor,
        int attributionPercent,
        int confidencePercent) {}
