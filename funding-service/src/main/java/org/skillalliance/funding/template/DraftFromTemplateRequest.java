package org.skillalliance.funding.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.web.MinorUnits;

/**
 * A funder drafts a programme with a template's terms and what only it can choose: its budget and period, and
 * optionally another name. {@code currency} may be left out; given, it must be the template's (its amounts are in that
 * currency's minor units).
 */
public record DraftFromTemplateRequest(
        @NotBlank String templateKey,
        @NotNull UUID funderId,
        @Size(min = 1, max = 200) String name,
        @NotNull @MinorUnits Long budgetMinor,
        String currency,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd) {}
