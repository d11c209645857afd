package org.skillalliance.platform.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A grant programme to draft ({@code POST /api/programmes}): budget, period, eligibility (empty lists admit all),
 * reimbursement rules per size band, caps and the reports' small-cell threshold. Money in minor units.
 */
public record ProgrammeSpec(
        UUID funderId,
        String name,
        String currency,
        long budgetMinor,
        String periodStart,
        String periodEnd,
        List<UUID> eligibleAllianceIds,
        List<String> eligibleSizeBands,
        List<String> eligibleSectorCodes,
        List<String> eligibleRegions,
        List<String> requiredPriorityTags,
        List<BandRule> bandRules,
        Long capPerParticipantMinor,
        Long capPerEmployerMinor,
        Integer suppressionK) {

    public ProgrammeSpec {
        eligibleAllianceIds = List.copyOf(eligibleAllianceIds);
        eligibleSizeBands = List.copyOf(eligibleSizeBands);
        eligibleSectorCodes = List.copyOf(eligibleSectorCodes);
        eligibleRegions = List.copyOf(eligibleRegions);
        requiredPriorityTags = List.copyOf(requiredPriorityTags);
        bandRules = List.copyOf(bandRules);
    }

    /**
     * Reimbursement for one size band: a share of the training cost (never more than 1 - the minimum employer share)
     * and a wage subsidy per attended hour.
     */
    public record BandRule(
            String sizeBand, BigDecimal costRate, long wageSubsidyPerHourMinor, BigDecimal minimumEmployerShare) {

        public static BandRule of(
                String sizeBand, String costRate, long wageSubsidyPerHourMinor, String minimumEmployerShare) {
            return new BandRule(
                    sizeBand, new BigDecimal(costRate), wageSubsidyPerHourMinor, new BigDecimal(minimumEmployerShare));
        }
    }
}
