package org.skillalliance.member.membership;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.skillalliance.contracts.member.MembershipRole;

/** An organisation applies to an alliance in a role. */
public record MembershipRequest(@NotNull UUID allianceId, @NotNull UUID organisationId, @NotNull MembershipRole role) {
}
