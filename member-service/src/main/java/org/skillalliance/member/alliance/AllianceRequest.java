package org.skillalliance.member.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A new alliance and the association that coordinates it.
 */
public record AllianceRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull AllianceKind kind,
        @Size(max = 50) List<String> sectorCodes,
        @Size(max = 64) String region,
        @NotBlank String currency,
        @NotNull UUID coordinatorId) {}
