package org.skillalliance.reporting.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An employer against its alliance, metric by metric.
 *
 * @param minimumEmployers the k below which the alliance figures are withheld
 */
@ValueObject
public record EmployerBenchmark(
        UUID allianceId, UUID employerId, Instant currentAsOf, int minimumEmployers, Map<String, Metric> metrics) {

    /**
     * One metric: the employer's own value and, when at least k employers contribute, the alliance's quartiles.
     *
     * @param contributingEmployers how many employers have a value for this metric (the employer included)
     */
    public record Metric(
            BigDecimal own,
            int contributingEmployers,
            boolean withheld,
            BigDecimal lowerQuartile,
            BigDecimal median,
            BigDecimal upperQuartile) {}
}
