package org.skillalliance.member.staff;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.skillalliance.contracts.member.AgeBand;
import org.skillalliance.contracts.member.Gender;
import org.skillalliance.security.Caller;
import org.skillalliance.web.CsvUpload;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.RowResult;
import org.springframework.stereotype.Service;

/**
 * Bulk import of an employer's staff from a CSV file as HR systems export it. Columns (header names matched without
 * regard to case, spaces or underscores): first_name, last_name, email, employment_start (required), job_role_isco,
 * employment_end, consent_to_reporting (yes/no, true/false, 1/0), gender, age_band. Each row is judged and written on
 * its own: good rows are kept whatever the bad ones do, and a re-upload of the same file changes nothing.
 */
@Service
public class StaffImport {

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
                results.add(staff.importRow(employerId, row.line(), details));
            }
        }
        return RowResult.Report.of(results);
    }

    private static StaffDetails parse(CsvUpload.Row row, List<FieldViolation> violations) {
        return new StaffDetails(row.get("first_name"), row.get("last_name"), row.get("email"), row.get("job_role_isco"),
                date(row, "employment_start", violations), date(row, "employment_end", violations),
                consent(row, violations), gender(row, violations), ageBand(row, violations));
    }

    private static LocalDate date(CsvUpload.Row row, String column, List<FieldViolation> violations) {
        String value = row.get(column);
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
        String value = row.get("consent_to_reporting");
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
        String value = row.get("gender");
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
                violations.add(new FieldViolation("gender", "'" + value + "' is not one of female, male, non-binary, undisclosed"));
                yield null;
            }
        };
    }

    private static AgeBand ageBand(CsvUpload.Row row, List<FieldViolation> violations) {
        String value = row.get("age_band");
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
            violations.add(new FieldViolation("age_band", "'" + value + "' is not one of <25, 25-34, 35-44, 45-54, 55-64, 65+"));
        }
        return band;
    }
}
