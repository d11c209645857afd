package org.skillalliance.funding.award;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The funder awards an amount (minor units of the programme's currency) on an application under review. */
public record AwardRequest(@NotNull UUID applicationId, @NotNull UUID funderId, @NotNull @Positive Long amountMinor,
                           @NotNull String currency) {
}
