package org.skillalliance.curriculum.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.curriculum.support.Problems.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.EscoFiles;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.Callers;
import tools.jackson.databind.JsonNode;

/**
 * The ESCO import through the HTTP API as an alliance admin sends the download's files (docs/curriculum.md, "ESCO
 * import"): the shipped samples (real ESCO v1.1 rows) imported twice with exact counts, imported skills used by a
 * course, a skill already in the catalogue updated in place, malformed files refused with their line and field and
 * nothing written, a large file streamed, and the occupations lookup. The samples are imported by one test only, so
 * that its counts are exact whatever ran before; the other tests use fresh URIs.
 */
class EscoImportIT extends ServiceIT {

    private static final String SKILLS = "/api/skills/esco-import?kind=skills";
    private static final String OCCUPATIONS = "/api/skills/esco-import?kind=occupations";

    @Test
    void theSampleFilesImportOnceAndASecondImportChangesNothing() {
        String skills = EscoFiles.sample("skills_en.csv");
        assertCounts(api.postCsv(SKILLS, skills), "skills", 32, 32, 0, 0);
        assertCounts(api.postCsv(SKILLS, skills), "skills", 32, 0, 0, 32);

        JsonNode solve = only(api.get("/api/skills?q=" + encode("http://data.europa.eu/esco/skill/14832d87")));
        assertThat(solve.path("code").asString())
                .isEqualTo("http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a");
        assertThat(solve.path("escoUri").asString())
                .isEqualTo(solve.path("code").asString());
        assertThat(solve.path("name").asString()).isEqualTo("solve technical problems");
        assertThat(solve.path("category").asString()).isEqualTo("OTHER");
        assertThat(solve.path("description").asString())
                .isEqualTo("Identify technical problems when operating devices and using digital environments, and"
                        + " solve them (from trouble-shooting to solving more complex problems).");

        // one label changed in ESCO's next release: that row is updated, the others left alone
        String renamed = skills.replace(",solve technical problems,", ",solve technical problems with devices,");
        assertThat(renamed).isNotEqualTo(skills);
        assertCounts(api.postCsv(SKILLS, renamed), "skills", 32, 0, 1, 31);
        assertThat(api.get("/api/skills/" + solve.path("id").asString()).text("name"))
                .isEqualTo("solve technical problems with devices");
        assertCounts(api.postCsv(SKILLS, skills), "skills", 32, 0, 1, 31);

        String occupations = EscoFiles.sample("occupations_en.csv");
        assertCounts(api.postCsv(OCCUPATIONS, occupations), "occupations", 30, 30, 0, 0);
        assertCounts(api.postCsv(OCCUPATIONS, occupations), "occupations", 30, 0, 0, 30);

        Api.Response found = api.get("/api/occupations?q=technical%20director");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body().path("totalItems").asInt()).isEqualTo(1);
        JsonNode director = found.body().path("items").get(0);
        assertThat(director.path("uri").asString())
                .isEqualTo("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34");
        assertThat(director.path("code").asString()).isEqualTo("2654.1.7");
        assertThat(director.path("iscoGroup").asString()).isEqualTo("2654");
        assertThat(director.path("label").asString()).isEqualTo("technical director");
        assertThat(director.size()).isEqualTo(4);
        // by ISCO-08 unit group, and by code; in label order
        assertThat(labels(api.get("/api/occupations?q=8160")))
                .containsExactly("hydrogenation machine operator", "pasta operator");
        assertThat(labels(api.get("/api/occupations?q=7543.10"))).containsExactly("precision device inspector");
        Api.Response all = api.get("/api/occupations?size=200");
        assertThat(all.body().path("totalItems").asInt()).isEqualTo(30);
        List<String> ordered = labels(all);
        assertThat(ordered).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertProblem(api.get("/api/occupations?colour=green"), 400, "colour", "");
        assertProblem(api.get("/api/occupations?q=" + "a".repeat(101)), 400, "q", "longer than 100");
    }

    @Test
    void anImportedSkillIsUsedWhereSkillsAreAndACuratedOneKeepsItsCodeAndCategory() {
        String imported = EscoFiles.freshSkillUri();
        String curatedUri = EscoFiles.freshSkillUri();
        String localCode = Curriculum.unique("HEAT");
        Api.Response curated = api.post(
                "/api/skills",
                Map.of("code", localCode, "name", "Heat pumps", "category", "GREEN", "escoUri", curatedUri));
        assertThat(curated.status()).as(curated.toString()).isEqualTo(201);

        String file = EscoFiles.skillsFile(List.of(
                EscoFiles.skillRow(imported, "install heat pump", "Install heat pumps, indoors and outdoors."),
                EscoFiles.skillRow(curatedUri, "maintain heat pump", "Keep heat pumps running.")));
        assertCounts(api.postCsv(SKILLS, file), "skills", 2, 1, 1, 0);

        Api.Response kept = api.get("/api/skills/" + curated.id());
        assertThat(kept.text("code")).isEqualTo(localCode);
        assertThat(kept.text("category")).isEqualTo("GREEN");
        assertThat(kept.text("escoUri")).isEqualTo(curatedUri);
        assertThat(kept.text("name")).isEqualTo("maintain heat pump");
        assertThat(kept.text("description")).isEqualTo("Keep heat pumps running.");

        UUID skill = UUID.fromString(
                only(api.get("/api/skills?q=" + encode(imported))).path("id").asString());
        Api.Response course = curriculum
                .course(UUID.randomUUID())
                .with("skills", List.of(Map.of("skillId", skill, "targetLevel", 3)))
                .draft();
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        JsonNode taught = course.body().path("skills").get(0);
        assertThat(taught.path("skillCode").asString()).isEqualTo(imported);
        assertThat(taught.path("skillName").asString()).isEqualTo("install heat pump");
        assertThat(taught.path("category").asString()).isEqualTo("OTHER");
    }

    @Test
    void theShippedMalformedSampleIsRefusedAtItsLineAndWritesNothing() {
        long skills = escoSkills();
        Api.Response refused = api.postCsv(SKILLS, EscoFiles.sample("skills_en_malformed.csv"));
        // its 20th row has no preferredLabel; the rows before it span 76 lines (labels on lines of their own)
        assertProblem(refused, 400, "preferredLabel", "line 78: is empty");
        assertThat(refused.body().path("line").asLong()).isEqualTo(78);
        assertThat(escoSkills()).isEqualTo(skills);
    }

    /**
     * A row Commons CSV cannot split (a quote closed in the middle of a cell) in the middle of a file is refused at
     * the line where that row starts, field {@code row}, and nothing of the file is written.
     */
    @Test
    void aStrayQuoteInTheMiddleOfAFileIsRefusedAtItsLine() {
        List<List<String>> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(EscoFiles.skillRow(EscoFiles.freshSkillUri(), "plaster walls " + i, "Plaster walls."));
        }
        String head = EscoFiles.skillsFile(before);
        String strayQuote = "KnowledgeSkillCompetence," + EscoFiles.freshSkillUri()
                + ",skill/competence,cross-sector,\"render\" facades,,,released,2024-01-25T11:28:50.295Z,,,,\r\n";
        String after =
                EscoFiles.skillsFile(List.of(EscoFiles.skillRow(EscoFiles.freshSkillUri(), "after the bad row", "x")));
        String tail = after.substring(after.indexOf("\r\n") + 2); // its row without the header
        long skills = escoSkills();

        Api.Response refused = api.postCsv(SKILLS, head + strayQuote + tail);

        // the header, then five rows of three lines each: the bad row starts on line 17
        assertProblem(refused, 400, "row", "line 17: ");
        assertThat(refused.body().path("line").asInt()).as(refused.toString()).isEqualTo(17);
        assertThat(escoSkills()).isEqualTo(skills);
    }

    @Test
    void eachKindOfMalformedRowIsRefusedWithItsLineAndFieldAndNothingOfTheFileIsWritten() {
        List<String> uris = new ArrayList<>();
        List<List<String>> good = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String uri = EscoFiles.freshSkillUri();
            uris.add(uri);
            good.add(EscoFiles.skillRow(uri, "weld pipes " + i, "Join pipes."));
        }
        // the fifth row starts on line 2 + 4 rows x 3 lines
        int line = 14;
        List<String> wrongType = EscoFiles.skillRow(EscoFiles.freshSkillUri(), "x", "x");
        wrongType.set(0, "Occupation");
        List<String> noUri = EscoFiles.skillRow("", "x", "x");
        List<String> notEsco = EscoFiles.skillRow("https://example.org/skill/1", "x", "x");
        List<String> occupationUri =
                EscoFiles.skillRow("http://data.europa.eu/esco/occupation/" + UUID.randomUUID(), "x", "x");
        List<String> blankLabel = EscoFiles.skillRow(EscoFiles.freshSkillUri(), "   ", "x");
        List<String> longLabel = EscoFiles.skillRow(EscoFiles.freshSkillUri(), "y".repeat(201), "x");
        List<String> shortRow = EscoFiles.skillRow(EscoFiles.freshSkillUri(), "x", "x");
        shortRow.removeLast();
        List<String> twice = EscoFiles.skillRow(uris.getFirst(), "x", "x");

        assertRefused(good, wrongType, line, "conceptType", "is 'Occupation', not a concept type");
        assertRefused(good, noUri, line, "conceptUri", "is missing");
        assertRefused(good, notEsco, line, "conceptUri", "is not an ESCO skills URI");
        assertRefused(good, occupationUri, line, "conceptUri", "is not an ESCO skills URI");
        assertRefused(good, blankLabel, line, "preferredLabel", "is empty");
        assertRefused(good, longLabel, line, "preferredLabel", "longer than 200 characters (201)");
        assertRefused(good, shortRow, line, "row", "has 12 fields; the header has 13");
        assertRefused(good, twice, line, "conceptUri", "is on line 2");
        for (String uri : uris) {
            assertThat(api.get("/api/skills?q=" + encode(uri))
                            .body()
                            .path("totalItems")
                            .asInt())
                    .as("nothing of a refused file is written: " + uri)
                    .isZero();
        }

        String file = EscoFiles.skillsFile(good);
        assertProblem(api.postCsv("/api/skills/esco-import?kind=courses", file), 400, "kind", "skills or occupations");
        assertProblem(api.postCsv("/api/skills/esco-import", file), 400, "kind", "skills or occupations");
        assertProblem(api.postCsv(OCCUPATIONS, file), 400, "conceptType", "line 2: is 'KnowledgeSkillCompetence'");
        assertProblem(api.postCsv(SKILLS, ""), 400, "file", "has no header row");
        assertProblem(
                api.postCsv(SKILLS, file.replaceFirst("preferredLabel", "label")),
                400,
                "file",
                "the header lacks the column preferredLabel");
        assertProblem(api.postCsv(SKILLS + "&dryRun=true", file), 400, "dryRun", "");
        Api.Response json = api.post(SKILLS, Map.of("file", file));
        assertThat(json.status()).as(json.toString()).isEqualTo(415);
        assertCounts(api.postCsv(SKILLS, EscoFiles.skillsFile(List.of())), "skills", 0, 0, 0, 0);
        assertThat(api.get("/api/skills?q=" + encode(uris.getFirst()))
                        .body()
                        .path("totalItems")
                        .asInt())
                .isZero();
    }

    /**
     * Who may import is checked before the input: a caller who may not import gets 403 whatever {@code kind} says
     * (wrong or missing), never a 400 telling them what a right request looks like; the admin's wrong kind is a 400.
     */
    @Test
    void aCallerWhoMayNotImportIsRefusedBeforeTheInputIsChecked() {
        String file =
                EscoFiles.skillsFile(List.of(EscoFiles.skillRow(EscoFiles.freshSkillUri(), "never imported", "x")));
        for (Api caller : List.of(
                api.as(Callers.learner(UUID.randomUUID(), UUID.randomUUID())),
                api.as(Callers.person("member-admin", UUID.randomUUID())))) {
            for (String path : List.of("/api/skills/esco-import?kind=wrong", "/api/skills/esco-import", SKILLS)) {
                Api.Response refused = caller.postCsv(path, file);
                assertProblem(refused, 403, null, "import ESCO files");
            }
        }
        assertProblem(api.postCsv("/api/skills/esco-import?kind=wrong", file), 400, "kind", "skills or occupations");
        assertThat(api.get("/api/skills?q=never%20imported")
                        .body()
                        .path("totalItems")
                        .asInt())
                .isZero();
    }

    /**
     * A malformed row after more than one batch of rows (500) was already written to the database is still refused
     * with nothing of the file kept: the whole import is one transaction.
     */
    @Test
    void aMalformedRowAfterAWrittenBatchLeavesNothingOfTheFile() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(EscoFiles.skillRow(EscoFiles.freshSkillUri(), "lay bricks " + i, "Lay bricks."));
        }
        rows.add(EscoFiles.skillRow("http://data.europa.eu/esco/skill/", "x", "x"));
        long before = escoSkills();
        Api.Response refused = api.postCsv(SKILLS, EscoFiles.skillsFile(rows));
        // 600 rows of 3 lines each after the header
        assertProblem(refused, 400, "conceptUri", "line 1802: ");
        assertThat(refused.body().path("line").asInt()).isEqualTo(1802);
        assertThat(escoSkills()).isEqualTo(before);
        assertThat(api.get("/api/skills?q=" + encode(rows.getFirst().get(1)))
                        .body()
                        .path("totalItems")
                        .asInt())
                .isZero();
    }

    /**
     * A file of 20,000 skills (about 7 MB, over the 1 MB of other bodies and the 6 MB of the enrolment upload) is read
     * as it streams in and answered exactly; importing it again changes nothing.
     */
    @Test
    void aLargeFileIsStreamedAndCountedExactly() {
        String file = EscoFiles.freshSkills(20_000);
        assertThat(file.length()).isGreaterThan(6 * 1024 * 1024);
        long before = escoSkills();
        long started = System.nanoTime();
        assertCounts(api.postCsv(SKILLS, file), "skills", 20_000, 20_000, 0, 0);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        assertCounts(api.postCsv(SKILLS, file), "skills", 20_000, 0, 0, 20_000);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "ESCO import of 20,000 skills (%d bytes): %d ms inserting, %d ms again unchanged%n",
                file.length(), firstMillis, secondMillis);
        assertThat(escoSkills()).isEqualTo(before + 20_000);
    }

    private void assertRefused(List<List<String>> good, List<String> bad, int line, String field, String reasonPart) {
        List<List<String>> rows = new ArrayList<>(good);
        rows.add(bad);
        rows.add(EscoFiles.skillRow(EscoFiles.freshSkillUri(), "after the bad row", "x"));
        Api.Response refused = api.postCsv(SKILLS, EscoFiles.skillsFile(rows));
        assertProblem(refused, 400, field, "line " + line + ": ");
        assertThat(refused.raw()).as(refused.toString()).contains(reasonPart);
        assertThat(refused.body().path("line").asInt()).as(refused.toString()).isEqualTo(line);
    }

    private static void assertCounts(
            Api.Response response, String kind, long read, long inserted, long updated, long unchanged) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("kind").asString()).isEqualTo(kind);
        assertThat(List.of(
                        response.body().path("read").asLong(),
                        response.body().path("inserted").asLong(),
                        response.body().path("updated").asLong(),
                        response.body().path("unchanged").asLong()))
                .as(response.toString())
                .containsExactly(read, inserted, updated, unchanged);
    }

    private long escoSkills() {
        return jdbc.sql("select count(*) from skill where esco_uri is not null")
                .query(Long.class)
                .single();
    }

    private static JsonNode only(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body().path("totalItems").asInt()).as(list.toString()).isEqualTo(1);
        return list.body().path("items").get(0);
    }

    private static List<String> labels(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> labels = new ArrayList<>();
        list.body().path("items").forEach(item -> labels.add(item.path("label").asString()));
        return labels;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
