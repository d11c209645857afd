package org.skillalliance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a CSV download with Commons CSV's {@link CSVPrinter} in the platform's one {@link #FORMAT}: rows of cells by
 * {@link CsvCells}' rule (text neutralised and quoted, numbers as they are), lines ending in CRLF (RFC 4180), and the
 * answer as an attachment with a file name.
 */
public final class CsvWriter {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * The format of every CSV the platform writes: cells apart by commas, records ended by CRLF, and no quoting by the
     * printer, since each cell comes to it already written by {@link CsvCells} (neutralised, then quoted). Commons CSV's
     * own quoting ({@code QuoteMode.MINIMAL}) would write other bytes than the platform's rule: it leaves a semicolon
     * unquoted, which spreadsheets of locales that split cells on {@code ;} need quoted, and it quotes a cell that
     * begins with a space or {@code #}, ends with a space, or is an empty first cell, which the rule writes as it is.
     */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setQuote(null)
            .setRecordSeparator("\r\n")
            .get();

    private final StringBuilder csv = new StringBuilder();
    private final CSVPrinter printer = printerInto(csv);

    /**
     * Appends a row. A {@link Number} cell is written as a number, {@code null} as an empty cell, anything else as
     * text ({@link CsvCells#text}).
     */
    public CsvWriter row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvWriter::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String cell(Object value) {
        return value instanceof Number number
                ? CsvCells.number(number)
                : value == null ? "" : CsvCells.text(value.toString());
    }

    private static CSVPrinter printerInto(StringBuilder csv) {
        try {
            return new CSVPrinter(csv, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    /**
     * The CSV as a download: {@code text/csv; charset=UTF-8} and {@code Content-Disposition: attachment;
     * filename="<name>.csv"}. The name is the server's own (ids and fixed words), never a value a client stored.
     */
    public ResponseEntity<String> attachment(String baseName) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + ".csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }
}
