package org.skillalliance.member.reference;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillalliance.contracts.NaceCodes;

/** Checks and normalises the codes of the standard classifications the platform uses. */
public final class ReferenceCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Pattern ISCO = Pattern.compile("^\\d{1,4}$");

    private ReferenceCodes() {}

    /** The ISO 3166-1 alpha-2 code in upper case, if it is one. */
    public static Optional<String> country(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** The ISO 4217 code in upper case, if it is one. */
    public static Optional<String> currency(String code) {
        if (code == null || !code.trim().matches("(?i)[a-z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)).getCurrencyCode());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * A NACE Rev. 2 code normalised with its section letter ({@code 62.01} becomes {@code J62.01}): the platform's
     * {@link NaceCodes}, which events carry codes in.
     */
    public static Optional<String> naceCode(String code) {
        return NaceCodes.normalise(code);
    }

    /** An ISCO-08 code: a major group (1 digit) down to a unit group (4 digits). */
    public static Optional<String> iscoCode(String code) {
        if (code == null || !ISCO.matcher(code.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(code.trim());
    }
}
