package org.skillalliance.curriculum.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * ESCO download files for the import's tests: the samples shipped in {@code src/test/resources/esco} (real rows of
 * ESCO v1.1's {@code skills_en.csv} and {@code occupations_en.csv}) and files of fresh skills in the same layout, printed
 * by Commons CSV as ESCO's files are (RFC 4180, quotes where a cell needs them, line breaks inside quoted cells).
 */
public final class EscoFiles {

    /** The header of ESCO v1.1's and v1.2's {@code skills_en.csv}. */
    public static final List<String> SKILLS_HEADER = List.of(
            "conceptType",
            "conceptUri",
            "skillType",
            "reuseLevel",
            "preferredLabel",
            "altLabels",
            "hiddenLabels",
            "status",
            "modifiedDate",
            "scopeNote",
            "definition",
            "inScheme",
            "description");

    private EscoFiles() {}

    /** A sample file of src/test/resources/esco, as its bytes say. */
    public static String sample(String name) {
        try (InputStream in = EscoFiles.class.getResourceAsStream("/esco/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample esco/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ESCO skill URI no one has used. */
    public static String freshSkillUri() {
        return "http://data.europa.eu/esco/skill/" + UUID.randomUUID();
    }

    /** A skills row as ESCO writes one: two alternative labels on two lines of one quoted cell, and a description. */
    public static List<String> skillRow(String uri, String label, String description) {
        return new ArrayList<>(List.of(
                "KnowledgeSkillCompetence",
                uri,
                "skill/competence",
                "cross-sector",
                label,
                label + " at work\n" + "apply " + label,
                "",
                "released",
                "2024-01-25T11:28:50.295Z",
                "",
                "",
                "http://data.europa.eu/esco/concept-scheme/member-skills,\n"
                        + "http://data.europa.eu/esco/concept-scheme/skills",
                description));
    }

    /** A skills file of {@code count} fresh skills (each row spanning two lines, as real ones do). */
    public static String freshSkills(int count) {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String uri = freshSkillUri();
            rows.add(skillRow(
                    uri,
                    "operate machine " + uri.substring(uri.length() - 12),
                    "Set up, run and check a machine of the plant, keeping its log, as row " + i
                            + " of a large file."));
        }
        return skillsFile(rows);
    }

    /** A skills file with the ESCO header and these rows, each printed as it is (malformed ones too). */
    public static String skillsFile(List<? extends List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(SKILLS_HEADER);
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
