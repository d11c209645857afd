package org.skillalliance.member.staff;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.CsvUpload;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.RowResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Bulk import of an employer's staff from a CSV file as HR systems export it. Columns (header names matched without
 * regard to case, spaces or underscores): first_name, last_name, email, employment_start (required), job_role_isco,
 * employment_end, consent_to_reporting (yes/no, true/false, 1/0), gender, age_band. Each row is judged and written on
 * its own: good rows are kept whatever the bad ones do, and a re-upload of the same file changes nothing. A cell with
 * a control character or beginning with {@code =} or {@code @} is that row's error, naming the column
 * ({@link CsvUpload.Row#text}); a row the database refuses all the same is rejected alone (field {@code row}).
 */
@Service
public class StaffImport {

    private static final Logger log = LoggerFactory.getLogger(StaffImport.class);

    static final Set<String> REQUIRED_COLUMNS = Set.of("first_name", "last_name", "email", "employment_start");
    static final int MAX_ROWS = 10_000;

    private final StaffManagement staff;

    StaffImport(StaffManagement staff) {
        this.staff = staff;
    }

    /** Imports the file for the employer, whose member-admin (or an admin) the caller must be. */
    public RowResult.Report importCsv(Caller caller, UUID employerId, InputStream file) {
        staff.requireImportFor(caller, employerId);
        List<CsvUpload.Row> rows = CsvUpload.read(file, REQUIRED_COLUMNS, MAX_ROWS);
        List<RowResult> results = new ArrayList<>(rows.size());
        for (CsvUpload.Row row : rows) {
            List<FieldViolation> violations = new ArrayList<>();
            StaffDetails details = parse(row, violations);
            if (!violations.isEmpty()) {
                results.add(RowResult.rejected(row.line(), violations));
            } else {
                results.add(importRow(employerId, row.line(), details));
            }
        }
        return RowResult.Report.of(results);
    }

    /**
     * One row in its own transaction ({@link StaffManagement#importRow}): when the database refuses it all the same,
     * that transaction is rolled back, the row is reported as rejected and the next row goes on. Only refusals of the
     * row's data are caught; a database that cannot be reached still fails the request.
     */
    private RowResult importRow(UUID employerId, long line, StaffDetails details) {
        try {
            return staff.importRow(employerId, line, details);
        } catch (DataIntegrityViolationException refused) {
            log.warn(
                    "Staff import for employer {}: the database refused line {} ({})",
                    employerId,
                    line,
                    refused.getClass().getSimpleName());
            return RowResult.refusedByDatabase(line);
        }
    }

    private static StaffDetails parse(CsvUpload.Row row, List<FieldViolation> violations) {
        return new StaffDetails(
                row.text("first_name", violations),
                row.text("last_name", violations),
                row.text("email", violations),
                row.text("job_role_isco", violations),
                date(row, "employment_start", violations),
                date(row, "employment_end", violations),
                consent(row, violations),
                gender(row, violations),
                ageBand(row, violations));
    }

    private static LocalDate date(CsvUpload.Row row, String column, List<FieldViolation> violations) {
        String value = row.text(column, violations);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(column, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static Boolean consent(CsvUpload.Row row, List<FieldViolation> violations) {
        String value = row.text("consent_to_reporting", violations);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> {
                violations.add(new FieldViolation("consent_to_reporting", "'" + value + "' is not yes or no"));
                yield false;
            }
        };
    }

    private static Gender gender(CsvUpload.Row row, List<FieldViolation> violations) {
        String value = row.text("gender", violations);
        if (value == null) {
            return null;
        }
        String key = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (key) {
            case "F", "FEMALE", "W", "WOMAN" -> Gender.FEMALE;
            case "M", "MALE", "MAN" -> Gender.MALE;
            case "X", "NON_BINARY", "NONBINARY", "DIVERSE" -> Gender.NON_BINARY;
            case "UNDISCLOSED", "PREFER_NOT_TO_SAY", "U" -> Gender.UNDISCLOSED;
            default -> {
                violations.add(new FieldViolation(
                        "gender", "'" + value + "' is not one of female, male, non-binary, undisclosed"));
                yield null;
            }
        };
    }

    private static AgeBand ageBand(CsvUpload.Row row, List<FieldViolation> violations) {
        String value = row.text("age_band", violations);
        if (value == null) {
            return null;
        }
        String key = value.toUpperCase(Locale.ROOT).replace(" ", "");
        AgeBand band = switch (key) {
            case "UNDER_25", "<25", "UNDER25", "16-24", "18-24" -> AgeBand.UNDER_25;
            case "AGE_25_34", "25-34" -> AgeBand.AGE_25_34;
            case "AGE_35_44", "35-44" -> AgeBand.AGE_35_44;
            case "AGE_45_54", "45-54" -> AgeBand.AGE_45_54;
            case "AGE_55_64", "55-64" -> AgeBand.AGE_55_64;
            case "AGE_65_PLUS", "65+", "65ANDOVER" -> AgeBand.AGE_65_PLUS;
            default -> null;
        };
        if (band == null) {
            violations.add(new FieldViolation(
                    "age_band", "'" + value + "' is not one of <25, 25-34, 35-44, 45-54, 55-64, 65+"));
        }
        return band;
    }
}
