package org.skillalliance.contracts.curriculum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code CohortStatusChanged}: a cohort moved from {@code previousStatus} to {@code status}. Carries the
 * complete cohort as it stands after the change. When a cohort starts {@code RUNNING}, its confirmed seats are final
 * (they are the seats costs are shared over).
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
 * @param status               the status after the change
 * @param previousStatus       the status before the change
 * @param confirmedSeats       number of confirmed seats at the time of the change
 */
public record CohortStatusChanged(
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
        CohortStatus status,
        CohortStatus previousStatus,
        int confirmedSeats) {}
