package org.skillalliance.contracts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NACE Rev. 2 codes normalised with their section letter ({@code 25.62} and {@code c25.62} become {@code C25.62}), so
 * that every code starts with the codes it belongs to and a prefix ({@code C}, {@code C25}, {@code C25.6}) selects a
 * section, division or group. Events carry codes in this form (their schemas say so), so every service normalises
 * with this one class.
 */
public final class NaceCodes {

    private static final Map<Character, int[]> SECTIONS = Map.ofEntries(
            Map.entry('A', new int[] {1, 3}),
            Map.entry('B', new int[] {5, 9}),
            Map.entry('C', new int[] {10, 33}),
            Map.entry('D', new int[] {35, 35}),
            Map.entry('E', new int[] {36, 39}),
            Map.entry('F', new int[] {41, 43}),
            Map.entry('G', new int[] {45, 47}),
            Map.entry('H', new int[] {49, 53}),
            Map.entry('I', new int[] {55, 56}),
            Map.entry('J', new int[] {58, 63}),
            Map.entry('K', new int[] {64, 66}),
            Map.entry('L', new int[] {68, 68}),
            Map.entry('M', new int[] {69, 75}),
            Map.entry('N', new int[] {77, 82}),
            Map.entry('O', new int[] {84, 84}),
            Map.entry('P', new int[] {85, 85}),
            Map.entry('Q', new int[] {86, 88}),
            Map.entry('R', new int[] {90, 93}),
            Map.entry('S', new int[] {94, 96}),
            Map.entry('T', new int[] {97, 98}),
            Map.entry('U', new int[] {99, 99}));

    private static final Pattern NACE = Pattern.compile("^([A-U])?(?:(\\d{2})(?:\\.(\\d)(\\d)?)?)?$");

    private NaceCodes() {}

    /** The normalised code, or empty when {@code code} is not a NACE Rev. 2 section, division, group or class. */
    public static Optional<String> normalise(String code) {
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
        Character owner = sectionOf(Integer.parseInt(matcher.group(2)));
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

    /** Normalises what it can and keeps anything else, in upper case (an unknown code then matches no prefix). */
    public static String normaliseLeniently(String code) {
        return code == null ? null : normalise(code).orElse(code.trim().toUpperCase(Locale.ROOT));
    }

    private static Character sectionOf(int division) {
        for (Map.Entry<Character, int[]> section : SECTIONS.entrySet()) {
            if (division >= section.getValue()[0] && division <= section.getValue()[1]) {
                return section.getKey();
            }
        }
        return null;
    }
}
