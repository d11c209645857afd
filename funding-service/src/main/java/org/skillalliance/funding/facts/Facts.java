package org.skillalliance.funding.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.shared.SizeBand;

/** The shapes of the read models other features use. */
@ValueObject
public final class Facts {

    private Facts() {}

    /** An organisation as member-service last described it. */
    public record Organisation(
            UUID id, String type, String region, String sectorCode, Integer headcount, SizeBand sizeBand) {}

    /** A published course: its planned hours and priority tags. */
    public record Course(UUID id, UUID allianceId, BigDecimal hours, Set<String> priorityTags) {}

    /** A cohort as curriculum-service last described it. */
    public record Cohort(
            UUID id,
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            LocalDate startDate,
            LocalDate endDate,
            CohortStatus status,
            Pricing pricing,
            long costMinor,
            String currency,
            int confirmedSeats) {

        /** Started (or finished): the seats are final. */
        public boolean started() {
            return status == CohortStatus.RUNNING || status == CohortStatus.COMPLETED;
        }
    }

    /** The confirmed seats an employer holds in a cohort. */
    public record Seats(UUID employerId, int seats) {}

    /** The latest outcome of an enrolment. */
    public record Outcome(
            UUID enrolmentId,
            UUID cohortId,
            UUID staffId,
            UUID employerId,
            EnrolmentOutcome outcome,
            BigDecimal attendedHours,
            LocalDate completedOn) {}

    /** One staff member's signed-off learning at work (final: a sign-off is never corrected). */
    public record WorkplaceLearning(
            UUID learningId,
            UUID staffId,
            WorkplaceLearningKind kind,
            UUID allianceId,
            UUID employerId,
            int levelReached,
            BigDecimal loggedHours,
            int sessions,
            LocalDate startedOn,
            LocalDate signedOffOn) {}

    /** An organisation's membership of an alliance. */
    public record Membership(UUID allianceId, UUID organisationId, String role, String status) {}
}
