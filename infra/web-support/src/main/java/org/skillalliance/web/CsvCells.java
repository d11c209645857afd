package org.skillalliance.web;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one rule for CSV cells, out and in (docs/api.md, "CSV").
 *
 * <p>Out ({@link #text}): a text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is prefixed with a single quote, so that a spreadsheet shows it as text instead of running it as a formula
 * (OWASP's "CSV injection" rule), and then quoted as RFC 4180 requires. {@link #number} writes a number the server
 * computed as it is: its text holds only digits, a sign, a point and an exponent, so it cannot carry a formula, and a
 * negative figure must stay a number a spreadsheet can add up (OWASP prefixes every such cell; we prefix every text
 * cell and no numeric one).
 *
 * <p>In ({@link #refusal}): an imported cell holding a control character, or beginning with {@code =} or {@code @}
 * once leading spaces are set aside, is refused; {@code +} and {@code -} are kept (phone numbers, "-" for none) and are
 * neutralised whenever they are written out again.
 */
public final class CsvCells {

    private CsvCells() {}

    /** A text cell: neutralised when it could be read as a formula, then quoted when it needs to be. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return quoted(startsLikeAFormula(value) ? "'" + value : value);
    }

    /** A numeric cell computed by the server, written as it is (a leading minus is a sign, not a formula). */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /**
     * RFC 4180 quoting only, for files a program reads (an import file a client writes), not a spreadsheet: a value
     * holding a comma, a semicolon, a quote or a line break is put in quotes, its quotes doubled.
     */
    public static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0
                || value.indexOf(';') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Whether a spreadsheet could take the text for a formula: OWASP's six leading characters. */
    public static boolean startsLikeAFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * Why an imported cell (as read from the file, before any trimming) is refused, or empty when it is acceptable: a
     * control character anywhere (NUL, tab, carriage return, line break, DEL, C1), which no field of the platform
     * holds and PostgreSQL refuses (NUL); or a leading {@code =} or {@code @}, which spreadsheets run as a formula.
     */
    public static Optional<String> refusal(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(String.format(
                        "holds a control character (U+%04X) at position %d; no field may " + "hold one",
                        (int) c, i + 1));
            }
        }
        String value = raw.strip();
        if (value.startsWith("=") || value.startsWith("@")) {
            return Optional.of("begins with '" + value.charAt(0) + "', which a spreadsheet runs as a formula; "
                    + "a value may not begin with = or @");
        }
        return Optional.empty();
    }
}
