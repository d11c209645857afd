package org.skillalliance.curriculum.skillsneeds.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.ddd.annotation.Service;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * The ISCO-08 classification of occupations (ILO, 2008), embedded as {@code isco-08.tsv}: its 10 major groups (one
 * digit), 43 sub-major groups (two), 130 minor groups (three) and 436 unit groups (four). A job role is any of these
 * codes; a more specific code belongs to every group its code starts with ({@code 7223} is in {@code 722}, {@code 72}
 * and {@code 7}).
 */
@Service
public final class Isco08 {

    private static final Map<String, String> GROUPS = load();

    private Isco08() {}

    /** Whether the code is an ISCO-08 group of any level. */
    public static boolean exists(String code) {
        return code != null && GROUPS.containsKey(code);
    }

    /** The group's title, for a code that exists. */
    public static Optional<String> title(String code) {
        return Optional.ofNullable(code == null ? null : GROUPS.get(code));
    }

    /**
     * Checks a job role code given by a client: 1 to 4 digits, and a group of the classification.
     *
     * @throws RuleBroken (400) naming {@code field} with the reason
     */
    public static String checked(String field, String code) {
        if (code == null || !code.matches("\\d{1,4}")) {
            throw RuleBroken.invalid(
                    field, "must be an ISCO-08 code of 1 to 4 digits (major group to unit group), got '" + code + "'");
        }
        if (!exists(code)) {
            throw RuleBroken.invalid(field, "'" + code + "' is not an ISCO-08 group");
        }
        return code;
    }

    /**
     * The code followed by the codes of the groups that contain it, most specific first: {@code 7223, 722, 72, 7}. Any
     * well-formed code gives its prefixes, known or not (member-service accepts any 1 to 4 digits); anything else none.
     */
    public static List<String> selfAndAncestors(String code) {
        if (code == null || !code.matches("\\d{1,4}")) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int length = code.length(); length >= 1; length--) {
            codes.add(code.substring(0, length));
        }
        return codes;
    }

    /** Every group, code to title, in the classification's order. */
    public static Map<String, String> all() {
        return GROUPS;
    }

    private static Map<String, String> load() {
        Map<String, String> groups = new LinkedHashMap<>();
        try (InputStream in = Isco08.class.getResourceAsStream("isco-08.tsv")) {
            if (in == null) {
                throw new IllegalStateException("isco-08.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                groups.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(groups);
    }
}
