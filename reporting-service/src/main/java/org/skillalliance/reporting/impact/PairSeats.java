package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The seats of one employer in one cohort, rolled up: what the report needs of them, read from a row of
 * {@code rp_seat_pair} (V11__impact_rollups.sql) instead of a row per seat. Everything the report decides on (the
 * employer's eligibility, the awards covering the seats, the period and employer filters, cost shares, disbursements)
 * is a fact of the pair; counts and sums that add up are kept as such; what does not add up across pairs is kept per
 * person ({@link Person}: distinct participants, the gender and age cells) and per completed seat (retention).
 */
@ValueObject
record PairSeats(
        UUID cohortId,
        UUID employerId,
        UUID allianceId,
        LocalDate cohortStart,
        UUID courseId,
        String courseCode,
        List<String> courseTags,
        List<String> skillCategories,
        boolean organisationKnown,
        String sizeBand,
        String sectorCode,
        String region,
        long seats,
        long withOutcome,
        long completed,
        long notCompleted,
        long noShows,
        long credentials,
        long scored,
        long gained,
        long gainSum,
        BigDecimal hours,
        long satisfied,
        long satisfactionSum,
        List<Person> people) {

    /**
     * A staff member holding seats of the pair: how many, completed, with an outcome; the gender and age cells the
     * breakdowns count them in ({@code NOT_REPORTED} without consent); their end of employment and the days their
     * completed seats were completed on, for retention.
     */
    record Person(
            UUID staffId,
            long seats,
            long completed,
            long withOutcome,
            String genderCell,
            String ageCell,
            LocalDate employmentEnd,
            List<LocalDate> completedOn) {}

    /** The same pair with its course's priority tags and skill categories. */
    PairSeats withCourse(List<String> tags, List<String> categories) {
        return new PairSeats(
                cohortId,
                employerId,
                allianceId,
                cohortStart,
                courseId,
                courseCode,
                List.copyOf(tags),
                List.copyOf(categories),
                organisationKnown,
                sizeBand,
                sectorCode,
                region,
                seats,
                withOutcome,
                completed,
                notCompleted,
                noShows,
                credentials,
                scored,
                gained,
                gainSum,
                hours,
                satisfied,
                satisfactionSum,
                people);
    }

    /** The seat's facts that are the pair's: the unit a report counts all seats of, or none. */
    private record Facts(
            UUID cohortId,
            UUID employerId,
            UUID allianceId,
            LocalDate cohortStart,
            UUID courseId,
            String courseCode,
            List<String> courseTags,
            List<String> skillCategories,
            boolean organisationKnown,
            String sizeBand,
            String sectorCode,
            String region) {

        static Facts of(CoveredSeat seat) {
            return new Facts(
                    seat.cohortId(),
                    seat.employerId(),
                    seat.allianceId(),
                    seat.cohortStart(),
                    seat.courseId(),
                    seat.courseCode(),
                    seat.courseTags(),
                    seat.skillCategories(),
                    seat.organisationKnown(),
                    seat.sizeBand(),
                    seat.sectorCode(),
                    seat.region());
        }
    }

    /**
     * Rolls single seats up as {@code rp_seat_pair_source} does in SQL, grouped by every fact of the pair: the report
     * over seats (the unit tests', and the recomputation the rollups are checked against) is the report over these.
     */
    static List<PairSeats> of(List<CoveredSeat> seats) {
        Map<Facts, List<CoveredSeat>> byPair = new LinkedHashMap<>();
        seats.forEach(seat ->
                byPair.computeIfAbsent(Facts.of(seat), f -> new ArrayList<>()).add(seat));
        List<PairSeats> pairs = new ArrayList<>();
        byPair.forEach((facts, held) -> pairs.add(of(facts, held)));
        return pairs;
    }

    private static PairSeats of(Facts facts, List<CoveredSeat> seats) {
        long withOutcome = 0;
        long completed = 0;
        long notCompleted = 0;
        long noShows = 0;
        long credentials = 0;
        long scored = 0;
        long gained = 0;
        long gainSum = 0;
        BigDecimal hours = null;
        long satisfied = 0;
        long satisfactionSum = 0;
        Map<Person, List<CoveredSeat>> byPerson = new LinkedHashMap<>();
        for (CoveredSeat seat : seats) {
            // a person's cells and employment end are the same on all of their seats, but kept apart were they not
            Person person = new Person(
                    seat.staffId(),
                    0,
                    0,
                    0,
                    seat.consent() && seat.gender() != null ? seat.gender() : "NOT_REPORTED",
                    seat.consent() && seat.ageBand() != null ? seat.ageBand() : "NOT_REPORTED",
                    seat.employmentEnd(),
                    List.of());
            byPerson.computeIfAbsent(person, id -> new ArrayList<>()).add(seat);
            if (seat.hasOutcome()) {
                withOutcome++;
                if (seat.credential()) {
                    credentials++;
                }
                if (seat.attendedHours() != null) {
                    hours = hours == null ? seat.attendedHours() : hours.add(seat.attendedHours());
                }
            }
            if (seat.completed()) {
                completed++;
            } else if ("NOT_COMPLETED".equals(seat.outcome())) {
                notCompleted++;
            } else if ("NO_SHOW".equals(seat.outcome())) {
                noShows++;
            }
            if (seat.preScore() != null && seat.postScore() != null) {
                scored++;
                int gain = seat.postScore() - seat.preScore();
                gainSum += gain;
                if (gain >= 10) {
                    gained++;
                }
            }
            if (seat.satisfaction() != null) {
                satisfied++;
                satisfactionSum += seat.satisfaction();
            }
        }
        List<Person> people = new ArrayList<>();
        byPerson.forEach((person, held) -> {
            people.add(new Person(
                    person.staffId(),
                    held.size(),
                    held.stream().filter(CoveredSeat::completed).count(),
                    held.stream().filter(CoveredSeat::hasOutcome).count(),
                    person.genderCell(),
                    person.ageCell(),
                    person.employmentEnd(),
                    held.stream()
                            .filter(seat -> seat.completed() && seat.completedOn() != null)
                            .map(CoveredSeat::completedOn)
                            .sorted()
                            .toList()));
        });
        return new PairSeats(
                facts.cohortId(),
                facts.employerId(),
                facts.allianceId(),
                facts.cohortStart(),
                facts.courseId(),
                facts.courseCode(),
                facts.courseTags(),
                facts.skillCategories(),
                facts.organisationKnown(),
                facts.sizeBand(),
                facts.sectorCode(),
                facts.region(),
                seats.size(),
                withOutcome,
                completed,
                notCompleted,
                noShows,
                credentials,
                scored,
                gained,
                gainSum,
                hours,
                satisfied,
                satisfactionSum,
                List.copyOf(people));
    }
}
