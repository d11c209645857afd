package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import tools.jackson.databind.JsonNode;

/** Bulk enrolment from CSV: one result per row, bad rows named precisely, a re-upload changes nothing. */
class BulkEnrolmentIT extends ServiceIT {

    @Test
    void aThousandRowsWithTenBadOnesEnrolNineHundredNinetyAndTheSecondUploadChangesNothing() {
        UUID alliance = members.alliance("Food processing alliance");
        List<MemberEvents.Employer> employers = new ArrayList<>();
        List<UUID[]> good = new ArrayList<>();
        for (int e = 0; e < 10; e++) {
            MemberEvents.Employer employer = members.activeEmployer(alliance);
            employers.add(employer);
            for (UUID staff : members.staff(employer, 99)) {
                good.add(new UUID[] {employer.id(), staff});
            }
        }
        MemberEvents.Employer suspended = members.activeEmployer(alliance);
        UUID staffOfSuspended = members.staff(suspended);
        UUID leaver = members.staff(employers.getFirst());
        members.left(leaver, employers.getFirst(), LocalDate.now().minusDays(1));
        members.suspend(suspended);
        members.awaitConsumed();
        UUID firstCohort = curriculum
                .cohort(curriculum.publishedCourse(alliance))
                .capacity(600)
                .open();
        UUID secondCohort = curriculum
                .cohort(curriculum.publishedCourse(alliance))
                .capacity(300)
                .open();
        UUID plannedCohort = curriculum
                .cohort(curriculum.publishedCourse(alliance))
                .schedule()
                .id();

        List<List<?>> fileRows = new ArrayList<>();
        Map<Integer, String> badLines = new java.util.LinkedHashMap<>();
        int line = 1;
        for (int i = 0; i < good.size(); i++) {
            line++;
            UUID cohort = i % 2 == 0 ? firstCohort : secondCohort;
            fileRows.add(List.of(good.get(i)[0], good.get(i)[1], cohort));
            if (i % 99 == 50) {
                line++;
                BadRow bad = badRow(
                        badLines.size(),
                        employers.get(1).id(),
                        good.get(i),
                        leaver,
                        staffOfSuspended,
                        suspended.id(),
                        employers.getFirst().id(),
                        firstCohort,
                        plannedCohort);
                badLines.put(line, bad.expected());
                fileRows.add(bad.cells());
            }
        }
        String csv = Curriculum.enrolmentFile(fileRows);
        assertThat(line).isEqualTo(1001);
        assertThat(badLines).hasSize(10);

        Api.Response first = api.upload("/api/enrolments/imports", "staff.csv", csv);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("created").asInt()).isEqualTo(990);
        assertThat(first.body().get("rejected").asInt()).isEqualTo(10);
        JsonNode rows = first.body().get("rows");
        assertThat(rows.size()).isEqualTo(1000);
        for (JsonNode row : rows) {
            int rowLine = row.get("line").asInt();
            if (badLines.containsKey(rowLine)) {
                assertThat(row.get("outcome").asString()).isEqualTo("REJECTED");
                String expected = badLines.get(rowLine);
                JsonNode error = row.get("errors").get(0);
                assertThat(error.get("field").asString() + ": "
                                + error.get("reason").asString())
                        .as("line " + rowLine)
                        .contains(expected);
            } else {
                assertThat(row.get("outcome").asString()).as(row.toString()).isEqualTo("CREATED");
            }
        }
        long stored = jdbc.sql("select count(*) from enrolment where cohort_id in (:c)")
                .param("c", List.of(firstCohort, secondCohort, plannedCohort))
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(990);
        long outboxBefore =
                jdbc.sql("select count(*) from outbox_event").query(Long.class).single();

        Api.Response second = api.upload("/api/enrolments/imports", "staff.csv", csv);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("created").asInt()).isZero();
        assertThat(second.body().get("unchanged").asInt()).isEqualTo(990);
        assertThat(second.body().get("rejected").asInt()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from enrolment where cohort_id in (:c)")
                        .param("c", List.of(firstCohort, secondCohort, plannedCohort))
                        .query(Long.class)
                        .single())
                .isEqualTo(990);
        assertThat(jdbc.sql("select count(*) from outbox_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(outboxBefore);
        assertThat(jdbc.sql("select count(*) from enrolment where cohort_id = :c and status = 'CONFIRMED'")
                        .param("c", secondCohort)
                        .query(Long.class)
                        .single())
                .isEqualTo(300);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        Api.Response refused = api.upload("/api/enrolments/imports", "staff.csv", "employer,staff\nx,y\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(refused.body().get("detail").asString()).contains("staffid", "cohort");
    }

    @Test
    void aFormulaOrAControlCharacterInACellIsThatRowsErrorNamingTheColumn() {
        UUID employer = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        String csv = "employer,staff_id,cohort\n"
                + employer + "," + staff + ",=cmd|' /C calc'!A0\n"
                + employer + "," + staff.toString().replace("-", "-\u0000") + "," + UUID.randomUUID() + "\n";

        Api.Response report = api.upload("/api/enrolments/imports", "staff.csv", csv);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.body().get("rejected").asInt()).isEqualTo(2);
        JsonNode formula = report.body().get("rows").get(0).get("errors");
        assertThat(formula.size()).isOne();
        assertThat(formula.get(0).get("field").asString()).isEqualTo("cohort");
        assertThat(formula.get(0).get("reason").asString()).contains("begins with '='", "formula");
        JsonNode control = report.body().get("rows").get(1).get("errors");
        assertThat(control.size()).isOne();
        assertThat(control.get(0).get("field").asString()).isEqualTo("staff_id");
        assertThat(control.get(0).get("reason").asString()).contains("control character (U+0000)");
    }

    /** A row the import must reject: its cells, and the {@code field: reason} its error must contain. */
    private record BadRow(List<?> cells, String expected) {}

    /** The i-th kind of bad row. */
    private static BadRow badRow(
            int kind,
            UUID otherEmployer,
            UUID[] goodRow,
            UUID leaver,
            UUID staffOfSuspended,
            UUID suspendedEmployer,
            UUID leaverEmployer,
            UUID cohort,
            UUID plannedCohort) {
        return switch (kind) {
            case 0 -> new BadRow(List.of("not-a-uuid", goodRow[1], cohort), "employer: 'not-a-uuid' is not a UUID");
            case 1 -> new BadRow(List.of(goodRow[0], "", cohort), "staff_id: is required");
            case 2 -> new BadRow(List.of(goodRow[0], UUID.randomUUID(), cohort), "staff_id: staff member");
            case 3 -> new BadRow(List.of(leaverEmployer, leaver, cohort), "staff_id: staff member " + leaver + " left");
            case 4 -> new BadRow(List.of(suspendedEmployer, staffOfSuspended, cohort), "employer: the membership");
            case 5 -> new BadRow(List.of(goodRow[0], goodRow[1], UUID.randomUUID()), "cohort: cohort");
            case 6 ->
                new BadRow(
                        List.of(goodRow[0], goodRow[1], plannedCohort),
                        "cohort: cohort " + plannedCohort + " is PLANNED");
            case 7 ->
                new BadRow(
                        List.of(otherEmployer, goodRow[1], cohort),
                        "staff_id: staff member " + goodRow[1] + " is not employed");
            case 8 -> new BadRow(List.of(goodRow[0], goodRow[1], "42"), "cohort: '42' is not a UUID");
            default -> new BadRow(List.of("", "", ""), "employer: is required");
        };
    }
}
