package org.skillalliance.platform.demo;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cohort to schedule ({@code POST /api/cohorts}); dates are sent as ISO dates.
 *
 * @param providerId           null: the course's provider
 * @param seatQuotaPerEmployer null: no quota
 */
public record CohortSpec(
        UUID courseId,
        UUID organiserId,
        UUID providerId,
        String startDate,
        String endDate,
        String enrolmentOpens,
        String enrolmentCloses,
        int capacity,
        int minParticipants,
        Integer seatQuotaPerEmployer,
        Cost cost) {

    /** A cohort starting and ending on the given days whose enrolment window runs from {@code opens} to {@code closes}. */
    public static CohortSpec of(
            UUID courseId,
            UUID organiserId,
            LocalDate start,
            LocalDate end,
            LocalDate opens,
            LocalDate closes,
            int capacity,
            int minParticipants,
            Integer quota,
            Cost cost) {
        return new CohortSpec(
                courseId,
                organiserId,
                null,
                start.toString(),
                end.toString(),
                opens.toString(),
                closes.toString(),
                capacity,
                minParticipants,
                quota,
                cost);
    }

    /**
     * What the cohort costs.
     *
     * @param pricing TOTAL (the amount is the cohort's) or PER_SEAT (times the confirmed seats)
     */
    public record Cost(String pricing, long amountMinor, String currency) {}
}
