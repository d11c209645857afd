package org.skillalliance.contracts.member;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code AllianceCreated}: an association created an alliance.
 *
 * @param allianceId    the alliance
 * @param coordinatorId the coordinating organisation (an association)
 * @param name          the alliance's public name (an organisational name, not personal data)
 * @param kind          what binds the members together
 * @param sectorCodes   NACE Rev. 2 codes of the sectors the alliance serves, possibly empty
 * @param region        region the alliance serves (NUTS code), {@code null} if not regional
 * @param currency      ISO 4217 currency of the alliance's costs, for example {@code EUR}
 */
public record AllianceCreated(
        UUID allianceId,
        UUID coordinatorId,
        String name,
        AllianceKind kind,
        List<String> sectorCodes,
        String region,
        String currency) {

    /** Copies the list, so the payload is immutable. */
    public AllianceCreated {
        sectorCodes = sectorCodes == null ? null : List.copyOf(sectorCodes);
    }
}
