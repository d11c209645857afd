package org.skillalliance.platform.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file to import, as an HR or training system writes it, printed by Commons CSV's {@link CSVPrinter}: a header
 * row, then one record per row, cells apart by commas, records ended by CRLF, a cell put in quotes (its quotes doubled)
 * only where it holds a comma, a quote or a line break.
 *
 * <p>The format is web-support's {@code CsvWriter.FORMAT} with the printer's own quoting left on: that format turns
 * quoting off because every cell of a download reaches it already neutralised and quoted for spreadsheets
 * ({@code CsvCells.text}), which would change what an import stores; a file a program reads needs RFC 4180 quoting
 * only, which is {@link CSVFormat#DEFAULT}. The platform does not depend on web-support for it: that would put Spring
 * MVC on the launcher's class path for one constant.
 */
public final class ImportFile {

    /** RFC 4180: commas, CRLF, quotes where a cell needs them; what the services' imports read. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    /** The columns of member-service's staff import, named as an HR system's export names them. */
    public static final List<String> STAFF_COLUMNS = List.of(
            "First Name",
            "Last Name",
            "E-Mail",
            "Employment Start",
            "Job Role ISCO",
            "Consent to reporting",
            "Gender",
            "Age band");

    /** The columns of curriculum-service's bulk enrolment import. */
    public static final List<String> ENROLMENT_COLUMNS = List.of("employer", "staff_id", "cohort");

    private final StringBuilder csv = new StringBuilder();
    private final CSVPrinter printer;

    private ImportFile(List<String> columns) {
        try {
            printer = new CSVPrinter(csv, FORMAT);
            printer.printRecord(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A staff file for {@code POST /api/staff/import}: rows in the order of {@link #STAFF_COLUMNS}. */
    public static ImportFile staff() {
        return new ImportFile(STAFF_COLUMNS);
    }

    /** An enrolment file for {@code POST /api/enrolments/imports}: rows in the order of {@link #ENROLMENT_COLUMNS}. */
    public static ImportFile enrolments() {
        return new ImportFile(ENROLMENT_COLUMNS);
    }

    /** Appends a record; a cell is written as its {@code toString()}, {@code null} as an empty cell. */
    public ImportFile row(Object... cells) {
        try {
            printer.printRecord(Arrays.asList(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file's text, to upload as UTF-8. */
    @Override
    public String toString() {
        return csv.toString();
    }
}
