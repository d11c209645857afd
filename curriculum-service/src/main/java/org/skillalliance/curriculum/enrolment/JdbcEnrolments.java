package org.skillalliance.curriculum.enrolment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortEnrolments.SeatCounts;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEnrolments {

    record Filter(UUID cohortId, UUID employerId, UUID staffId, UUID courseId, EnrolmentStatus status, Scope scope) {}

    /**
     * The enrolments a caller may see: all (admins), or those of its employer, of the cohorts it teaches, of the
     * cohorts it organises, of the alliances it coordinates and, for a learner, of its own staff record (each null or
     * empty when the caller has not that role).
     */
    record Scope(boolean all, UUID employer, UUID provider, UUID organiser, java.util.Set<UUID> alliances, UUID staff) {
        static final Scope ALL = new Scope(true, null, null, null, java.util.Set.of(), null);

        String alliancesArray() {
            return alliances.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        }
    }

    /** An enrolment row with its current waitlist position (its rank among the cohort's waiters). */
    private static final String SELECT = """
            select e.*,
                   case when e.status = 'WAITLISTED' then
                       (select count(*) from enrolment w
                        where w.cohort_id = e.cohort_id and w.status = 'WAITLISTED'
                          and w.waitlist_ticket <= e.waitlist_ticket)
                   end as waitlist_position
            from enrolment e
            """;

    private static final String FILTER = """
            where (cast(:cohortId as uuid) is null or e.cohort_id = :cohortId)
              and (cast(:employerId as uuid) is null or e.employer_id = :employerId)
              and (cast(:staffId as uuid) is null or e.staff_id = :staffId)
              and (cast(:courseId as uuid) is null or e.course_id = :courseId)
              and (cast(:status as varchar) is null or e.status = :status)
              and (:seesAll or e.employer_id = cast(:scopeEmployer as uuid)
                   or e.staff_id = cast(:scopeStaff as uuid)
                   or exists (select 1 from cohort c where c.id = e.cohort_id
                              and (c.provider_id = cast(:scopeProvider as uuid)
                                   or c.organiser_id = cast(:scopeOrganiser as uuid)
                                   or c.alliance_id = any(cast(:scopeAlliances as uuid[])))))
            """;

    private final JdbcClient jdbc;

    JdbcEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Enrolment e) {
        jdbc.sql("""
                insert into enrolment (id, cohort_id, course_id, staff_id, employer_id, status, waitlist_ticket,
                                       requested_at, updated_at)
                values (:id, :cohortId, :courseId, :staffId, :employerId, :status, :ticket, :at, :at)
                """)
                .param("id", e.id())
                .param("cohortId", e.cohortId())
                .param("courseId", e.courseId())
                .param("staffId", e.staffId())
                .param("employerId", e.employerId())
                .param("status", e.status().name())
                .param("ticket", e.waitlistTicket())
                .param("at", Timestamp.from(e.requestedAt()))
                .update();
        moveSeatCounters(e, null);
    }

    /** Writes the enrolment's state and moves the seat counters from its stored status to its new one. */
    void update(Enrolment e, Instant at) {
        Outcome o = e.outcome();
        EnrolmentStatus previous = jdbc.sql("""
                with stored as (select id, status from enrolment where id = :id for update)
                update enrolment set status = :status, waitlist_ticket = :ticket, updated_at = :at,
                       attended_hours = :hours, pre_score = :pre, post_score = :post, satisfaction = :satisfaction,
                       credential_awarded = :credential, completed_on = :completedOn, outcome_recorded_at = :recordedAt,
                       outcome_comment = :comment
                from stored
                where enrolment.id = stored.id
                returning stored.status
                """)
                .param("id", e.id())
                .param("status", e.status().name())
                .param("ticket", e.waitlistTicket())
                .param("at", Timestamp.from(at))
                .param("hours", o == null ? null : o.attendedHours())
                .param("pre", o == null ? null : o.preScore())
                .param("post", o == null ? null : o.postScore())
                .param("satisfaction", o == null ? null : o.satisfaction())
                .param("credential", o != null && o.credentialAwarded())
                .param("completedOn", o == null || o.completedOn() == null ? null : Date.valueOf(o.completedOn()))
                .param("recordedAt", o == null ? null : Timestamp.from(o.recordedAt()))
                .param("comment", o == null ? null : o.comment())
                .query((rs, row) -> EnrolmentStatus.valueOf(rs.getString("status")))
                .single();
        moveSeatCounters(e, previous);
    }

    /**
     * Moves the cohort's seat counters (V10__seat_counters.sql) from {@code previous} (null for a new enrolment) to the
     * enrolment's status. The cohort row is locked by the caller's seat decision, so the counters change in the same
     * order as the rows they count.
     */
    private void moveSeatCounters(Enrolment e, EnrolmentStatus previous) {
        EnrolmentStatus now = e.status();
        int confirmed = confirmed(now) - confirmed(previous);
        int held = held(now) - held(previous);
        int waiting = waiting(now) - waiting(previous);
        if (confirmed != 0 || held != 0 || waiting != 0) {
            jdbc.sql("""
                    update cohort set seats_confirmed = seats_confirmed + :confirmed, seats_held = seats_held + :held,
                                      requests_waiting = requests_waiting + :waiting
                    where id = :cohortId
                    """)
                    .param("cohortId", e.cohortId())
                    .param("confirmed", confirmed)
                    .param("held", held)
                    .param("waiting", waiting)
                    .update();
        }
        if (confirmed != 0) {
            // a seat given up has its row already; the check constraint applies to an insert's row before its conflict
            jdbc.sql(confirmed < 0 ? """
                            update cohort_employer_seats set confirmed = confirmed + :confirmed
                            where cohort_id = :cohortId and employer_id = :employerId
                            """ : """
                            insert into cohort_employer_seats (cohort_id, employer_id, confirmed)
                            values (:cohortId, :employerId, :confirmed)
                            on conflict (cohort_id, employer_id)
                            do update set confirmed = cohort_employer_seats.confirmed + excluded.confirmed
                            """)
                    .param("cohortId", e.cohortId())
                    .param("employerId", e.employerId())
                    .param("confirmed", confirmed)
                    .update();
        }
    }

    private static int confirmed(EnrolmentStatus status) {
        return status == EnrolmentStatus.CONFIRMED ? 1 : 0;
    }

    private static int held(EnrolmentStatus status) {
        return status == EnrolmentStatus.CONFIRMED || (status != null && status.isOutcome()) ? 1 : 0;
    }

    private static int waiting(EnrolmentStatus status) {
        return status == EnrolmentStatus.WAITLISTED ? 1 : 0;
    }

    long nextWaitlistTicket() {
        return jdbc.sql("select nextval('waitlist_ticket')").query(Long.class).single();
    }

    Optional<EnrolmentView> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(JdbcEnrolments::map)
                .optional();
    }

    Optional<EnrolmentView> findLive(UUID cohortId, UUID staffId) {
        return jdbc.sql(SELECT + " where e.cohort_id = :cohortId and e.staff_id = :staffId"
                        + " and e.status not in ('WITHDRAWN', 'CANCELLED')")
                .param("cohortId", cohortId)
                .param("staffId", staffId)
                .query(JdbcEnrolments::map)
                .optional();
    }

    /**
     * The seat book of a cohort from its counters, in one indexed read whatever its fullness (call with the cohort row
     * locked): its confirmed seats and waiting requests, and the confirmed seats of these employers, the only ones the
     * book will be asked about.
     */
    SeatBook seatBook(Cohort cohort, Collection<UUID> employers) {
        Map<UUID, Integer> ofEmployers = new HashMap<>();
        int[] totals = new int[2];
        jdbc.sql("""
                select c.seats_confirmed, c.requests_waiting, s.employer_id, s.confirmed
                from cohort c
                left join cohort_employer_seats s on s.cohort_id = c.id and s.employer_id in (:employers)
                where c.id = :cohortId
                """)
                .param("cohortId", cohort.id())
                .param("employers", employers)
                .query(rs -> {
                    totals[0] = rs.getInt("seats_confirmed");
                    totals[1] = rs.getInt("requests_waiting");
                    UUID employer = rs.getObject("employer_id", UUID.class);
                    if (employer != null) {
                        ofEmployers.put(employer, rs.getInt("confirmed"));
                    }
                });
        return new SeatBook(cohort.capacity(), cohort.seatQuotaPerEmployer(), totals[0], ofEmployers, totals[1]);
    }

    /** The cohort's CONFIRMED enrolments, from its counter. */
    int confirmed(UUID cohortId) {
        return jdbc.sql("select seats_confirmed from cohort where id = :cohortId")
                .param("cohortId", cohortId)
                .query(Integer.class)
                .single();
    }

    /** The cohort's live enrolments: confirmed first, then the waiters earliest first. */
    List<EnrolmentView> live(UUID cohortId) {
        return jdbc.sql(SELECT + """
                 where e.cohort_id = :cohortId and e.status in ('CONFIRMED', 'WAITLISTED')
                 order by e.status, e.waitlist_ticket nulls first, e.requested_at, e.id
                """)
                .param("cohortId", cohortId)
                .query(JdbcEnrolments::map)
                .list();
    }

    /** The enrolments holding a seat (confirmed or with an outcome) with their staff ids, in request order. */
    java.util.SequencedMap<UUID, UUID> seats(UUID cohortId) {
        java.util.SequencedMap<UUID, UUID> seats = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select id, staff_id from enrolment
                where cohort_id = :cohortId and status in ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED', 'NO_SHOW')
                order by requested_at, id
                """).param("cohortId", cohortId).query(rs -> {
            seats.put(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class));
        });
        return seats;
    }

    /** The satisfaction and comment of each seat of the cohort whose outcome is recorded. */
    List<EnrolmentManagement.Reaction> reactions(UUID cohortId) {
        return jdbc.sql("""
                select satisfaction, outcome_comment from enrolment
                where cohort_id = :cohortId and outcome_recorded_at is not null
                """)
                .param("cohortId", cohortId)
                .query((rs, row) -> new EnrolmentManagement.Reaction(
                        nullableInt(rs, "satisfaction"), rs.getString("outcome_comment")))
                .list();
    }

    /** The cohort's waiting requests, earliest first. */
    List<EnrolmentView> waiters(UUID cohortId) {
        return jdbc.sql(SELECT
                        + " where e.cohort_id = :cohortId and e.status = 'WAITLISTED' order by e.waitlist_ticket")
                .param("cohortId", cohortId)
                .query(JdbcEnrolments::map)
                .list();
    }

    /** The cohort's waiting requests, earliest first, without their positions (a promotion needs only the order). */
    List<Enrolment> waitingInOrder(UUID cohortId) {
        return jdbc.sql("""
                        select e.*, cast(null as integer) as waitlist_position from enrolment e
                        where e.cohort_id = :cohortId and e.status = 'WAITLISTED' order by e.waitlist_ticket
                        """)
                .param("cohortId", cohortId)
                .query((rs, row) -> map(rs, row).enrolment())
                .list();
    }

    /** Seats held (confirmed or with an outcome) and requests waiting per cohort, from the cohorts' counters. */
    Map<UUID, SeatCounts> seatCounts(Collection<UUID> cohortIds) {
        Map<UUID, SeatCounts> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select id, seats_held, requests_waiting from cohort where id in (:ids)")
                .param("ids", cohortIds)
                .query(rs -> {
                    counts.put(
                            rs.getObject("id", UUID.class),
                            new SeatCounts(rs.getInt("seats_held"), rs.getInt("requests_waiting")));
                });
        return counts;
    }

    Map<UUID, java.util.Set<UUID>> coursesWithLiveSeat(java.util.Collection<UUID> staffIds) {
        Map<UUID, java.util.Set<UUID>> courses = new HashMap<>();
        if (staffIds.isEmpty()) {
            return courses;
        }
        jdbc.sql("""
                select distinct staff_id, course_id from enrolment
                where staff_id in (:ids) and status in ('CONFIRMED', 'WAITLISTED')
                """).param("ids", staffIds).query(rs -> {
            courses.computeIfAbsent(rs.getObject("staff_id", UUID.class), s -> new java.util.HashSet<>())
                    .add(rs.getObject("course_id", UUID.class));
        });
        return courses;
    }

    List<EnrolmentView> page(Filter filter, PageQuery page) {
        return bind(jdbc.sql(SELECT + FILTER + " order by e.requested_at, e.id limit :limit offset :offset"), filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcEnrolments::map)
                .list();
    }

    long count(Filter filter) {
        return bind(jdbc.sql("select count(*) from enrolment e " + FILTER), filter)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("cohortId", f.cohortId())
                .param("employerId", f.employerId())
                .param("staffId", f.staffId())
                .param("courseId", f.courseId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("seesAll", f.scope().all())
                .param("scopeEmployer", f.scope().employer())
                .param("scopeProvider", f.scope().provider())
                .param("scopeOrganiser", f.scope().organiser())
                .param("scopeStaff", f.scope().staff())
                .param("scopeAlliances", f.scope().alliancesArray());
    }

    private static EnrolmentView map(ResultSet rs, int row) throws SQLException {
        EnrolmentStatus status = EnrolmentStatus.valueOf(rs.getString("status"));
        Timestamp recordedAt = rs.getTimestamp("outcome_recorded_at");
        Outcome outcome = recordedAt == null
                ? null
                : new Outcome(
                        status,
                        rs.getBigDecimal("attended_hours"),
                        nullableInt(rs, "pre_score"),
                        nullableInt(rs, "post_score"),
                        nullableInt(rs, "satisfaction"),
                        rs.getBoolean("credential_awarded"),
                        rs.getObject("completed_on", LocalDate.class),
                        recordedAt.toInstant(),
                        rs.getString("outcome_comment"));
        long ticket = rs.getLong("waitlist_ticket");
        Long waitlistTicket = rs.wasNull() ? null : ticket;
        Enrolment enrolment = Enrolment.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                rs.getObject("course_id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getTimestamp("requested_at").toInstant(),
                status,
                waitlistTicket,
                outcome);
        return new EnrolmentView(enrolment, nullableInt(rs, "waitlist_position"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
