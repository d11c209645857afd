package org.skillalliance.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as HR and training systems export it: a header row (names matched without regard to case, spaces or
 * underscores), comma or semicolon separated, UTF-8 with or without a byte-order mark, blank lines skipped.
 *
 * <p>A file that cannot be read as a whole (no header, a required column missing, not UTF-8, too many rows) is refused
 * with a 400 naming the problem; single rows are for the caller to judge one by one.
 */
public final class CsvUpload {

    private CsvUpload() {}

    /** One data row: its line number in the file (the header is line 1) and its values by normalised column name. */
    public record Row(long line, Map<String, String> values) {

        /** The trimmed value of a column, or null when absent or blank. */
        public String get(String column) {
            String value = values.get(normalise(column));
            return value == null || value.isBlank() ? null : value.trim();
        }

        /**
         * The trimmed value of a column as {@link #get} gives it, or null with a violation naming the column when the
         * cell as written in the file is refused ({@link CsvCells#refusal}: a control character, or a leading
         * {@code =} or {@code @}). Imports read every column they keep through here, so that such a cell becomes that
         * row's error before anything reaches the database.
         */
        public String text(String column, java.util.List<FieldViolation> violations) {
            String raw = values.get(normalise(column));
            java.util.Optional<String> refusal = CsvCells.refusal(raw);
            if (refusal.isPresent()) {
                violations.add(new FieldViolation(column, refusal.get()));
                return null;
            }
            return get(column);
        }
    }

    public static List<Row> read(InputStream input, Set<String> requiredColumns, int maxRows) {
        byte[] bytes;
        try {
            bytes = input.readAllBytes();
        } catch (IOException e) {
            throw new ApiException.InvalidInput("file", "could not be read: " + e.getMessage());
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = format.parse(reader)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(CsvUpload::normalise).toList();
            if (header.isEmpty()) {
                throw new ApiException.InvalidInput("file", "has no header row");
            }
            List<String> missing = requiredColumns.stream()
                    .map(CsvUpload::normalise)
                    .filter(column -> !header.contains(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new ApiException.InvalidInput(
                        "file", "the header lacks the column(s) " + String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw new ApiException.InvalidInput("file", "has more than " + maxRows + " rows; split it");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                // the header is line 1; a record's number counts data records from 1
                rows.add(new Row(record.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ApiException.InvalidInput("file", "is not a readable CSV file: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new ApiException.InvalidInput(
                    "file", "is not a readable CSV file: " + e.getCause().getMessage());
        }
    }

    static String normalise(String column) {
        return column == null ? "" : column.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiException.InvalidInput("file", "is not UTF-8 text");
        }
    }

    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }
}
