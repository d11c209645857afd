package org.skillalliance.funding.allocation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A cohort's cost sharing as the API shows it. Amounts are minor units of {@code currency}. */
public record CostShareResponse(
        UUID cohortId,
        UUID allianceId,
        UUID organiserId,
        String cohortStatus,
        CostSharingRule rule,
        Long baseFeeMinor,
        Long maxShareMinor,
        UUID chosenBy,
        CohortCostSharing.Status status,
        Instant fixedAt,
        long totalMinor,
        String currency,
        List<Line> shares) {

    /** One employer's share. */
    public record Line(UUID employerId, int seats, Integer headcount, long amountMinor) {}

    static CostShareResponse of(CostShareView v) {
        CohortCostSharing s = v.sharing();
        return new CostShareResponse(
                v.cohort().id(),
                v.cohort().allianceId(),
                v.cohort().organiserId(),
                v.cohort().status().name(),
                s.terms().rule(),
                s.terms().baseFeeMinor(),
                s.terms().maxShareMinor(),
                s.chosenBy(),
                s.status(),
                s.fixedAt(),
                v.total().amountMinor(),
                v.total().currency(),
                v.shares().stream()
                        .map(l -> new Line(l.employerId(), l.seats(), l.headcount(), l.amountMinor()))
                        .toList());
    }
}
