package org.skillalliance.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a CSV download: rows of cells by {@link CsvCells}' rule (text neutralised and quoted, numbers as they are),
 * lines ending in CRLF (RFC 4180), and the answer as an attachment with a file name.
 */
public final class CsvWriter {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StringBuilder csv = new StringBuilder();

    /**
     * Appends a row. A {@link Number} cell is written as a number, {@code null} as an empty cell, anything else as
     * text ({@link CsvCells#text}).
     */
    public CsvWriter row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object cell = cells[i];
            csv.append(
                    cell instanceof Number number
                            ? CsvCells.number(number)
                            : cell == null ? "" : CsvCells.text(cell.toString()));
        }
        csv.append("\r\n");
        return this;
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
