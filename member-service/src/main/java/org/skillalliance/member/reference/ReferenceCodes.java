package org.skillalliance.member.reference;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and normalises the codes of the standard classifications the platform uses. */
public final class ReferenceCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** NACE Rev. 2 sections and the divisions (two-digit codes) each contains. */
    private static final Map<Character, int[]> NACE_SECTIONS = Map.ofEntries(
            Map.entry('A', new int[] {1, 3}), Map.entry('B', new int[] {5, 9}), Map.entry('C', new int[] {10, 33}),
            Map.entry('D', new int[] {35, 35}), Map.entry('E', new int[] {36, 39}), Map.entry('F', new int[] {41, 43}),
            Map.entry('G', new int[] {45, 47}), Map.entry('H', new int[] {49, 53}), Map.entry('I', new int[] {55, 56}),
            Map.entry('J', new int[] {58, 63}), Map.entry('K', new int[] {64, 66}), Map.entry('L', new int[] {68, 68}),
            Map.entry('M', new int[] {69, 75}), Map.entry('N', new int[] {77, 82}), Map.entry('O', new int[] {84, 84}),
            Map.entry('P', new int[] {85, 85}), Map.entry('Q', new int[] {86, 88}), Map.entry('R', new int[] {90, 93}),
            Map.entry('S', new int[] {94, 96}), Map.entry('T', new int[] {97, 98}), Map.entry('U', new int[] {99, 99}));

    /** Optional section letter, then a division, group or class: C, 62, 62.0, 62.01, J62.01. */
    private static final Pattern NACE = Pattern.compile("^([A-U])?(?:(\\d{2})(?:\\.(\\d)(\\d)?)?)?$");
    private static final Pattern ISCO = Pattern.compile("^\\d{1,4}$");

    private ReferenceCodes() {
    }

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
            return Optional.of(Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)).getCurrencyCode());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * A NACE Rev. 2 code normalised with its section letter: {@code 62.01} and {@code j62.01} become {@code J62.01},
     * a bare section stays {@code C}. Every code then starts with the codes it belongs to, so that a prefix selects a
     * section, a division or a group.
     */
    public static Optional<String> naceCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher matcher = NACE.matcher(code.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            return Optional.empty();
        }
        String section = matcher.group(1);
        if (matcher.group(2) == null) {
            return Optional.of(section);
        }
        int division = Integer.parseInt(matcher.group(2));
        Character owner = sectionOf(division);
        if (owner == null || (section != null && section.charAt(0) != owner)) {
            return Optional.empty();
        }
        StringBuilder normalised = new StringBuilder().append(owner).append(matcher.group(2));
        if (matcher.group(3) != null) {
            normalised.append('.').append(matcher.group(3));
            if (matcher.group(4) != null) {
                normalised.append(matcher.group(4));
            }
        }
        return Optional.of(normalised.toString());
    }

    /** An ISCO-08 code: a major group (1 digit) down to a unit group (4 digits). */
    public static Optional<String> iscoCode(String code) {
        if (code == null || !ISCO.matcher(code.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(code.trim());
    }

    private static Character sectionOf(int division) {
        for (Map.Entry<Character, int[]> section : NACE_SECTIONS.entrySet()) {
            if (division >= section.getValue()[0] && division <= section.getValue()[1]) {
                return section.getKey();
            }
        }
        return null;
    }
}
