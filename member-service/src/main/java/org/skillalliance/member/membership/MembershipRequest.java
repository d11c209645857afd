package org.skillalliance.member.membership;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An organisation applies to an alliance in a role. */
public record MembershipRequest(
        @NotNull UUID allianceId,
        @NotNull UUID organisationId,
        @NotNull MembershipRole role) {}
