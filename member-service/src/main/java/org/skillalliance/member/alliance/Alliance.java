package org.skillalliance.member.alliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.member.organisation.OrganisationType;
import org.skillalliance.member.shared.RuleBroken;

/** An alliance; its sector codes are NACE Rev. 2 codes, its currency ISO 4217. */
@AggregateRoot
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

    /**
     * A new alliance, run by an association.
     *
     * @throws RuleBroken (422, field {@code coordinatorId}) when the coordinator is not an association
     */
    static AllianceEvent.Created create(
            String name,
            AllianceKind kind,
            List<String> sectorCodes,
            String region,
            String currency,
            UUID coordinatorId,
            OrganisationType coordinatorType,
            Instant now) {
        if (coordinatorType != OrganisationType.ASSOCIATION) {
            throw RuleBroken.rule("coordinatorId", "the coordinator must be an association, not a " + coordinatorType);
        }
        return new AllianceEvent.Created(
                new Alliance(UUID.randomUUID(), name, kind, sectorCodes, region, currency, coordinatorId, now));
    }
}
