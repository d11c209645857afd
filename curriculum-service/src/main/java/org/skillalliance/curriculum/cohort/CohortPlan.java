package org.skillalliance.curriculum.cohort;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a coordinator sets when scheduling a cohort; {@code providerId} null means the course's provider. */
@ValueObject
public record CohortPlan(
        UUID organiserId,
        UUID providerId,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate enrolmentOpens,
        LocalDate enrolmentCloses,
        int capacity,
        int minParticipants,
        Integer seatQuotaPerEmployer,
        Pricing pricing,
        long costMinor,
        String currency) {}
