package org.skillalliance.funding.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training plan as the API shows it: {@code dueOn} is the last day it may be filed, {@code filedOn} its filing. */
public record TrainingPlanResponse(
        UUID id,
        UUID programmeId,
        UUID employerId,
        UUID cohortId,
        List<UUID> participantIds,
        BigDecimal plannedHours,
        long costMinor,
        String currency,
        LocalDate dueOn,
        LocalDate filedOn,
        Instant createdAt,
        Instant updatedAt) {

    static TrainingPlanResponse of(TrainingPlan p) {
        return new TrainingPlanResponse(
                p.id(),
                p.programmeId(),
                p.employerId(),
                p.cohortId(),
                p.participantIds(),
                p.plannedHours(),
                p.cost().amountMinor(),
                p.cost().currency(),
                p.dueOn(),
                p.filedOn(),
                p.createdAt(),
                p.updatedAt());
    }
}
