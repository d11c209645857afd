package org.skillalliance.curriculum.skillsneeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;

/**
 * Bad input to the skills-needs API gets a precise 4xx problem+json naming the field, and nothing is written: unknown
 * skills, levels outside 1-5, target dates in the past, profiles for job-role codes that are not ISCO-08, and the rest.
 */
class SkillsNeedsBadInputIT extends ServiceIT {

    UUID alliance, otherAlliance, skill, otherCourse, course, standard;
    MemberEvents.Employer employer, outsider;
    UUID staff, leaver;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void world() {
        wire();
        alliance = members.alliance("Bad input alliance");
        otherAlliance = members.alliance("Other alliance");
        employer = members.activeEmployer(alliance);
        outsider = members.activeEmployer(otherAlliance);
        staff = members.staff(employer, "7223");
        leaver = members.staff(employer, "7223");
        members.left(leaver, employer, today.minusDays(2));
        members.awaitConsumed();
        skill = curriculum.skill();
        course = curriculum.publishedCourse(alliance);
        otherCourse = curriculum.publishedCourse(otherAlliance);
        standard = api.post("/api/skills/profiles", profile("7223", List.of(level(skill, 3))))
                .id();
    }

    @Test
    void profilesRefuseCodesThatAreNotIscoAndSkillsOrLevelsThatDoNotExist() {
        long before = count("skill_profile");
        assertProblem(
                api.post("/api/skills/profiles", profile("7299", List.of(level(skill, 3)))),
                400,
                "jobRoleIsco",
                "'7299' is not an ISCO-08 group");
        assertProblem(
                api.post("/api/skills/profiles", profile("72a", List.of(level(skill, 3)))),
                400,
                "jobRoleIsco",
                "1 to 4 digits");
        assertProblem(
                api.post("/api/skills/profiles", profile("12345", List.of(level(skill, 3)))),
                400,
                "jobRoleIsco",
                "1 to 4 digits");
        assertProblem(
                api.post("/api/skills/profiles", profile(" ", List.of(level(skill, 3)))),
                400,
                "jobRoleIsco",
                "must not be blank");
        UUID unknown = UUID.randomUUID();
        assertProblem(
                api.post("/api/skills/profiles", profile("2512", List.of(level(skill, 2), level(unknown, 3)))),
                422,
                "skills[1].skillId",
                "no skill " + unknown + " in the catalogue");
        assertProblem(
                api.post("/api/skills/profiles", profile("2512", List.of(level(skill, 6)))),
                400,
                "skills[0].targetLevel",
                "less than or equal to 5");
        assertProblem(
                api.post("/api/skills/profiles", profile("2512", List.of(level(skill, 0)))),
                400,
                "skills[0].targetLevel",
                "greater than or equal to 1");
        assertProblem(
                api.post("/api/skills/profiles", profile("2512", List.of(level(skill, 2), level(skill, 3)))),
                400,
                "skills[1].skillId",
                "listed twice");
        assertProblem(
                api.post("/api/skills/profiles", profile("2512", List.of())), 400, "skills", "at least one skill");
        Map<String, Object> basedOn = new LinkedHashMap<>(profile("2512", List.of(level(skill, 2))));
        basedOn.put("basedOn", standard);
        assertProblem(api.post("/api/skills/profiles", basedOn), 400, "basedOn", "only an employer's profile");
        assertProblem(
                api.post("/api/skills/profiles", profile("7223", List.of(level(skill, 2)))),
                409,
                "jobRoleIsco",
                "already has a skill profile for job role 7223");
        Map<String, Object> unknownAlliance = new LinkedHashMap<>(profile("2512", List.of(level(skill, 2))));
        unknownAlliance.put("allianceId", UUID.randomUUID());
        assertProblem(api.post("/api/skills/profiles", unknownAlliance), 422, "allianceId", "is not known");

        Map<String, Object> ofOutsider = new LinkedHashMap<>(profile("7223", null));
        ofOutsider.put("employerId", outsider.id());
        ofOutsider.put("basedOn", standard);
        assertProblem(api.post("/api/skills/profiles", ofOutsider), 422, "employerId", "is not a member employer");
        Map<String, Object> notAStandard = new LinkedHashMap<>(profile("7223", null));
        notAStandard.put("employerId", employer.id());
        notAStandard.put("basedOn", UUID.randomUUID());
        assertProblem(api.post("/api/skills/profiles", notAStandard), 422, "basedOn", "is not a standard profile");
        Map<String, Object> typo = new LinkedHashMap<>(profile("2512", List.of(level(skill, 2))));
        typo.put("jobRole", "2512");
        assertProblem(api.post("/api/skills/profiles", typo), 400, "jobRole", "not a known field");

        assertProblem(
                api.put("/api/skills/profiles/" + standard, Map.of("skills", List.of(level(skill, 9)))),
                400,
                "skills[0].targetLevel",
                "less than or equal to 5");
        assertProblem(
                api.put("/api/skills/profiles/" + standard, Map.of("skills", List.of())),
                400,
                "skills",
                "at least one skill");
        assertThat(api.put("/api/skills/profiles/" + UUID.randomUUID(), Map.of("skills", List.of(level(skill, 2))))
                        .status())
                .isEqualTo(404);
        assertThat(count("skill_profile")).as("nothing written").isEqualTo(before);
        assertThat(api.get("/api/skills/profiles/" + standard)
                        .body()
                        .get("skills")
                        .get(0)
                        .get("targetLevel")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void skillRecordsRefuseLevelsOutsideOneToFiveUnknownSkillsAndCourseSources() {
        UUID unknownStaff = UUID.randomUUID();
        List<UUID> named = List.of(staff, leaver, unknownStaff);
        long before = skillRecordsOf(named);
        assertProblem(
                api.post("/api/skills/records", record(staff, skill, 6, "MANAGER")),
                400,
                "level",
                "less than or equal to 5");
        assertProblem(
                api.post("/api/skills/records", record(staff, skill, 0, "SELF")),
                400,
                "level",
                "greater than or equal to 1");
        UUID unknown = UUID.randomUUID();
        assertProblem(
                api.post("/api/skills/records", record(staff, unknown, 3, "MANAGER")),
                422,
                "skillId",
                "no skill " + unknown + " in the catalogue");
        assertProblem(
                api.post("/api/skills/records", record(staff, skill, 3, "COURSE")),
                400,
                "source",
                "come from completed enrolments");
        assertProblem(api.post("/api/skills/records", record(staff, skill, 3, "EXPERT")), 400, "source", "EXPERT");
        Map<String, Object> tomorrow = new LinkedHashMap<>(record(staff, skill, 3, "SELF"));
        tomorrow.put("assessedOn", today.plusDays(1).toString());
        assertProblem(api.post("/api/skills/records", tomorrow), 400, "assessedOn", "must not be after today");
        assertProblem(api.post("/api/skills/records", record(leaver, skill, 3, "SELF")), 422, "staffId", "LEFT");
        assertThat(api.post("/api/skills/records", record(unknownStaff, skill, 3, "SELF"))
                        .status())
                .isEqualTo(404);
        assertThat(skillRecordsOf(named)).as("nothing written").isEqualTo(before);
    }

    @Test
    void objectivesRefuseTargetDatesInThePastUnknownSkillsAndLevelsOutsideOneToFive() {
        long before = count("objective");
        assertProblem(
                api.post("/api/skills/objectives", staffAtLevel(skill, 3, 10, today.minusDays(1))),
                422,
                "targetDate",
                "must be after today");
        assertProblem(
                api.post("/api/skills/objectives", staffAtLevel(skill, 3, 10, today)),
                422,
                "targetDate",
                "must be after today");
        assertProblem(
                api.post("/api/skills/objectives", staffAtLevel(skill, 3, 10, today.plusYears(11))),
                400,
                "targetDate",
                "within 10 years");
        UUID unknown = UUID.randomUUID();
        assertProblem(
                api.post("/api/skills/objectives", staffAtLevel(unknown, 3, 10, today.plusDays(30))),
                422,
                "skillId",
                "no skill " + unknown);
        assertProblem(
                api.post("/api/skills/objectives", staffAtLevel(skill, 6, 10, today.plusDays(30))),
                400,
                "minimumLevel",
                "less than or equal to 5");
        assertProblem(
                api.post("/api/skills/objectives", staffAtLevel(skill, 3, 0, today.plusDays(30))),
                400,
                "targetCount",
                "greater than or equal to 1");
        Map<String, Object> noSkill = new LinkedHashMap<>(staffAtLevel(skill, 3, 10, today.plusDays(30)));
        noSkill.remove("skillId");
        assertProblem(api.post("/api/skills/objectives", noSkill), 400, "skillId", "is required for a STAFF_AT_LEVEL");
        Map<String, Object> mixed = new LinkedHashMap<>(staffAtLevel(skill, 3, 10, today.plusDays(30)));
        mixed.put("courseId", course);
        assertProblem(
                api.post("/api/skills/objectives", mixed), 400, "courseId", "does not belong to a STAFF_AT_LEVEL");
        Map<String, Object> noKind = new LinkedHashMap<>(staffAtLevel(skill, 3, 10, today.plusDays(30)));
        noKind.remove("kind");
        assertProblem(api.post("/api/skills/objectives", noKind), 400, "kind", "must not be null");

        assertProblem(
                api.post("/api/skills/objectives", rate(course, "1.5", today.minusDays(5), today.plusDays(90))),
                400,
                "targetRate",
                "less than or equal to 1");
        assertProblem(
                api.post("/api/skills/objectives", rate(course, "0", today.minusDays(5), today.plusDays(90))),
                400,
                "targetRate",
                "greater than 0");
        assertProblem(
                api.post("/api/skills/objectives", rate(course, "0.85555", today.minusDays(5), today.plusDays(90))),
                400,
                "targetRate",
                "at most 4 decimals");
        assertProblem(
                api.post("/api/skills/objectives", rate(otherCourse, "0.8", today.minusDays(5), today.plusDays(90))),
                422,
                "courseId",
                "is not a course of alliance " + alliance);
        assertProblem(
                api.post("/api/skills/objectives", rate(course, "0.8", today.plusDays(100), today.plusDays(90))),
                400,
                "periodStart",
                "must not be after targetDate");
        assertProblem(
                api.post("/api/skills/objectives", rate(course, "0.8", today.minusDays(100), today.minusDays(1))),
                422,
                "targetDate",
                "must be after today");
        assertThat(count("objective")).as("nothing written").isEqualTo(before);
    }

    @Test
    void gapsAndRecommendationsNameWhatIsMissingOrWrong() {
        assertProblem(api.get("/api/skills/gaps/staff/" + staff), 400, "allianceId", "is required");
        assertProblem(api.get("/api/skills/gaps/staff/" + staff + "?allianceId=seven"), 400, "allianceId", "UUID");
        assertThat(api.get("/api/skills/gaps/staff/" + UUID.randomUUID() + "?allianceId=" + alliance)
                        .status())
                .isEqualTo(404);
        assertProblem(
                api.get("/api/skills/gaps/staff/" + staff + "?allianceId=" + otherAlliance),
                422,
                "allianceId",
                "is not a member employer of alliance " + otherAlliance);
        assertProblem(api.get("/api/skills/gaps/staff/" + leaver + "?allianceId=" + alliance), 422, "staffId", "LEFT");
        assertProblem(
                api.get("/api/skills/gaps/employers/" + outsider.id() + "?allianceId=" + alliance),
                422,
                "allianceId",
                "is not a member employer");
        assertProblem(
                api.get("/api/skills/recommendations/staff/" + staff + "?allianceId=" + alliance + "&limit=0"),
                400,
                "limit",
                "between 1 and 20");
        assertProblem(
                api.get("/api/skills/recommendations/employers/" + employer.id() + "?allianceId=" + alliance
                        + "&limit=21"),
                400,
                "limit",
                "between 1 and 20");
        Api.Response unknownAlliance = api.get("/api/skills/gaps/alliances/" + UUID.randomUUID());
        assertThat(unknownAlliance.status())
                .as("an alliance nobody announced, even to an admin")
                .isEqualTo(404);
        assertThat(unknownAlliance.raw()).contains("alliance");
        assertThat(api.get("/api/skills/gaps/alliances/" + alliance).status()).isEqualTo(200);
    }

    @Test
    void theSkillsNeedsApiIsDescribedByOpenApi() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").propertyNames())
                .contains(
                        "/api/skills/profiles",
                        "/api/skills/profiles/{id}",
                        "/api/skills/records",
                        "/api/skills/gaps/staff/{staffId}",
                        "/api/skills/gaps/employers/{employerId}",
                        "/api/skills/gaps/alliances/{allianceId}",
                        "/api/skills/recommendations/staff/{staffId}",
                        "/api/skills/recommendations/employers/{employerId}",
                        "/api/skills/objectives",
                        "/api/skills/objectives/{id}");
        assertThat(docs.body()
                        .get("paths")
                        .get("/api/skills/recommendations/staff/{staffId}")
                        .get("get")
                        .get("parameters")
                        .valueStream()
                        .map(p -> p.get("name").asString())
                        .toList())
                .containsExactlyInAnyOrder("staffId", "allianceId", "limit");
    }

    private Map<String, Object> profile(String isco, List<Map<String, Object>> skills) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", alliance);
        body.put("jobRoleIsco", isco);
        if (skills != null) {
            body.put("skills", skills);
        }
        return body;
    }

    private static Map<String, Object> level(UUID skill, int level) {
        return Map.of("skillId", skill, "targetLevel", level);
    }

    private static Map<String, Object> record(UUID staff, UUID skill, int level, String source) {
        return Map.of("staffId", staff, "skillId", skill, "level", level, "source", source);
    }

    private Map<String, Object> staffAtLevel(UUID skill, int level, int count, LocalDate targetDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", alliance);
        body.put("kind", "STAFF_AT_LEVEL");
        body.put("skillId", skill);
        body.put("minimumLevel", level);
        body.put("targetCount", count);
        body.put("targetDate", targetDate.toString());
        return body;
    }

    private Map<String, Object> rate(UUID course, String rate, LocalDate periodStart, LocalDate targetDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", alliance);
        body.put("kind", "COMPLETION_RATE");
        body.put("courseId", course);
        body.put("targetRate", new java.math.BigDecimal(rate));
        body.put("periodStart", periodStart.toString());
        body.put("targetDate", targetDate.toString());
        return body;
    }

    /**
     * The skill records of these staff members: the other classes sharing the context and database may still be
     * turning their completed enrolments into records, so the count is of the staff this test names.
     */
    private long skillRecordsOf(List<UUID> staffIds) {
        return jdbc.sql("select count(*) from skill_record where staff_id in (:staff)")
                .param("staff", staffIds)
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
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
