package org.skillalliance.member.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffImportIT {

    static final String HR_EXPORT = """
            First Name;Last Name;E-Mail;Job Role ISCO;Employment Start;Employment End;Consent to Reporting;Gender;Age Band
            Jan;Kowalski;jan.kowalski@firma.example;7223;2019-04-01;;yes;M;35-44
            Eva;Nováková;eva.novakova@firma.example;3115;2021-09-15;;no;;
            Broken;Row;this-is-no-email;7223;2020-01-01;;no;;
            Lars;Berg;lars.berg@firma.example;;2018-01-01;2025-03-31;no;;
            Bad;Date;bad.date@firma.example;7223;15.03.2020;;no;;
            Mira;Sol;mira.sol@firma.example;2512;2022-02-01;;y;F;<25
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new MemberFixtures(api);
    }

    @Test
    void anHrExportWithBrokenRowsKeepsTheGoodOnesAndAReUploadChangesNothing() {
        UUID employer = fixtures.registerEmployer(60);

        ApiClient.Response first = upload(employer, HR_EXPORT);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("created").asInt()).isEqualTo(4);
        assertThat(first.json().path("rejected").asInt()).isEqualTo(2);
        var rows = first.json().path("rows");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2).path("line").asInt()).isEqualTo(4);
        assertThat(rows.get(2).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rows.get(2).path("errors").get(0).path("field").asString()).isEqualTo("email");
        assertThat(rows.get(4).path("errors").get(0).path("field").asString()).isEqualTo("employment_start");
        assertThat(rows.get(4).path("errors").get(0).path("reason").asString()).contains("15.03.2020");
        assertThat(staffOf(employer)).isEqualTo(4);
        assertThat(jdbc.sql("select status from staff where email = 'lars.berg@firma.example' and employer_id = :e")
                        .param("e", employer)
                        .query(String.class)
                        .single())
                .isEqualTo("LEFT");
        assertThat(jdbc.sql("select gender from staff where email = 'mira.sol@firma.example' and employer_id = :e")
                        .param("e", employer)
                        .query(String.class)
                        .single())
                .isEqualTo("FEMALE");

        long events = outboxEvents();
        ApiClient.Response again = upload(employer, HR_EXPORT);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("updated").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(4);
        assertThat(again.json().path("rejected").asInt()).isEqualTo(2);
        assertThat(staffOf(employer)).isEqualTo(4);
        assertThat(outboxEvents()).isEqualTo(events);

        String changed = HR_EXPORT.replace("3115;2021-09-15;;no", "3115;2021-09-15;2025-10-31;no");
        ApiClient.Response third = upload(employer, changed);
        assertThat(third.json().path("updated").asInt()).isOne();
        assertThat(outboxEvents()).isEqualTo(events + 1);
    }

    @Test
    void aRowThatWouldUndoALeavingIsRejectedAloneNamingTheEmploymentEnd() {
        UUID employer = fixtures.registerEmployer(60);
        assertThat(upload(employer, HR_EXPORT).json().path("created").asInt()).isEqualTo(4);
        long events = outboxEvents();
        String csv = "first_name,last_name,email,employment_start,employment_end\n"
                + "Lars,Berg,lars.berg@firma.example,2018-01-01,\n"
                + "Otto,After,otto.after@firma.example,2020-01-01,\n";

        ApiClient.Response report = upload(employer, csv);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        var rows = report.json().path("rows");
        assertThat(rows.get(0).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rows.get(0).path("errors").get(0).path("field").asString()).isEqualTo("employment_end");
        assertThat(rows.get(0).path("errors").get(0).path("reason").asString()).contains("left on 2025-03-31");
        assertThat(rows.get(1).path("outcome").asString()).isEqualTo("CREATED");
        assertThat(jdbc.sql("select status from staff where email = 'lars.berg@firma.example' and employer_id = :e")
                        .param("e", employer)
                        .query(String.class)
                        .single())
                .isEqualTo("LEFT");
        assertThat(outboxEvents()).isEqualTo(events + 1);
    }

    @Test
    void aNulInAMiddleRowRejectsThatRowNamingTheColumnAndTheOthersAreWritten() {
        UUID employer = fixtures.registerEmployer(60);
        long events = outboxEvents();
        String csv = "first_name,last_name,email,employment_start\n"
                + "Anna,Before,anna.before@firma.example,2020-01-01\n"
                + "Nul,Mid\u0000dle,nul.middle@firma.example,2020-01-01\n"
                + "Otto,After,otto.after@firma.example,2020-01-01\n";

        ApiClient.Response report = upload(employer, csv);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().path("created").asInt()).isEqualTo(2);
        assertThat(report.json().path("rejected").asInt()).isEqualTo(1);
        var rows = report.json().path("rows");
        assertThat(rows.get(0).path("outcome").asString()).isEqualTo("CREATED");
        assertThat(rows.get(1).path("line").asInt()).isEqualTo(3);
        assertThat(rows.get(1).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rows.get(1).path("errors")).hasSize(1);
        assertThat(rows.get(1).path("errors").get(0).path("field").asString()).isEqualTo("last_name");
        assertThat(rows.get(1).path("errors").get(0).path("reason").asString()).contains("control character (U+0000)");
        assertThat(rows.get(2).path("outcome").asString()).isEqualTo("CREATED");
        assertThat(staffOf(employer)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from staff where email = 'nul.middle@firma.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(outboxEvents()).isEqualTo(events + 2);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreTheirRowsErrorsButPlusAndMinusAreKept() {
        UUID employer = fixtures.registerEmployer(60);
        String csv = "first_name;last_name;email;employment_start\n"
                + "=cmd|' /C calc'!A0;Payload;calc@firma.example;2020-01-01\n"
                + "Ada;@SUM(1+1);at.sum@firma.example;2020-01-01\n"
                + "Spaced;\"  =1+1\";spaced@firma.example;2020-01-01\n"
                + "-;+Plus;minus.plus@firma.example;2020-01-01\n";

        ApiClient.Response report = upload(employer, csv);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        var rows = report.json().path("rows");
        assertThat(report.json().path("rejected").asInt()).as(report.toString()).isEqualTo(3);
        assertThat(rows.get(0).path("errors").get(0).path("field").asString()).isEqualTo("first_name");
        assertThat(rows.get(0).path("errors").get(0).path("reason").asString())
                .isEqualTo("begins with '=', which a spreadsheet runs as a formula; a value may not begin with = or @");
        assertThat(rows.get(1).path("errors").get(0).path("field").asString()).isEqualTo("last_name");
        assertThat(rows.get(2).path("errors").get(0).path("field").asString()).isEqualTo("last_name");
        assertThat(rows.get(3).path("outcome").asString()).isEqualTo("CREATED");
        assertThat(jdbc.sql("select first_name || ' ' || last_name from staff where employer_id = :e")
                        .param("e", employer)
                        .query(String.class)
                        .list())
                .containsExactly("- +Plus");
    }

    @Test
    void aRowTheDatabaseRefusesIsRejectedAloneInItsOwnTransaction() {
        UUID employer = fixtures.registerEmployer(60);
        // a rule only the database knows, so that the row passes every check and is refused on writing
        jdbc.sql("alter table staff add constraint test_refused_by_database check (last_name <> 'Refused-By-Database')")
                .update();
        try {
            long events = outboxEvents();
            String csv = "first_name,last_name,email,employment_start\n"
                    + "Anna,Before,anna.before@firma.example,2020-01-01\n"
                    + "Rita,Refused-By-Database,rita.refused@firma.example,2020-01-01\n"
                    + "Otto,After,otto.after@firma.example,2020-01-01\n";

            ApiClient.Response report = upload(employer, csv);

            assertThat(report.status()).as(report.toString()).isEqualTo(200);
            var rows = report.json().path("rows");
            assertThat(rows.get(0).path("outcome").asString()).isEqualTo("CREATED");
            assertThat(rows.get(1).path("outcome").asString()).isEqualTo("REJECTED");
            assertThat(rows.get(1).path("errors").get(0).path("field").asString())
                    .isEqualTo("row");
            assertThat(rows.get(1).path("errors").get(0).path("reason").asString())
                    .contains("database refused");
            assertThat(rows.get(2).path("outcome").asString()).isEqualTo("CREATED");
            assertThat(staffOf(employer)).isEqualTo(2);
            assertThat(outboxEvents())
                    .as("the refused row's event went with its transaction")
                    .isEqualTo(events + 2);
        } finally {
            jdbc.sql("alter table staff drop constraint test_refused_by_database")
                    .update();
        }
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsRefused() {
        UUID employer = fixtures.registerEmployer(60);

        ApiClient.Response missingColumn = upload(employer, "first_name,last_name\nA,B\n");
        assertThat(missingColumn.status()).isEqualTo(400);
        assertThat(missingColumn.fieldErrors().get("file")).contains("email", "employmentstart");

        byte[] oversized = ("first_name,last_name,email,employment_start\n"
                        + "A,B,a@b.example,2020-01-01\n".repeat(120_000))
                .getBytes(StandardCharsets.UTF_8);
        ApiClient.Response tooLarge =
                api.upload("/api/staff/import?employerId=" + employer, "file", "big.csv", oversized);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.fieldErrors()).containsKey("file");

        ApiClient.Response notUtf8 = api.upload(
                "/api/staff/import?employerId=" + employer,
                "file",
                "latin1.csv",
                "first_name,last_name,email,employment_start\nJ\u00f6rg,M,j@m.example,2020-01-01\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.fieldErrors()).containsEntry("file", "is not UTF-8 text");

        UUID funder = fixtures.register("FUNDER");
        assertThat(upload(funder, HR_EXPORT).status()).isEqualTo(422);
        assertThat(api.upload("/api/staff/import", "file", "x.csv", HR_EXPORT.getBytes(StandardCharsets.UTF_8))
                        .fieldErrors())
                .containsKey("employerId");
        assertThat(staffOf(employer)).isZero();
    }

    private ApiClient.Response upload(UUID employer, String csv) {
        return api.upload(
                "/api/staff/import?employerId=" + employer, "file", "staff.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private long staffOf(UUID employer) {
        return jdbc.sql("select count(*) from staff where employer_id = :e")
                .param("e", employer)
                .query(Long.class)
                .single();
    }

    private long outboxEvents() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }
}
