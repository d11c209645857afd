package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Covered seats for the impact package's unit tests: a seat of a small employer in sector C25 and region DE21, held by
 * a person of its own, in a course without tags, with no outcome unless one is given (8 hours attended when it is).
 */
final class CoveredSeatBuilder {

    private UUID cohort = UUID.randomUUID();
    private LocalDate cohortStart = LocalDate.of(2026, 3, 2);
    private List<String> courseTags = List.of();
    private UUID staff = UUID.randomUUID();
    private UUID employer = UUID.randomUUID();
    private String sizeBand = "SMALL";
    private String outcome;
    private boolean credential;
    private LocalDate completedOn;
    private LocalDate employmentEnd;

    static CoveredSeatBuilder seat() {
        return new CoveredSeatBuilder();
    }

    CoveredSeatBuilder in(UUID cohortId, LocalDate start) {
        cohort = cohortId;
        cohortStart = start;
        return this;
    }

    CoveredSeatBuilder tags(List<String> tags) {
        courseTags = tags;
        return this;
    }

    CoveredSeatBuilder staff(UUID id) {
        staff = id;
        return this;
    }

    CoveredSeatBuilder employer(UUID id) {
        employer = id;
        return this;
    }

    CoveredSeatBuilder sizeBand(String band) {
        sizeBand = band;
        return this;
    }

    CoveredSeatBuilder outcome(String recorded) {
        outcome = recorded;
        return this;
    }

    CoveredSeatBuilder credential() {
        credential = true;
        return this;
    }

    CoveredSeatBuilder completedOn(LocalDate day) {
        outcome = "COMPLETED";
        completedOn = day;
        return this;
    }

    CoveredSeatBuilder employmentEnd(LocalDate day) {
        employmentEnd = day;
        return this;
    }

    CoveredSeat build() {
        return new CoveredSeat(
                cohort,
                UUID.randomUUID(),
                cohortStart,
                UUID.randomUUID(),
                "K",
                courseTags,
                List.of(),
                staff,
                employer,
                sizeBand,
                "C25",
                "DE21",
                true,
                false,
                null,
                null,
                employmentEnd,
                outcome,
                outcome == null ? null : new BigDecimal("8"),
                null,
                null,
                null,
                credential,
                completedOn);
    }
}
