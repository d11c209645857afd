package org.skillalliance.member.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notifications, their read marks, people's preferences, the emails to send, and the facts they are rendered from. */
@Repository
class JdbcNotifications {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- what the other services told us ---

    void upsertCourse(UUID courseId, String title) {
        jdbc.sql("""
                insert into notification_course (course_id, title) values (:id, :title)
                on conflict (course_id) do update set title = excluded.title
                """).param("id", courseId).param("title", title).update();
    }

    void upsertCohort(UUID cohortId, UUID courseId, LocalDate startDate, String status) {
        jdbc.sql("""
                insert into notification_cohort (cohort_id, course_id, start_date, status)
                values (:id, :courseId, :startDate, :status)
                on conflict (cohort_id) do update
                set course_id = excluded.course_id, start_date = excluded.start_date, status = excluded.status
                """)
                .param("id", cohortId)
                .param("courseId", courseId)
                .param("startDate", startDate)
                .param("status", status)
                .update();
    }

    void upsertEnrolment(UUID enrolmentId, UUID cohortId, UUID staffId, String status) {
        jdbc.sql("""
                insert into notification_enrolment (enrolment_id, cohort_id, staff_id, status)
                values (:id, :cohortId, :staffId, :status)
                on conflict (enrolment_id) do update set status = excluded.status
                """)
                .param("id", enrolmentId)
                .param("cohortId", cohortId)
                .param("staffId", staffId)
                .param("status", status)
                .update();
    }

    boolean cohortCancelled(UUID cohortId) {
        return jdbc.sql("select count(*) from notification_cohort where cohort_id = :id and status = 'CANCELLED'")
                        .param("id", cohortId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Cohorts not yet started whose start lies in [from, to], with the staff holding a confirmed seat in each. */
    List<SeatHolder> confirmedSeatsStartingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select c.cohort_id, c.course_id, e.staff_id from notification_cohort c
                join notification_enrolment e on e.cohort_id = c.cohort_id and e.status = 'CONFIRMED'
                where c.status in ('PLANNED', 'OPEN') and c.start_date between :from and :to
                order by c.cohort_id, e.staff_id
                """)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new SeatHolder(
                        rs.getObject("cohort_id", UUID.class),
                        rs.getObject("course_id", UUID.class),
                        rs.getObject("staff_id", UUID.class)))
                .list();
    }

    record SeatHolder(UUID cohortId, UUID courseId, UUID staffId) {}

    // --- what a message says, looked up when it is rendered ---

    Optional<String> courseTitle(String courseId) {
        return courseId == null
                ? Optional.empty()
                : jdbc.sql("select title from notification_course where course_id = :id")
                        .param("id", UUID.fromString(courseId))
                        .query(String.class)
                        .optional();
    }

    Optional<LocalDate> cohortStart(String cohortId) {
        return cohortId == null
                ? Optional.empty()
                : jdbc.sql("select start_date from notification_cohort where cohort_id = :id")
                        .param("id", UUID.fromString(cohortId))
                        .query(LocalDate.class)
                        .optional();
    }

    Optional<String> allianceName(String allianceId) {
        return allianceId == null
                ? Optional.empty()
                : jdbc.sql("select name from alliance where id = :id")
                        .param("id", UUID.fromString(allianceId))
                        .query(String.class)
                        .optional();
    }

    Optional<String> organisationName(String organisationId) {
        return organisationId == null
                ? Optional.empty()
                : jdbc.sql("select legal_name from organisation where id = :id")
                        .param("id", UUID.fromString(organisationId))
                        .query(String.class)
                        .optional();
    }

    /** A learner as messages need them: first name, address (null: none on record), employer's country. */
    Optional<Learner> learner(UUID staffId) {
        return jdbc.sql("""
                select s.first_name, s.email, o.country from staff s join organisation o on o.id = s.employer_id
                where s.id = :id and s.status <> 'ERASED'
                """)
                .param("id", staffId)
                .query((rs, row) -> new Learner(
                        staffId, rs.getString("first_name"), rs.getString("email"), rs.getString("country")))
                .optional();
    }

    record Learner(UUID staffId, String firstName, String email, String country) {}

    /** An organisation's country, the default language of its people. */
    Optional<String> organisationCountry(UUID organisationId) {
        return jdbc.sql("select country from organisation where id = :id")
                .param("id", organisationId)
                .query(String.class)
                .optional();
    }

    // --- notifications ---

    /**
     * Adds the notification unless its recipient already has one for the occasion; true if it was added.
     *
     * @param addressed whether its emails are already known (a learner's); false leaves them to the sender to address
     */
    boolean addOnce(Notification n, boolean addressed) {
        return jdbc.sql("""
                insert into notification (id, recipient, kind, occasion, facts, created_at, addressed_at)
                values (:id, :recipient, :kind, :occasion, cast(:facts as jsonb), :createdAt, :addressedAt)
                on conflict on constraint notification_once do nothing
                """)
                        .param("id", n.id())
                        .param("recipient", n.recipient())
                        .param("kind", n.kind().name())
                        .param("occasion", n.occasion())
                        .param("facts", JSON.writeValueAsString(n.facts()))
                        .param("createdAt", Timestamp.from(n.createdAt()))
                        .param("addressedAt", addressed ? Timestamp.from(n.createdAt()) : null)
                        .update()
                == 1;
    }

    /** Notifications whose emails are still to be addressed, locked for this transaction (others' skipped). */
    List<Notification> lockUnaddressed(int limit) {
        return jdbc.sql("""
                select n.*, null as read_at from notification n where n.addressed_at is null
                order by n.created_at limit :limit for update skip locked
                """).param("limit", limit).query(JdbcNotifications::map).list();
    }

    void addressed(UUID notificationId, Instant at) {
        jdbc.sql("update notification set addressed_at = :at where id = :id")
                .param("id", notificationId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The recipients' notifications of the kinds not muted, newest first, each with the reader's read mark. */
    List<Notification> list(
            Collection<String> recipients,
            String reader,
            Collection<NotificationKind> muted,
            boolean unreadOnly,
            int offset,
            int limit) {
        return jdbc.sql("""
                select n.*, r.read_at from notification n
                left join notification_read r on r.notification_id = n.id and r.reader = :reader
                where n.recipient in (:recipients) and n.kind <> all (string_to_array(:muted, ','))
                and (not :unreadOnly or r.read_at is null)
                order by n.created_at desc, n.id
                offset :offset limit :limit
                """)
                .param("recipients", recipients)
                .param("reader", reader)
                .param("muted", names(muted))
                .param("unreadOnly", unreadOnly)
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcNotifications::map)
                .list();
    }

    long count(Collection<String> recipients, String reader, Collection<NotificationKind> muted, boolean unreadOnly) {
        return jdbc.sql("""
                select count(*) from notification n
                left join notification_read r on r.notification_id = n.id and r.reader = :reader
                where n.recipient in (:recipients) and n.kind <> all (string_to_array(:muted, ','))
                and (not :unreadOnly or r.read_at is null)
                """)
                .param("recipients", recipients)
                .param("reader", reader)
                .param("muted", names(muted))
                .param("unreadOnly", unreadOnly)
                .query(Long.class)
                .single();
    }

    Optional<Notification> find(UUID id, Collection<String> recipients, String reader) {
        return jdbc.sql("""
                select n.*, r.read_at from notification n
                left join notification_read r on r.notification_id = n.id and r.reader = :reader
                where n.id = :id and n.recipient in (:recipients)
                """)
                .param("id", id)
                .param("recipients", recipients)
                .param("reader", reader)
                .query(JdbcNotifications::map)
                .optional();
    }

    void markRead(UUID id, String reader, Instant at) {
        jdbc.sql("""
                insert into notification_read (notification_id, reader, read_at) values (:id, :reader, :at)
                on conflict do nothing
                """)
                .param("id", id)
                .param("reader", reader)
                .param("at", Timestamp.from(at))
                .update();
    }

    // --- preferences ---

    Optional<Preferences> preferences(String person) {
        return jdbc.sql("select language, muted from notification_preference where person = :person")
                .param("person", person)
                .query((rs, row) -> new Preferences(rs.getString("language"), muted(rs)))
                .optional();
    }

    void savePreferences(String person, Preferences preferences) {
        jdbc.sql("""
                insert into notification_preference (person, language, muted) values (:person, :language, string_to_array(:muted, ','))
                on conflict (person) do update set language = excluded.language, muted = excluded.muted
                """)
                .param("person", person)
                .param("language", preferences.language())
                .param("muted", names(preferences.muted()))
                .update();
    }

    /** A person's choices: the language (null: the country's) and the kinds turned off. */
    record Preferences(String language, List<NotificationKind> muted) {

        static final Preferences NONE = new Preferences(null, List.of());

        Preferences {
            muted = List.copyOf(muted);
        }

        boolean mutes(NotificationKind kind) {
            return muted.contains(kind);
        }
    }

    // --- emails ---

    void addEmail(UUID notificationId, String address, Language language, Instant dueAt) {
        jdbc.sql("""
                insert into notification_email (notification_id, address, language, next_attempt_at)
                values (:id, :address, :language, :dueAt) on conflict do nothing
                """)
                .param("id", notificationId)
                .param("address", address)
                .param("language", language.code())
                .param("dueAt", Timestamp.from(dueAt))
                .update();
    }

    /** Emails due, locked for this transaction; rows another instance holds are skipped, not waited for. */
    List<DueEmail> lockDueEmails(Instant now, int limit) {
        return jdbc.sql("""
                select e.notification_id, e.address, e.language, e.attempts, n.recipient, n.kind, n.facts::text as facts
                from notification_email e join notification n on n.id = e.notification_id
                where e.next_attempt_at <= :now
                order by e.next_attempt_at limit :limit
                for update of e skip locked
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new DueEmail(
                        rs.getObject("notification_id", UUID.class),
                        rs.getString("address"),
                        Language.ofCode(rs.getString("language")).orElse(Language.EN),
                        rs.getInt("attempts"),
                        rs.getString("recipient"),
                        NotificationKind.valueOf(rs.getString("kind")),
                        facts(rs.getString("facts"))))
                .list();
    }

    record DueEmail(
            UUID notificationId,
            String address,
            Language language,
            int attempts,
            String recipient,
            NotificationKind kind,
            Map<String, String> facts) {}

    /** A sent email leaves no address behind: its row goes (the notification stays, and is never addressed again). */
    void emailSent(UUID notificationId, String address) {
        jdbc.sql("delete from notification_email where notification_id = :id and address = :address")
                .param("id", notificationId)
                .param("address", address)
                .update();
    }

    /** A failed attempt, tried again at {@code retryAt}; given up when that is null (the row goes, as when sent). */
    void emailFailed(UUID notificationId, String address, String failure, Instant retryAt) {
        if (retryAt == null) {
            emailSent(notificationId, address);
            return;
        }
        jdbc.sql("""
                update notification_email set attempts = attempts + 1, last_failure = :failure, next_attempt_at = :retryAt
                where notification_id = :id and address = :address
                """)
                .param("id", notificationId)
                .param("address", address)
                .param("failure", failure)
                .param("retryAt", Timestamp.from(retryAt))
                .update();
    }

    // --- erasure ---

    /** Everything held about a learner for notifications: their messages (and with them emails, read marks), choices. */
    void forgetStaff(UUID staffId) {
        jdbc.sql("delete from notification where recipient = :recipient")
                .param("recipient", Recipients.staff(staffId))
                .update();
        jdbc.sql("delete from notification_preference where person = :person")
                .param("person", Recipients.staff(staffId))
                .update();
        jdbc.sql("delete from notification_enrolment where staff_id = :id")
                .param("id", staffId)
                .update();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("occasion"),
                facts(rs.getString("facts")),
                rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    private static Map<String, String> facts(String json) {
        return JSON.readValue(json, FACTS);
    }

    private static List<NotificationKind> muted(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("muted").getArray();
        return Arrays.stream(names).map(NotificationKind::valueOf).toList();
    }

    /** Kinds as one comma-separated text, which the SQL turns into an array ({@code string_to_array}). */
    private static String names(Collection<NotificationKind> kinds) {
        return String.join(",", kinds.stream().map(NotificationKind::name).toList());
    }
}
