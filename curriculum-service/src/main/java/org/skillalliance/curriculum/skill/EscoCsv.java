package org.skillalliance.curriculum.skill;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.BodyTooLargeException;
import org.skillalliance.web.FieldViolation;

/**
 * Reads an ESCO download file ({@code skills_en.csv}, {@code occupations_en.csv}) as it streams in, one row at a time:
 * RFC 4180 (quoted cells may span lines, as ESCO's alternative labels and descriptions do), UTF-8 with or without a
 * byte-order mark, a header row naming the columns (matched exactly, in any order; columns this service does not keep
 * are read past). Nothing of the file is held but the row at hand and the URIs seen so far (a URI given twice is an
 * error, not a silent second write).
 *
 * <p>The first row that is not a well-formed concept of the kind ends the reading with a 400 naming the field and
 * carrying the {@code line} where the row starts (the header is line 1; a row spanning several lines is counted by its
 * first): the caller's transaction then writes nothing.
 */
final class EscoCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    /** An ESCO concept id: the part after the prefix (a UUID in ESCO v1.1 and v1.2). */
    private static final Pattern CONCEPT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Pattern ISCO_GROUP = Pattern.compile("\\d{1,4}");
    /** An ESCO occupation code: its ISCO-08 unit group, then dot-separated numbers ({@code 2654.1.7}). */
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\d{1,4}(\\.\\d{1,6}){0,6}");

    private EscoCsv() {}

    /**
     * Reads every row of the file, hands each checked row to {@code row} in file order, and returns how many there
     * were.
     *
     * @throws ApiException.InvalidInput at the first malformed row (or a file without the required header)
     * @throws BodyTooLargeException     when the body goes past its limit while it is read
     */
    static long read(InputStream body, EscoKind kind, Consumer<EscoConcept> row) throws BodyTooLargeException {
        // where the row being read starts: a row Commons CSV cannot split (a stray quote) is reported there
        long lineOfNextRow = 1;
        try (Reader reader = withoutByteOrderMark(utf8(body));
                CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw refused(1, "file", "has no header row");
            }
            for (String column : EscoKind.REQUIRED_COLUMNS) {
                if (!header.contains(column)) {
                    throw refused(
                            1,
                            "file",
                            "the header lacks the column " + column + " (an ESCO " + kind.parameter()
                                    + " file's header names " + String.join(", ", EscoKind.REQUIRED_COLUMNS) + ")");
                }
            }
            Map<String, Long> seen = new HashMap<>();
            lineOfNextRow = parser.getCurrentLineNumber() + 1;
            long read = 0;
            for (CSVRecord record : parser) {
                long line = lineOfNextRow;
                lineOfNextRow = parser.getCurrentLineNumber() + 1;
                EscoConcept concept = concept(record, line, header.size(), kind);
                Long first = seen.putIfAbsent(concept.uri(), line);
                if (first != null) {
                    throw refused(
                            line, EscoKind.CONCEPT_URI, "appears again: " + concept.uri() + " is on line " + first);
                }
                row.accept(concept);
                read++;
            }
            return read;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), lineOfNextRow);
        } catch (IOException e) {
            throw unreadable(e, lineOfNextRow);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a header that names a column twice, or a row Commons CSV cannot split
            throw notCsv(lineOfNextRow, e);
        }
    }

    private static EscoConcept concept(CSVRecord record, long line, int columns, EscoKind kind) {
        if (record.size() != columns) {
            throw refused(line, "row", "has " + record.size() + " fields; the header has " + columns);
        }
        String type = record.get(EscoKind.CONCEPT_TYPE).trim();
        if (!type.equals(kind.conceptType())) {
            throw refused(
                    line,
                    EscoKind.CONCEPT_TYPE,
                    "is '" + type + "', not a concept type of an ESCO " + kind.parameter() + " file ("
                            + kind.conceptType() + ")");
        }
        String uri = record.get(EscoKind.CONCEPT_URI).trim();
        if (uri.isEmpty()) {
            throw refused(line, EscoKind.CONCEPT_URI, "is missing");
        }
        if (!uri.startsWith(kind.uriPrefix())
                || !CONCEPT_ID.matcher(uri.substring(kind.uriPrefix().length())).matches()
                || uri.length() > kind.maxUriLength()) {
            throw refused(
                    line,
                    EscoKind.CONCEPT_URI,
                    "'" + uri + "' is not an ESCO " + kind.parameter() + " URI (" + kind.uriPrefix()
                            + " and an id, at most " + kind.maxUriLength() + " characters)");
        }
        String label = record.get(EscoKind.PREFERRED_LABEL).trim();
        if (label.isEmpty()) {
            throw refused(line, EscoKind.PREFERRED_LABEL, "is empty");
        }
        if (label.length() > Skill.MAX_NAME_LENGTH) {
            throw refused(
                    line,
                    EscoKind.PREFERRED_LABEL,
                    "is longer than " + Skill.MAX_NAME_LENGTH + " characters (" + label.length() + ")");
        }
        if (label.chars().anyMatch(Character::isISOControl)) {
            throw refused(line, EscoKind.PREFERRED_LABEL, "contains a control character (a line break, say)");
        }
        String description = optional(record, EscoKind.DESCRIPTION);
        if (kind == EscoKind.SKILLS) {
            return new EscoConcept(line, uri, label, description, null, null);
        }
        String iscoGroup = optional(record, EscoKind.ISCO_GROUP);
        if (iscoGroup != null && !ISCO_GROUP.matcher(iscoGroup).matches()) {
            throw refused(
                    line, EscoKind.ISCO_GROUP, "'" + iscoGroup + "' is not an ISCO-08 group code (1 to 4 digits)");
        }
        String code = optional(record, EscoKind.CODE);
        if (code != null && !OCCUPATION_CODE.matcher(code).matches()) {
            throw refused(line, EscoKind.CODE, "'" + code + "' is not an ESCO occupation code (such as 2654.1.7)");
        }
        return new EscoConcept(line, uri, label, description, iscoGroup, code);
    }

    /** The trimmed cell of a column the file may lack, or null when it lacks it or the cell is blank. */
    private static String optional(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static Reader utf8(InputStream body) {
        return new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static RuntimeException unreadable(Throwable cause, long line) throws BodyTooLargeException {
        for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
            if (reason instanceof BodyTooLargeException tooLarge) {
                throw tooLarge;
            }
        }
        if (cause instanceof CharacterCodingException) {
            return new ApiException.InvalidInput("file", "is not UTF-8 text");
        }
        return notCsv(line, cause);
    }

    /** The header (line 1: field {@code file}) or the row starting on the line (field {@code row}) is not RFC 4180. */
    private static ApiException notCsv(long line, Throwable cause) {
        return line == 1
                ? refused(line, "file", "is not a readable CSV file: " + cause.getMessage())
                : refused(line, "row", "is not well-formed CSV (" + cause.getMessage() + ")");
    }

    private static ApiException refused(long line, String field, String reason) {
        return new ApiException.InvalidInput(List.of(new FieldViolation(field, "line " + line + ": " + reason)))
                .with("line", line);
    }
}
