package org.skillalliance.reporting.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;

/**
 * Which seats an impact report is over: cohorts starting from {@code from} to {@code to} (inclusive; null: the
 * programme's period), and employers of one size band, sector and region (null: any). Every figure of the report,
 * counts and money, is over the same seats.
 *
 * @param sector a NACE Rev. 2 code or prefix: {@code C} (a section), {@code C25} (a division), {@code C25.6},
 *               {@code C25.62}; matches the employers whose sector code starts with it
 * @param region a NUTS code or prefix ({@code DE}, {@code DE2}, {@code DE21}); matches the employers whose region
 *               starts with it
 */
public record ImpactFilter(LocalDate from, LocalDate to, SizeBand sizeBand, String sector, String region) {

    private static final Pattern NACE = Pattern.compile("[A-U](\\d{2}(\\.\\d{1,2})?)?");
    private static final Pattern NUTS = Pattern.compile("[A-Z]{2}[0-9A-Z]{0,3}");

    /** No filter: the programme's whole period, every employer. */
    public static ImpactFilter none() {
        return new ImpactFilter(null, null, null, null, null);
    }

    /**
     * Refuses a period that ends before it starts ({@code start} and {@code end} being the period with the programme's
     * filled in) and codes no employer could have, all at once: a 400 naming each field.
     */
    void check(LocalDate start, LocalDate end) {
        List<FieldViolation> violations = new ArrayList<>();
        if (end.isBefore(start)) {
            violations.add(new FieldViolation("to", "is before from (" + start + ")"));
        }
        if (sector != null && !NACE.matcher(sector).matches()) {
            violations.add(new FieldViolation(
                    "sector", "'" + sector + "' is not a NACE Rev. 2 code or prefix (C, C25, C25.6, C25.62)"));
        }
        if (region != null && !NUTS.matcher(region).matches()) {
            violations.add(
                    new FieldViolation("region", "'" + region + "' is not a NUTS code or prefix (DE, DE2, DE21)"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
    }

    /** Whether an employer's facts match the size band, sector and region asked for. */
    boolean matchesEmployer(String employerSizeBand, String employerSector, String employerRegion) {
        return (sizeBand == null || sizeBand.name().equals(employerSizeBand))
                && (sector == null || (employerSector != null && employerSector.startsWith(sector)))
                && (region == null || (employerRegion != null && employerRegion.startsWith(region)));
    }

    /** Whether the report asks for some employers only. */
    boolean filtersEmployers() {
        return sizeBand != null || sector != null || region != null;
    }

    /** The employer filters as the report shows them (the period is the report's from and to). */
    ImpactReport.Filters shown() {
        return new ImpactReport.Filters(sizeBand == null ? null : sizeBand.name(), sector, region);
    }
}
