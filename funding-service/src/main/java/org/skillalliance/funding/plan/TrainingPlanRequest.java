package org.skillalliance.funding.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.skillalliance.web.MinorUnits;

/**
 * An employer's training plan for a cohort under a programme that requires one; filing again replaces it while it is
 * not yet due.
 *
 * @param participantIds the staff ids taking part (a staff member named twice counts once)
 * @param plannedHours   the off-the-job hours planned per participant
 * @param costMinor      the planned cost of the training, in minor units of {@code currency}
 */
public record TrainingPlanRequest(
        @NotNull UUID programmeId,
        @NotNull UUID employerId,
        @NotNull UUID cohortId,

        @NotEmpty(message = "must name at least one participant (a staff id)")
        @Size(max = 1000, message = "must name at most 1000 participants")
        List<@NotNull UUID> participantIds,

        @NotNull
        @DecimalMin(value = "0", message = "must be 0 or more hours")
        @DecimalMax(value = "100000", message = "must be at most 100000 hours")
        @Digits(integer = 6, fraction = 2, message = "must have at most 2 decimal places")
        BigDecimal plannedHours,

        @NotNull @MinorUnits Long costMinor,
        @NotNull String currency) {}
