package org.skillalliance.funding.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a change log line shows before or after a change: a measure's fields (its id first), or the hourly wage cost
 * alone (the other fields absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangedValues(
        UUID id,
        String name,
        String unit,
        BigDecimal valueBefore,
        BigDecimal valueAfter,
        Boolean higherIsBetter,
        Long unitValueMinor,
        Integer attributionPercent,
        Integer confidencePercent,
        Long hourlyWageCostMinor) {}
