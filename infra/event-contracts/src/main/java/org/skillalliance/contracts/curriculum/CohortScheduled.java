package org.skillalliance.contracts.curriculum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code CohortScheduled}: a coordinator scheduled a cohort of a published course.
 *
 * @param cohortId             the cohort
 * @param courseId             its course
 * @param allianceId           the alliance whose members may enrol
 * @param organiserId          the coordinating organisation that scheduled it
 * @param providerId           the training provider teaching it
 * @param startDate            first training day
 * @param endDate              last training day
 * @param enrolmentOpens       first day enrolments are accepted
 * @param enrolmentCloses      last day enrolments are accepted
 * @param capacity             number of seats, at least 1
 * @param minParticipants      minimum confirmed seats for the cohort to run
 * @param seatQuotaPerEmployer most seats one employer may hold, {@code null} for no quota
 * @param cost                 the provider's price
 * @param status               {@link CohortStatus#PLANNED} or {@link CohortStatus#OPEN}
 */
public record CohortScheduled(
        UUID cohortId,
        UUID courseId,
        UUID allianceId,
        UUID organiserId,
        UUID providerId,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate enrolmentOpens,
        LocalDate enrolmentCloses,
        int capacity,
        int minParticipants,
        Integer seatQuotaPerEmployer,
        CohortCost cost,
        CohortStatus status) {}
