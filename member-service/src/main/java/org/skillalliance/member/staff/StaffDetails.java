package org.skillalliance.member.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.member.reference.ReferenceCodes;
import org.skillalliance.web.FieldViolation;

/**
 * What is known about a staff member, as entered: by the API or by a CSV row. {@link #violations(LocalDate)} holds every
 * rule in one place for both.
 */
@ValueObject
public record StaffDetails(
        String firstName,
        String lastName,
        String email,
        String jobRoleIsco,
        LocalDate employmentStart,
        LocalDate employmentEnd,
        Boolean consentToReporting,
        Gender gender,
        AgeBand ageBand) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** The same details trimmed and with the email in lower case; absent consent counts as no consent. */
    public StaffDetails normalised() {
        return new StaffDetails(
                trim(firstName),
                trim(lastName),
                email == null ? null : email.trim().toLowerCase(Locale.ROOT),
                trim(jobRoleIsco),
                employmentStart,
                employmentEnd,
                Boolean.TRUE.equals(consentToReporting),
                gender,
                ageBand);
    }

    /** The same details with the last day of employment. */
    StaffDetails withEmploymentEnd(LocalDate end) {
        return new StaffDetails(
                firstName, lastName, email, jobRoleIsco, employmentStart, end, consentToReporting, gender, ageBand);
    }

    /** The same details with another consent to outcome reporting and the equity fields sent with it. */
    StaffDetails withConsent(boolean given, Gender gender, AgeBand ageBand) {
        return new StaffDetails(
                firstName, lastName, email, jobRoleIsco, employmentStart, employmentEnd, given, gender, ageBand);
    }

    /** Every rule the details break; empty when they are acceptable. */
    public List<FieldViolation> violations(LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        requireName("firstName", firstName, violations);
        requireName("lastName", lastName, violations);
        if (email == null || email.isBlank()) {
            violations.add(new FieldViolation("email", "is required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            violations.add(new FieldViolation("email", "'" + email + "' is not an email address"));
        }
        if (jobRoleIsco != null
                && !jobRoleIsco.isBlank()
                && ReferenceCodes.iscoCode(jobRoleIsco).isEmpty()) {
            violations.add(
                    new FieldViolation("jobRoleIsco", "'" + jobRoleIsco + "' is not an ISCO-08 code (1 to 4 digits)"));
        }
        if (employmentStart == null) {
            violations.add(new FieldViolation("employmentStart", "is required"));
        }
        if (employmentEnd != null) {
            if (employmentStart != null && employmentEnd.isBefore(employmentStart)) {
                violations.add(
                        new FieldViolation("employmentEnd", "is before the employment start " + employmentStart));
            }
            if (employmentEnd.isAfter(today)) {
                violations.add(
                        new FieldViolation("employmentEnd", "is in the future; record the leaving when it happens"));
            }
        }
        if (!Boolean.TRUE.equals(consentToReporting)) {
            if (gender != null) {
                violations.add(new FieldViolation("gender", "may only be given with consent to outcome reporting"));
            }
            if (ageBand != null) {
                violations.add(new FieldViolation("ageBand", "may only be given with consent to outcome reporting"));
            }
        }
        return violations;
    }

    private static void requireName(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
        } else if (value.trim().length() > 100) {
            violations.add(new FieldViolation(field, "is longer than 100 characters"));
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
