package org.skillalliance.member.membership;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.skillalliance.contracts.member.MembershipRole;

/** An organisation applies to an alliance in a role. */
public record MembershipRequest(
        @NotNull UUID allianceId,
        @NotNull UUID organisationId,
        @NotNull MembershipRole role) {}
