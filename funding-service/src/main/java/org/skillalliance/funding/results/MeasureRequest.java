package org.skillalliance.funding.results;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A business measure as the employer reports or corrects it; the ranges of its fields are {@link BusinessMeasure}'s
 * (400 naming each field out of range).
 *
 * @param unitValueMinor money value of one unit of improvement per year, in minor units of {@code currency}, 0 to
 *                       10^9
 * @param currency       must be the cohort's cost currency
 */
public record MeasureRequest(
        @NotNull String name,
        @NotNull String unit,
        @NotNull BigDecimal valueBefore,
        @NotNull BigDecimal valueAfter,
        @NotNull Boolean higherIsBetter,

        @NotNull @AmountPerUnit Long unitValueMinor,

        @NotNull String currency,
        @NotNull Integer attributionPercent,
        @NotNull Integer confidencePercent) {

    BusinessMeasure measure(UUID id) {
        return new BusinessMeasure(
                id,
                name,
                unit,
                valueBefore,
                valueAfter,
                higherIsBetter,
                unitValueMinor,
                attributionPercent,
                confidencePercent);
    }
}
