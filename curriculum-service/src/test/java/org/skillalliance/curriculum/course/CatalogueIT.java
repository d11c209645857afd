package org.skillalliance.curriculum.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.ServiceIT;
import tools.jackson.databind.JsonNode;

/** Skills and courses through the HTTP API: validation, the course lifecycle, its events, lists and OpenAPI. */
class CatalogueIT extends ServiceIT {

    @Test
    void skillsAreValidatedAndUnique() {
        String code = Curriculum.unique("S");
        Api.Response created = api.post(
                "/api/skills",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Heat pump installation",
                        "category",
                        "GREEN",
                        "escoUri",
                        "http://data.europa.eu/esco/skill/" + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("/api/skills/" + created.id()).text("category")).isEqualTo("GREEN");

        assertProblem(
                api.post("/api/skills", Map.of("code", code, "name", "x", "category", "GREEN")),
                409,
                "code",
                "already exists");
        assertProblem(
                api.post(
                        "/api/skills",
                        Map.of(
                                "code",
                                Curriculum.unique("S"),
                                "name",
                                "x",
                                "category",
                                "GREEN",
                                "escoUri",
                                "https://example.org/skill")),
                400,
                "escoUri",
                "ESCO skill URI");
        assertProblem(
                api.post("/api/skills", Map.of("code", Curriculum.unique("S"), "name", "x", "category", "ROBOTICS")),
                400,
                "category",
                "one of DIGITAL, GREEN");
        assertProblem(
                api.post("/api/skills", Map.of("code", Curriculum.unique("S"), "name", "x")),
                400,
                "category",
                "must not be null");
        assertProblem(
                api.post(
                        "/api/skills",
                        Map.of("code", Curriculum.unique("S"), "name", "x", "category", "GREEN", "colour", "green")),
                400,
                "colour",
                "not a known field");

        Api.Response green = api.get("/api/skills?category=GREEN&q=" + code + "&size=5");
        assertThat(green.body().get("totalItems").asInt()).isEqualTo(1);
        assertProblem(api.get("/api/skills?size=500"), 400, "size", "between 1 and 200");
    }

    @Test
    void aSearchFindsItsTextLiterallyAndRefusesABlankOrOverlongOne() {
        String mark = Curriculum.unique("Q");
        for (String name : List.of(
                "Lean 100% uptime " + mark, "Lean 100x uptime " + mark, "snake_case " + mark, "snakeXcase " + mark)) {
            Api.Response created = api.post(
                    "/api/skills", Map.of("code", Curriculum.unique("S"), "name", name, "category", "DIGITAL"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        // % and _ are the text itself, not LIKE's wildcards; case does not matter
        assertThat(names(api.get("/api/skills?q=" + encode("100% UPTIME " + mark))))
                .containsExactly("Lean 100% uptime " + mark);
        assertThat(names(api.get("/api/skills?q=" + encode("snake_case " + mark))))
                .containsExactly("snake_case " + mark);
        assertThat(names(api.get("/api/skills?q=" + encode("  " + mark + "  "))))
                .hasSize(4);
        Api.Response course = curriculum
                .course(UUID.randomUUID())
                .with("title", "Welding_basics " + mark)
                .draft();
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        assertThat(curriculum
                        .course(UUID.randomUUID())
                        .with("title", "WeldingXbasics " + mark)
                        .draft()
                        .status())
                .isEqualTo(201);
        Api.Response found = api.get("/api/courses?q=" + encode("welding_basics " + mark));
        assertThat(found.body().get("totalItems").asInt()).as(found.toString()).isEqualTo(1);
        assertThat(found.body().get("items").get(0).get("title").asString()).isEqualTo("Welding_basics " + mark);

        for (String list : List.of("/api/skills", "/api/courses")) {
            assertProblem(api.get(list + "?q=%20%20"), 400, "q", "has no value");
            assertProblem(api.get(list + "?q=" + "a".repeat(101)), 400, "q", "is longer than 100 characters (101)");
            assertThat(api.get(list + "?q=" + "a".repeat(100)).status()).isEqualTo(200);
        }
    }

    private static List<String> names(Api.Response skills) {
        assertThat(skills.status()).as(skills.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        skills.body().get("items").forEach(skill -> names.add(skill.get("name").asString()));
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aCourseIsDraftedPublishedAndRetiredAndAnnouncedWithItsCompleteState() {
        UUID alliance = UUID.randomUUID();
        UUID skill = curriculum.skill();
        Api.Response drafted = curriculum
                .course(alliance)
                .with("skills", List.of(Map.of("skillId", skill, "targetLevel", 3)))
                .with("priorityTags", List.of("DIGITAL", "GREEN"))
                .with("deliveryMode", "ON_THE_JOB")
                .with("hours", 37.5)
                .draft();
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        UUID course = drafted.id();
        assertThat(drafted.text("status")).isEqualTo("DRAFT");

        Api.Response revised = api.put(
                "/api/courses/" + course,
                curriculum
                        .course(alliance)
                        .with("code", drafted.text("code"))
                        .with("title", "CNC milling, revised")
                        .with("skills", List.of(Map.of("skillId", skill, "targetLevel", 3)))
                        .with("priorityTags", List.of("DIGITAL", "GREEN"))
                        .with("deliveryMode", "ON_THE_JOB")
                        .with("hours", 37.5)
                        .with("providerId", drafted.text("providerId"))
                        .body());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.text("title")).isEqualTo("CNC milling, revised");

        assertThat(api.post("/api/courses/" + course + "/publish").text("status"))
                .isEqualTo("PUBLISHED");
        assertProblem(api.post("/api/courses/" + course + "/publish"), 409, null, "it is PUBLISHED");
        assertProblem(
                api.put("/api/courses/" + course, curriculum.course(alliance).body()), 409, null, "cannot revise");
        assertThat(api.post("/api/courses/" + course + "/retire").text("status"))
                .isEqualTo("RETIRED");

        List<EventEnvelope> events = awaitEvents(course, 2);
        assertThat(events)
                .extracting(EventEnvelope::eventType)
                .containsExactly(EventTypes.COURSE_PUBLISHED, EventTypes.COURSE_RETIRED);
        JsonNode published = events.getFirst().payload();
        assertThat(published.get("hours").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(published.get("deliveryMode").asString()).isEqualTo("ON_THE_JOB");
        assertThat(published.get("providerId").asString()).isEqualTo(drafted.text("providerId"));
        assertThat(published.get("priorityTags").toString()).contains("DIGITAL", "GREEN");
        assertThat(published.get("skills").get(0).get("targetLevel").asInt()).isEqualTo(3);
        assertThat(published.get("skills").get(0).get("skillCode").asString())
                .startsWith("http://data.europa.eu/esco/skill/");
        assertThat(published.get("skills").get(0).get("category").asString()).isEqualTo("DIGITAL");
        assertThat(published.get("credentialOffered").asString()).isEqualTo("CNC Operator Level 1");
    }

    @Test
    void courseInputIsCheckedFieldByField() {
        UUID alliance = UUID.randomUUID();
        Api.Response first = curriculum.course(alliance).with("code", "WELD-1").draft();
        assertThat(first.status()).isEqualTo(201);
        assertProblem(curriculum.course(alliance).with("code", "weld-1").draft(), 409, "code", "already has a course");
        assertThat(curriculum
                        .course(UUID.randomUUID())
                        .with("code", "WELD-1")
                        .draft()
                        .status())
                .isEqualTo(201);

        assertProblem(curriculum.course(alliance).with("hours", 0).draft(), 400, "hours", "must be greater than 0");
        assertProblem(curriculum.course(alliance).with("hours", 7.125).draft(), 400, "hours", "at most 2 decimals");
        assertProblem(
                curriculum.course(alliance).with("deliveryMode", "BY_POST").draft(), 400, "deliveryMode", "ON_THE_JOB");
        assertProblem(
                curriculum
                        .course(alliance)
                        .with("skills", List.of(Map.of("skillId", curriculum.skill(), "targetLevel", 6)))
                        .draft(),
                400,
                "skills[0].targetLevel",
                "less than or equal to 5");
        assertProblem(
                curriculum
                        .course(alliance)
                        .with("skills", List.of(Map.of("skillId", UUID.randomUUID(), "targetLevel", 2)))
                        .draft(),
                422,
                "skills[0].skillId",
                "in the catalogue");
        assertProblem(
                curriculum
                        .course(alliance)
                        .with("priorityTags", List.of("green"))
                        .draft(),
                400,
                "priorityTags[0]",
                "upper-case");
        assertProblem(curriculum.course(alliance).with("skills", List.of()).draft(), 400, "skills", "size must be");
        assertProblem(curriculum.course(alliance).with("hours", "lots").draft(), 400, "hours", "number");
        assertProblem(api.get("/api/courses/" + UUID.randomUUID()), 404, null, "does not exist");
    }

    @Test
    void coursesAreListedWithFiltersAndPages() {
        UUID alliance = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            curriculum.course(alliance).with("priorityTags", List.of("GREEN")).published();
        }
        curriculum.course(alliance).with("priorityTags", List.of("DIGITAL")).published();
        curriculum.course(alliance).draft();

        Api.Response green = api.get("/api/courses?allianceId=" + alliance + "&status=PUBLISHED&tag=GREEN&size=2");
        assertThat(green.body().get("totalItems").asInt()).isEqualTo(3);
        assertThat(green.body().get("totalPages").asInt()).isEqualTo(2);
        assertThat(green.body().get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/courses?allianceId=" + alliance + "&status=DRAFT")
                        .body()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertProblem(api.get("/api/courses?status=ARCHIVED"), 400, "status", "PUBLISHED");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").propertyNames())
                .contains(
                        "/api/skills",
                        "/api/courses",
                        "/api/cohorts",
                        "/api/enrolments",
                        "/api/enrolments/imports",
                        "/api/enrolments/{id}/credential");
        assertThat(docs.body()
                        .get("components")
                        .get("securitySchemes")
                        .get("bearer")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(docs.body()
                        .get("paths")
                        .get("/api/cohorts/{cohortId}/quote")
                        .get("get")
                        .get("parameters")
                        .valueStream()
                        .map(p -> p.get("name").asString())
                        .toList())
                .containsExactlyInAnyOrder("cohortId", "employerId");
    }

    static void assertProblem(Api.Response response, int status, String field, String reasonPart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.raw()).as(response.toString()).contains(reasonPart);
        if (field != null) {
            assertThat(response.body().get("errors").get(0).get("field").asString())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }
}
