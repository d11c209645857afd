package org.skillalliance.member.alliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alliance as the API shows it. */
public record AllianceResponse(
        UUID id,
        String name,
        AllianceKind kind,
        List<String> sectorCodes,
        String region,
        String currency,
        UUID coordinatorId,
        Instant createdAt) {

    static AllianceResponse of(Alliance a) {
        return new AllianceResponse(
                a.id(),
                a.name(),
                a.kind(),
                a.sectorCodes(),
                a.region(),
                a.currency(),
                a.coordinatorId(),
                a.createdAt());
    }
}
