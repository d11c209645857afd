package org.skillalliance.contracts.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.member.SizeBand;

/**
 * Payload of {@code ProgrammeClosed}: a grant programme was closed; no new awards or claims. Carries the programme's reportable terms; the detailed reimbursement rules
 * (rates, wage subsidy, caps, employer match) stay in funding-service. Empty eligibility lists mean "any".
 *
 * @param programmeId          the programme
 * @param funderId             the funding organisation
 * @param name                 the programme's public name
 * @param currency             ISO 4217 currency of the budget
 * @param budgetMinor          the budget in minor units
 * @param periodStart          first day of the programme period
 * @param periodEnd            last day of the programme period
 * @param eligibleAllianceIds  alliances whose members may apply
 * @param eligibleSizeBands    employer size bands eligible for reimbursement; empty = any
 * @param eligibleSectorCodes  NACE Rev. 2 codes of eligible employers; empty = any
 * @param eligibleRegions      regions (NUTS codes) of eligible employers; empty = any
 * @param requiredPriorityTags priority tags a course must carry to be covered; empty = none required
 * @param suppressionK         reports suppress breakdown cells counting fewer than this many people (default 5)
 */
public record ProgrammeClosed(
        UUID programmeId,
        UUID funderId,
        String name,
        String currency,
        long budgetMinor,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<UUID> eligibleAllianceIds,
        List<SizeBand> eligibleSizeBands,
        List<String> eligibleSectorCodes,
        List<String> eligibleRegions,
        List<String> requiredPriorityTags,
        int suppressionK) {

    /** Copies the lists, so the payload is immutable. */
    public ProgrammeClosed {
        eligibleAllianceIds = eligibleAllianceIds == null ? null : List.copyOf(eligibleAllianceIds);
        eligibleSizeBands = eligibleSizeBands == null ? null : List.copyOf(eligibleSizeBands);
        eligibleSectorCodes = eligibleSectorCodes == null ? null : List.copyOf(eligibleSectorCodes);
        eligibleRegions = eligibleRegions == null ? null : List.copyOf(eligibleRegions);
        requiredPriorityTags = requiredPriorityTags == null ? null : List.copyOf(requiredPriorityTags);
    }
}
