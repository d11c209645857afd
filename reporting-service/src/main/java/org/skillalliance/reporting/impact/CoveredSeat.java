package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** One seat (a confirmed enrolment of a cohort that started) with what the report needs to know about it. */
@ValueObject
record CoveredSeat(
        UUID cohortId,
        UUID allianceId,
        LocalDate cohortStart,
        UUID courseId,
        String courseCode,
        List<String> courseTags,
        List<String> skillCategories,
        UUID staffId,
        UUID employerId,
        String sizeBand,
        String sectorCode,
        String region,
        boolean organisationKnown,
        boolean consent,
        String gender,
        String ageBand,
        LocalDate employmentEnd,
        String outcome,
        BigDecimal attendedHours,
        Integer preScore,
        Integer postScore,
        Integer satisfaction,
        boolean credential,
        LocalDate completedOn) {

    /** The same seat with its course's priority tags and skill categories. */
    CoveredSeat withCourse(List<String> tags, List<String> categories) {
        return new CoveredSeat(
                cohortId,
                allianceId,
                cohortStart,
                courseId,
                courseCode,
                List.copyOf(tags),
                List.copyOf(categories),
                staffId,
                employerId,
                sizeBand,
                sectorCode,
                region,
                organisationKnown,
                consent,
                gender,
                ageBand,
                employmentEnd,
                outcome,
                attendedHours,
                preScore,
                postScore,
                satisfaction,
                credential,
                completedOn);
    }

    boolean hasOutcome() {
        return outcome != null;
    }

    boolean completed() {
        return "COMPLETED".equals(outcome);
    }
}
