package org.skillalliance.member.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A membership as the API shows it. */
public record MembershipResponse(
        UUID id,
        UUID allianceId,
        UUID organisationId,
        MembershipRole role,
        MembershipStatus status,
        LocalDate appliedOn,
        LocalDate joinedOn,
        LocalDate leftOn,
        Instant updatedAt) {

    static MembershipResponse of(Membership m) {
        return new MembershipResponse(
                m.id(),
                m.allianceId(),
                m.organisationId(),
                m.role(),
                m.status(),
                m.appliedOn(),
                m.joinedOn(),
                m.leftOn(),
                m.updatedAt());
    }
}
