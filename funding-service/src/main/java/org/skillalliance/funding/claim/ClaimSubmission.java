package org.skillalliance.funding.claim;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The employer submits its draft claim within the claim window; {@code employerId} must be the claim's employer. */
public record ClaimSubmission(@NotNull UUID employerId) {}
