package org.skillalliance.funding.award;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.skillalliance.web.MinorUnits;

/** The funder awards an amount (minor units of the programme's currency) on an application under review. */
public record AwardRequest(
        @NotNull UUID applicationId,
        @NotNull UUID funderId,
        @NotNull @Positive @MinorUnits Long amountMinor,
        @NotNull String currency) {}
