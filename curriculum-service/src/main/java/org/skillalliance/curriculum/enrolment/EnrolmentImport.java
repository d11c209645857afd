package org.skillalliance.curriculum.enrolment;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.CsvUpload;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.RowResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Bulk enrolment from a CSV file with the columns {@code employer}, {@code staff_id} and {@code cohort} (ids). Each row
 * is one enrolment request in its own transaction, in file order: a bad row is reported and changes nothing, the
 * others go through. A row whose staff member already has a live enrolment in the cohort is {@code UNCHANGED}, so
 * uploading the same file again changes nothing. A cell with a control character or beginning with {@code =} or
 * {@code @} is that row's error (CsvUpload.Row#text), and a row the database refuses all the same is rejected alone.
 */
@Service
public class EnrolmentImport {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentImport.class);

    public static final String EMPLOYER = "employer";
    public static final String STAFF_ID = "staff_id";
    public static final String COHORT = "cohort";
    public static final int MAX_ROWS = 5_000;

    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("employerId", EMPLOYER, "staffId", STAFF_ID, "cohortId", COHORT);

    private final EnrolmentManagement enrolments;

    EnrolmentImport(EnrolmentManagement enrolments) {
        this.enrolments = enrolments;
    }

    /**
     * Enrols every row of the file and reports one result per row; a row naming another employer than the caller's
     * is rejected on its own (column {@code employer}), as its single request would be refused.
     *
     * @throws ApiException.Forbidden           unless the caller is a member-admin or an admin
     * @throws ApiException.InvalidInput (400) when the file as a whole is unreadable or lacks a column
     */
    public RowResult.Report importCsv(Caller caller, InputStream csv) {
        caller.requireAnyRole("enrol staff", Role.MEMBER_ADMIN);
        List<RowResult> results = new ArrayList<>();
        for (CsvUpload.Row row : CsvUpload.read(csv, Set.of(EMPLOYER, STAFF_ID, COHORT), MAX_ROWS)) {
            results.add(importRow(caller, row));
        }
        return RowResult.Report.of(results);
    }

    private RowResult importRow(Caller caller, CsvUpload.Row row) {
        List<FieldViolation> problems = new ArrayList<>();
        UUID employer = id(row, EMPLOYER, problems);
        UUID staff = id(row, STAFF_ID, problems);
        UUID cohort = id(row, COHORT, problems);
        if (!problems.isEmpty()) {
            return RowResult.rejected(row.line(), problems);
        }
        try {
            EnrolmentManagement.Enrolled enrolled =
                    enrolments.enrol(caller, new EnrolmentManagement.EnrolRequest(cohort, staff, employer));
            return RowResult.of(
                    row.line(),
                    enrolled.created() ? RowResult.Outcome.CREATED : RowResult.Outcome.UNCHANGED,
                    enrolled.view().enrolment().id());
        } catch (DataIntegrityViolationException refused) {
            // the row's own transaction (enrol) was rolled back: nothing of it was written, the next row goes on
            log.warn(
                    "Enrolment import: the database refused line {} ({})",
                    row.line(),
                    refused.getClass().getSimpleName());
            return RowResult.refusedByDatabase(row.line());
        } catch (RuleBroken e) {
            return RowResult.rejected(row.line(), List.of(new FieldViolation(column(e.field()), e.reason())));
        } catch (TransitionRefused e) {
            return RowResult.rejected(row.line(), List.of(new FieldViolation(COHORT, e.getMessage())));
        } catch (ApiException.Forbidden e) {
            return RowResult.rejected(row.line(), List.of(new FieldViolation(EMPLOYER, e.getMessage())));
        } catch (ApiException e) {
            List<FieldViolation> violations = e.violations().isEmpty()
                    ? List.of(new FieldViolation(COHORT, e.getMessage()))
                    : e.violations().stream()
                            .map(v -> new FieldViolation(column(v.field()), v.reason()))
                            .toList();
            return RowResult.rejected(row.line(), violations);
        }
    }

    private static String column(String field) {
        return field == null ? COHORT : COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    private static UUID id(CsvUpload.Row row, String column, List<FieldViolation> problems) {
        String value = row.text(column, problems);
        if (value == null) {
            if (problems.stream().noneMatch(problem -> problem.field().equals(column))) {
                problems.add(new FieldViolation(column, "is required"));
            }
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(column, "'" + value + "' is not a UUID"));
            return null;
        }
    }
}
