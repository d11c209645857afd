package org.skillalliance.funding.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Who acts on an application ({@code actorId}: the funder for review and reject, the applicant to withdraw). */
public record ApplicationDecision(
        @NotNull UUID actorId, @Size(max = 2000) String note) {}
