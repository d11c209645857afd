package org.skillalliance.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    @Test
    void aStaffFileIsItsHeaderAndOneCrlfEndedRecordPerRowUnquotedWhereNoCellNeedsIt() {
        String csv = ImportFile.staff()
                .row("Ana", "Silva", "ana@example.org", LocalDate.of(2020, 1, 1), "7223", "yes", "F", "25-34")
                .row("Ben", "Okafor", "ben@example.org", "2021-03-15", "2512", "no", "", null)
                .toString();

        assertThat(csv)
                .isEqualTo("First Name,Last Name,E-Mail,Employment Start,Job Role ISCO,Consent to reporting,Gender,"
                        + "Age band\r\n"
                        + "Ana,Silva,ana@example.org,2020-01-01,7223,yes,F,25-34\r\n"
                        + "Ben,Okafor,ben@example.org,2021-03-15,2512,no,,\r\n");
    }

    @Test
    void aCellHoldingACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() {
        String csv = ImportFile.staff()
                .row("Anne, Marie", "O\"Neill", "a@example.org", "2020-01-01", "7223", "no", "", "")
                .row("Line\nbreak", "Carriage\r\nreturn", "b@example.org", "2020-01-01", "7223", "no", "", "")
                .toString();

        assertThat(csv.substring(csv.indexOf("\r\n") + 2))
                .isEqualTo("\"Anne, Marie\",\"O\"\"Neill\",a@example.org,2020-01-01,7223,no,,\r\n"
                        + "\"Line\nbreak\",\"Carriage\r\nreturn\",b@example.org,2020-01-01,7223,no,,\r\n");
    }

    @Test
    void anImportReadsBackEveryCellAsWrittenAndCountsRecordsNotLines() throws IOException {
        String csv = ImportFile.enrolments()
                .row("employer, with a comma", "staff \"quoted\"", "two\nlines")
                .row("e2", "s2", "c2")
                .toString();

        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).isEqualTo(ImportFile.ENROLMENT_COLUMNS);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records)
                    .extracting(CSVRecord::toList)
                    .containsExactly(
                            List.of("employer, with a comma", "staff \"quoted\"", "two\nlines"),
                            List.of("e2", "s2", "c2"));
            assertThat(records).extracting(CSVRecord::getRecordNumber).containsExactly(1L, 2L);
        }
    }
}
