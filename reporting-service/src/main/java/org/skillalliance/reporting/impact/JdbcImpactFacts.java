package org.skillalliance.reporting.impact;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the impact report needs from the projections. */
@Repository
class JdbcImpactFacts {

    private final JdbcClient jdbc;

    JdbcImpactFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Programme(
            UUID id,
            UUID funderId,
            String name,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<UUID> eligibleAlliances,
            List<String> sizeBands,
            List<String> sectorPrefixes,
            List<String> regions,
            List<String> requiredTags,
            int suppressionK) {}

    record Award(
            UUID id,
            UUID beneficiaryId,
            String beneficiaryKind,
            UUID cohortId,
            long amountMinor,
            LocalDate periodStart,
            LocalDate periodEnd) {

        /** An award to an employer; the other kind is an association's, for a cohort. */
        boolean toEmployer() {
            return !"ASSOCIATION".equals(beneficiaryKind);
        }
    }

    record Share(UUID cohortId, UUID employerId, int seats, long amountMinor) {}

    /** A payment of a claim, for one of its milestones ({@code START}, {@code COMPLETION}, {@code OUTCOME}). */
    record Disbursement(
            UUID programmeId, UUID employerId, UUID cohortId, long amountMinor, String currency, String milestone) {}

    /** What the report knows of an organisation an award is made to. */
    record Employer(String sizeBand, String sectorCode, String region) {}

    Optional<Programme> programme(UUID id) {
        return jdbc.sql("select * from rp_programme where id = :id")
                .param("id", id)
                .query((rs, n) -> new Programme(
                        rs.getObject("id", UUID.class),
                        rs.getObject("funder_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("currency"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class),
                        uuids(rs.getArray("eligible_alliances")),
                        strings(rs.getArray("size_bands")),
                        strings(rs.getArray("sector_prefixes")),
                        strings(rs.getArray("regions")),
                        strings(rs.getArray("required_tags")),
                        rs.getInt("suppression_k")))
                .optional();
    }

    List<Award> awards(UUID programmeId) {
        return jdbc.sql("select * from rp_award where programme_id = :id order by id")
                .param("id", programmeId)
                .query((rs, n) -> new Award(
                        rs.getObject("id", UUID.class),
                        rs.getObject("beneficiary_id", UUID.class),
                        rs.getString("beneficiary_kind"),
                        rs.getObject("cohort_id", UUID.class),
                        rs.getLong("amount_minor"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class)))
                .list();
    }

    /**
     * Seats that an award of the programme could cover, whenever their cohorts start: the seats of one of
     * {@code employers}, and the seats in one of {@code cohorts}, read from {@code rp_seat} (what counts as a seat is
     * defined there, V3__seat_facts.sql). Every period is read, not only the report's: an award's commitment is spread
     * over all the seats it covers (docs/reporting.md).
     *
     * <p>Every covered seat is in an award's cohort, or of an award's beneficiary in a course carrying every one of
     * {@code requiredTags}, so narrowing to those in SQL changes no figure (the report still applies eligibility and
     * coverage to each seat); it only spares reading the seats no award can reach, which over a million enrolments is
     * most of them. The two halves are joined to the id lists rather than filtered by {@code = any(...) or ...}: the
     * plan PostgreSQL caches for a prepared statement then stays an index lookup per id, where the {@code or} form
     * fell back to testing every employer id against every seat of every cohort (5 s instead of 25 ms at a million
     * enrolments, docs/performance.md).
     */
    List<CoveredSeat> seats(Collection<UUID> cohorts, Collection<UUID> employers, Collection<String> requiredTags) {
        if (cohorts.isEmpty() && employers.isEmpty()) {
            return List.of();
        }
        // the columns are named rather than *: a seat's course tags are read once per course below, since decoding
        // an array in every one of ten thousand rows costs more than the rest of the row (docs/performance.md)
        List<CoveredSeat> rows =
                covered("rp_seat", SEAT_COLUMNS, cohorts, employers, requiredTags, (rs, n) -> seat(rs));
        Map<UUID, Course> byId = courses(rows.stream().map(CoveredSeat::courseId));
        return rows.stream()
                .map(seat -> {
                    Course course = byId.get(seat.courseId());
                    return course == null ? seat : seat.withCourse(course.tags(), course.skillCategories());
                })
                .toList();
    }

    /**
     * The seats {@link #seats} reads, rolled up per (cohort, employer) pair: the rows of {@code rp_seat_pair}
     * (V11__impact_rollups.sql), which the projector keeps equal to the seats. A report reads these, one row per pair
     * (about 1,300 per programme at a million enrolments, instead of about 12,800 seats, docs/performance.md).
     */
    List<PairSeats> pairs(Collection<UUID> cohorts, Collection<UUID> employers, Collection<String> requiredTags) {
        if (cohorts.isEmpty() && employers.isEmpty()) {
            return List.of();
        }
        List<PairSeats> rows =
                covered("rp_seat_pair", PAIR_COLUMNS, cohorts, employers, requiredTags, (rs, n) -> pair(rs));
        Map<UUID, Course> byId = courses(rows.stream().map(PairSeats::courseId));
        return rows.stream()
                .map(pair -> {
                    Course course = byId.get(pair.courseId());
                    return course == null ? pair : pair.withCourse(course.tags(), course.skillCategories());
                })
                .toList();
    }

    /**
     * The rows of {@code table} (seats, or their pairs) of one of {@code employers} in a course carrying every required
     * tag or one of {@code cohorts}, and those in one of {@code cohorts}: the two halves of the coverage.
     */
    private <T> List<T> covered(
            String table,
            String columns,
            Collection<UUID> cohorts,
            Collection<UUID> employers,
            Collection<String> requiredTags,
            RowMapper<T> row) {
        return jdbc.sql("""
                select %1$s from %2$s
                where employer_id in (select unnest(cast(:employers as uuid[])))
                  and (coalesce(course_tags, '{}') @> cast(:tags as text[])
                       or cohort_id = any(cast(:cohorts as uuid[])))
                union all
                select %1$s from %2$s
                where cohort_id in (select unnest(cast(:cohorts as uuid[])))
                  and not (employer_id = any(cast(:employers as uuid[])))
                """.formatted(columns, table))
                .param("cohorts", cohorts.toArray(UUID[]::new))
                .param("employers", employers.toArray(UUID[]::new))
                .param("tags", requiredTags.toArray(String[]::new))
                .query(row)
                .list();
    }

    /** The priority tags and skill categories of the courses, read once per course. */
    private Map<UUID, Course> courses(Stream<UUID> ids) {
        Set<UUID> courses = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        return courses.isEmpty()
                ? Map.of()
                : jdbc
                        .sql("""
                        select c.id, c.priority_tags,
                               array(select distinct category from rp_course_skill k where k.course_id = c.id
                                     order by category) as categories
                        from rp_course c where c.id = any(:courses)""")
                        .param("courses", courses.toArray(UUID[]::new))
                        .query((rs, n) -> new Course(
                                rs.getObject("id", UUID.class),
                                List.copyOf(strings(rs.getArray("priority_tags"))),
                                List.copyOf(strings(rs.getArray("categories")))))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Course::id, course -> course));
    }

    private static final String SEAT_COLUMNS = """
            cohort_id, employer_id, staff_id, alliance_id, cohort_start, course_id, course_code, organisation_known,
            size_band, sector_code, region, consent, gender, age_band, employment_end, outcome, attended_hours,
            pre_score, post_score, satisfaction, credential, completed_on""";

    private static final String PAIR_COLUMNS = """
            cohort_id, employer_id, alliance_id, cohort_start, course_id, course_code, organisation_known, size_band,
            sector_code, region, seats, with_outcome, completed, not_completed, no_shows, credentials, scored, gained,
            gain_sum, hours, satisfied, satisfaction_sum, array_to_string(staff_ids, ','), array_to_string(staff_seats, ','),
            array_to_string(staff_completed, ','), array_to_string(staff_with_outcome, ','), array_to_string(staff_gender, ','),
            array_to_string(staff_age, ','),
            array_to_string(staff_employment_end, ',', ''), array_to_string(staff_completed_on, ',')""";

    private record Course(UUID id, List<String> tags, List<String> skillCategories) {}

    /**
     * The cost shares of the given (cohort, employer) pairs: {@code cohorts[i]} with {@code employers[i]}. Each pair is
     * looked up by the primary key ({@code offset 0} keeps the lateral subquery from being flattened into a join):
     * joined to the list instead, PostgreSQL hashed the whole table for every report, 90,000 rows at a million
     * enrolments for about 1,300 pairs, three to four times slower (docs/performance.md). The disbursements below
     * likewise.
     */
    List<Share> shares(List<UUID> cohorts, List<UUID> employers) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.* from unnest(cast(:cohorts as uuid[]), cast(:employers as uuid[])) as pair (cohort_id, employer_id)
                cross join lateral (
                    select * from rp_cost_share s
                    where s.cohort_id = pair.cohort_id and s.employer_id = pair.employer_id offset 0) s""")
                .param("cohorts", cohorts.toArray(UUID[]::new))
                .param("employers", employers.toArray(UUID[]::new))
                .query((rs, n) -> new Share(
                        rs.getObject("cohort_id", UUID.class),
                        rs.getObject("employer_id", UUID.class),
                        rs.getInt("seats"),
                        rs.getLong("amount_minor")))
                .list();
    }

    /**
     * The paid disbursements of every programme for the given (cohort, employer) pairs, {@code cohorts[i]} with
     * {@code employers[i]}: a disbursement pays a claim, which is for one employer's seats in one cohort. A
     * disbursement whose claim has not arrived yet is not read, nor one of a claim for workplace learning (no cohort:
     * it pays no seat).
     */
    List<Disbursement> disbursements(List<UUID> cohorts, List<UUID> employers) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.programme_id, d.employer_id, cl.cohort_id, d.amount_minor, d.currency, d.milestone
                from unnest(cast(:cohorts as uuid[]), cast(:employers as uuid[])) as pair (cohort_id, employer_id)
                cross join lateral (
                    select * from rp_claim cl
                    where cl.cohort_id = pair.cohort_id and cl.employer_id = pair.employer_id offset 0) cl
                join rp_disbursement d on d.claim_id = cl.id
                """)
                .param("cohorts", cohorts.toArray(UUID[]::new))
                .param("employers", employers.toArray(UUID[]::new))
                .query((rs, n) -> new Disbursement(
                        rs.getObject("programme_id", UUID.class),
                        rs.getObject("employer_id", UUID.class),
                        rs.getObject("cohort_id", UUID.class),
                        rs.getLong("amount_minor"),
                        rs.getString("currency"),
                        rs.getString("milestone")))
                .list();
    }

    /** The start dates of the cohorts known so far. */
    Map<UUID, LocalDate> cohortStarts(Collection<UUID> cohorts) {
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, start_date from rp_cohort where id = any(:ids)")
                .param("ids", cohorts.toArray(UUID[]::new))
                .query((rs, n) ->
                        Map.entry(rs.getObject("id", UUID.class), rs.getObject("start_date", LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The size band, sector and region of the organisations known so far. */
    Map<UUID, Employer> employers(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, size_band, sector_code, region from rp_organisation where id = any(:ids)")
                .param("ids", organisations.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        new Employer(rs.getString("size_band"), rs.getString("sector_code"), rs.getString("region"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * A seat as read, without its course's tags and skill categories (added per course). Columns by position, in the
     * order of {@link #SEAT_COLUMNS}: looking each one up by name costs more than reading it, ten thousand rows at a
     * time. The outcome is one of the constants below, so comparing it with a literal ends at the identity check.
     */
    private static CoveredSeat seat(ResultSet rs) throws SQLException {
        return new CoveredSeat(
                rs.getObject(1, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                List.of(),
                List.of(),
                rs.getObject(3, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getBoolean(8),
                rs.getBoolean(12),
                rs.getString(13),
                rs.getString(14),
                rs.getObject(15, LocalDate.class),
                outcome(rs.getString(16)),
                rs.getBigDecimal(17),
                (Integer) rs.getObject(18),
                (Integer) rs.getObject(19),
                (Integer) rs.getObject(20),
                rs.getBoolean(21),
                rs.getObject(22, LocalDate.class));
    }

    /**
     * A pair as read, without its course's tags and skill categories; columns by position, as {@link #PAIR_COLUMNS}.
     * The per-person columns are read joined by commas ({@code array_to_string}, an empty field for a person without an
     * end of employment) and split here: none of their values holds a comma (ids, counts, days, and the gender and age
     * cells: the constants of the contracts' {@code Gender} and {@code AgeBand}, or {@code NOT_REPORTED}), a pair has
     * at least one person (so one empty field is one person's), and pgjdbc's decoding of a text-format array, element
     * by element, cost a fifth of a report's CPU (docs/performance.md).
     */
    private static PairSeats pair(ResultSet rs) throws SQLException {
        String[] staff = rs.getString(23).split(",");
        String[] seats = rs.getString(24).split(",");
        String[] completed = rs.getString(25).split(",");
        String[] withOutcome = rs.getString(26).split(",");
        String[] gender = rs.getString(27).split(",");
        String[] age = rs.getString(28).split(",");
        String[] employmentEnd = rs.getString(29).split(",", -1);
        String[] completedOn = rs.getString(30).split(",", -1);
        List<PairSeats.Person> people = new ArrayList<>(staff.length);
        for (int i = 0; i < staff.length; i++) {
            people.add(new PairSeats.Person(
                    UUID.fromString(staff[i]),
                    Long.parseLong(seats[i]),
                    Long.parseLong(completed[i]),
                    Long.parseLong(withOutcome[i]),
                    gender[i],
                    age[i],
                    employmentEnd[i].isEmpty() ? null : day(employmentEnd[i]),
                    days(completedOn[i])));
        }
        return new PairSeats(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, UUID.class),
                rs.getString(6),
                List.of(),
                List.of(),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                rs.getLong(14),
                rs.getLong(15),
                rs.getLong(16),
                rs.getLong(17),
                rs.getLong(18),
                rs.getLong(19),
                rs.getBigDecimal(20),
                rs.getLong(21),
                rs.getLong(22),
                List.copyOf(people));
    }

    private static String outcome(String outcome) {
        return outcome == null
                ? null
                : switch (outcome) {
                    case "COMPLETED" -> "COMPLETED";
                    case "NOT_COMPLETED" -> "NOT_COMPLETED";
                    case "NO_SHOW" -> "NO_SHOW";
                    default -> outcome;
                };
    }

    /** The space-separated days of a person's completed seats. */
    private static List<LocalDate> days(String joined) {
        if (joined.isEmpty()) {
            return List.of();
        }
        String[] days = joined.split(" ");
        LocalDate[] parsed = new LocalDate[days.length];
        for (int i = 0; i < days.length; i++) {
            parsed[i] = day(days[i]);
        }
        return List.of(parsed);
    }

    /**
     * A day as PostgreSQL writes it ({@code yyyy-mm-dd}, the ISO date style pgjdbc sets), read without a formatter;
     * any other form (a year past 9999) through {@link LocalDate#parse}.
     */
    private static LocalDate day(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                ? LocalDate.of(
                        Integer.parseInt(text, 0, 4, 10),
                        Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10))
                : LocalDate.parse(text);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
