package org.skillalliance.curriculum.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Test data builders over the HTTP API: skills, courses and cohorts with sensible defaults, each default replaceable
 * with {@code with(field, value)} (a null value removes the field).
 */
public final class Curriculum {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api;

    public Curriculum(Api api) {
        this.api = api;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * The body of an on-the-job plan ({@code POST /api/workplace-learning}) of the staff member on the skill, mentored
     * by the mentor: target level 3, 40 hours planned, from 30 days ago to 30 days ahead.
     */
    public static Map<String, Object> workplacePlan(UUID allianceId, UUID staffId, UUID skillId, UUID mentorStaffId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ON_THE_JOB");
        body.put("allianceId", allianceId);
        body.put("staffId", staffId);
        body.put("skillId", skillId);
        body.put("targetLevel", 3);
        body.put("mentorStaffId", mentorStaffId);
        body.put("plannedHours", 40);
        body.put("startsOn", LocalDate.now().minusDays(30).toString());
        body.put("endsOn", LocalDate.now().plusDays(30).toString());
        return body;
    }

    /** A skill with an ESCO URI, added to the catalogue. */
    public UUID skill() {
        String code = unique("SK");
        Api.Response created = api.post(
                "/api/skills",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Skill " + code,
                        "category",
                        "DIGITAL",
                        "escoUri",
                        "http://data.europa.eu/esco/skill/" + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    public CourseBuilder course(UUID allianceId) {
        return new CourseBuilder(allianceId);
    }

    public CohortBuilder cohort(UUID courseId) {
        return new CohortBuilder(courseId);
    }

    /** A published course of the alliance teaching one fresh skill. */
    public UUID publishedCourse(UUID allianceId) {
        return course(allianceId).published();
    }

    public final class CourseBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        private CourseBuilder(UUID allianceId) {
            body.put("allianceId", allianceId);
            body.put("code", unique("C"));
            body.put("title", "CNC milling for beginners");
            body.put("description", "Set up and run a three-axis CNC mill safely.");
            body.put("providerId", UUID.randomUUID());
            body.put("deliveryMode", "BLENDED");
            body.put("hours", 16);
            body.put("skills", List.of(Map.of("skillId", skill(), "targetLevel", 2)));
            body.put("priorityTags", List.of("DIGITAL"));
            body.put("credentialOffered", "CNC Operator Level 1");
        }

        public CourseBuilder with(String field, Object value) {
            if (value == null) {
                body.remove(field);
            } else {
                body.put(field, value);
            }
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        public Api.Response draft() {
            return api.post("/api/courses", body);
        }

        public UUID published() {
            Api.Response drafted = draft();
            assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
            Api.Response published = api.post("/api/courses/" + drafted.id() + "/publish");
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            return drafted.id();
        }
    }

    public final class CohortBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        private CohortBuilder(UUID courseId) {
            LocalDate today = LocalDate.now();
            body.put("courseId", courseId);
            body.put("organiserId", UUID.randomUUID());
            body.put("startDate", today.plusDays(14).toString());
            body.put("endDate", today.plusDays(15).toString());
            body.put("enrolmentOpens", today.minusDays(1).toString());
            body.put("enrolmentCloses", today.plusDays(7).toString());
            body.put("capacity", 10);
            body.put("minParticipants", 1);
            body.put("cost", Map.of("pricing", "PER_SEAT", "amountMinor", 45_000, "currency", "EUR"));
        }

        public CohortBuilder with(String field, Object value) {
            if (value == null) {
                body.remove(field);
            } else {
                body.put(field, value);
            }
            return this;
        }

        public CohortBuilder capacity(int capacity) {
            return with("capacity", capacity);
        }

        public CohortBuilder quota(Integer quota) {
            return with("seatQuotaPerEmployer", quota);
        }

        /** A one-day cohort today, with a window that closes today, so it can start and complete at once. */
        public CohortBuilder today() {
            String today = LocalDate.now().toString();
            return with("startDate", today).with("endDate", today).with("enrolmentCloses", today);
        }

        public Map<String, Object> body() {
            return body;
        }

        public Api.Response schedule() {
            return api.post("/api/cohorts", body);
        }

        /** Scheduled and opened for enrolment. */
        public UUID open() {
            Api.Response scheduled = schedule();
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
            Api.Response opened = api.post("/api/cohorts/" + scheduled.id() + "/open");
            assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
            return scheduled.id();
        }
    }

    /**
     * The outcome body of a completed seat with the course's credential awarded: the provider, the hours attended,
     * scores 40 before and 85 after, satisfaction 5.
     */
    public static Map<String, Object> completedWithCredential(UUID providerId, double attendedHours) {
        return Map.of(
                "providerId",
                providerId,
                "outcome",
                "COMPLETED",
                "attendedHours",
                attendedHours,
                "preScore",
                40,
                "postScore",
                85,
                "satisfaction",
                5,
                "credentialAwarded",
                true);
    }

    /** An enrolment request body. */
    public static Map<String, Object> enrolment(UUID cohortId, UUID employerId, UUID staffId) {
        return Map.of("cohortId", cohortId, "employerId", employerId, "staffId", staffId);
    }

    /**
     * A bulk enrolment file: the header {@code employer,staff_id,cohort} and one record per row, printed by Commons
     * CSV's {@link CSVPrinter} as an import file is (RFC 4180, {@link CSVFormat#DEFAULT}, as the demo seed's
     * {@code ImportFile}: quotes where a cell needs them; not the downloads' {@code CsvWriter.FORMAT}, whose cells come
     * already neutralised for spreadsheets). Each cell is written as it is (ids, or a test's malformed id or empty
     * cell), so that the file's line of a row is its place in {@code rows} plus 2.
     */
    public static String enrolmentFile(List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("employer", "staff_id", "cohort");
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
