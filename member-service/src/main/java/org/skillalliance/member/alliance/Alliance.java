package org.skillalliance.member.alliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.member.AllianceKind;

/** An alliance; its sector codes are NACE Rev. 2 codes, its currency ISO 4217. */
public record Alliance(
        UUID id,
        String name,
        AllianceKind kind,
        List<String> sectorCodes,
        String region,
        String currency,
        UUID coordinatorId,
        Instant createdAt) {

    public Alliance {
        sectorCodes = List.copyOf(sectorCodes);
    }
}
