package org.skillalliance.funding.programme;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.shared.SizeBand;

/**
 * Who and what a programme funds. Every empty list means "any" ({@code requiredPriorityTags}: none required).
 * Sector codes are NACE prefixes normalised with their section letter: {@code C} or {@code C25} admit {@code C25.62}.
 */
@ValueObject
public record Eligibility(
        List<UUID> allianceIds,
        List<SizeBand> sizeBands,
        List<String> sectorCodes,
        List<String> regions,
        List<String> requiredPriorityTags) {

    public Eligibility {
        allianceIds = List.copyOf(allianceIds);
        sizeBands = List.copyOf(sizeBands);
        sectorCodes = List.copyOf(sectorCodes);
        regions = List.copyOf(regions);
        requiredPriorityTags = List.copyOf(requiredPriorityTags);
    }

    /** Why the employer is not eligible, or null when it is. */
    public String refusalFor(Facts.Organisation employer) {
        if (employer == null) {
            return "the employer is not known to funding-service yet";
        }
        if (!sizeBands.isEmpty() && (employer.sizeBand() == null || !sizeBands.contains(employer.sizeBand()))) {
            return "size band " + employer.sizeBand() + " is not eligible";
        }
        if (!sectorCodes.isEmpty()
                && (employer.sectorCode() == null
                        || sectorCodes.stream()
                                .noneMatch(prefix -> employer.sectorCode().startsWith(prefix)))) {
            return "sector " + employer.sectorCode() + " is not eligible";
        }
        if (!regions.isEmpty()
                && (employer.region() == null
                        || regions.stream()
                                .noneMatch(prefix -> employer.region().startsWith(prefix)))) {
            return "region " + employer.region() + " is not eligible";
        }
        return null;
    }

    public boolean admitsAlliance(UUID allianceId) {
        return allianceIds.isEmpty() || allianceIds.contains(allianceId);
    }

    public boolean admitsCourse(Set<String> priorityTags) {
        return priorityTags.containsAll(requiredPriorityTags);
    }
}
