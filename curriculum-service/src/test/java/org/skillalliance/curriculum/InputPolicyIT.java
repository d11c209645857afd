package org.skillalliance.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.ServiceIT;

/**
 * web-support's input policy (docs/api.md, "Input policy") through the real curriculum-service. Before it, a NUL in
 * {@code ?q=} or {@code ?tag=} or in a course's title reached PostgreSQL (500), and a cohort cost of Long.MAX_VALUE
 * minor units was stored, after which its cost shares and quote failed for good.
 */
class InputPolicyIT extends ServiceIT {

    private UUID alliance;

    @BeforeAll
    void alliance() {
        wire();
        alliance = members.alliance("Input policy alliance");
        members.awaitConsumed();
    }

    @Test
    void aNulInASearchOrFilterValueIsRefusedNamingTheParameter() {
        assertRefused(api.get("/api/skills?q=a%00b"), "q", "contains a control character (U+0000)");
        assertRefused(api.get("/api/courses?tag=%00"), "tag", "contains a control character (U+0000)");
        assertRefused(api.get("/api/courses?q=weld%0Aing"), "q", "contains a control character (U+000A)");
        assertThat(api.get("/api/skills?q=M%C3%BCller").status()).isEqualTo(200);
    }

    @Test
    void aNulInARevisedCourseIsRefusedAndTheCourseIsUnchanged() {
        UUID alliance = UUID.randomUUID();
        Api.Response drafted = curriculum.course(alliance).draft();
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);

        Api.Response revised = api.put(
                "/api/courses/" + drafted.id(),
                curriculum
                        .course(alliance)
                        .with("code", drafted.text("code"))
                        .with("providerId", drafted.text("providerId"))
                        .with("title", "CNC\u0000milling")
                        .body());

        assertRefused(revised, "title", "contains a control character (U+0000)");
        assertThat(api.get("/api/courses/" + drafted.id()).text("title")).isEqualTo(drafted.text("title"));

        Api.Response description = api.put(
                "/api/courses/" + drafted.id(),
                curriculum
                        .course(alliance)
                        .with("code", drafted.text("code"))
                        .with("providerId", drafted.text("providerId"))
                        .with("description", "Line one\nline two\tindented")
                        .body());
        assertThat(description.status()).as(description.toString()).isEqualTo(200);
    }

    @Test
    void aCohortCostAboveTenToTheThirteenthMinorUnitsIsRefusedBeforeAnythingIsStored() {
        UUID course = curriculum.publishedCourse(alliance);
        long before = cohorts();

        Api.Response refused = curriculum
                .cohort(course)
                .with("cost", Map.of("pricing", "PER_SEAT", "amountMinor", Long.MAX_VALUE, "currency", "EUR"))
                .schedule();

        assertRefused(
                refused, "cost.amountMinor", "must be a whole number of minor units from 0 to 10000000000000 (10^13)");
        assertRefused(
                curriculum
                        .cohort(course)
                        .with("cost", Map.of("pricing", "TOTAL", "amountMinor", 10_000_000_000_001L, "currency", "EUR"))
                        .schedule(),
                "cost.amountMinor",
                "must be a whole number of minor units from 0 to 10000000000000 (10^13)");
        assertThat(cohorts()).isEqualTo(before);

        Api.Response atTheBound = curriculum
                .cohort(course)
                .with("cost", Map.of("pricing", "PER_SEAT", "amountMinor", 10_000_000_000_000L, "currency", "EUR"))
                .schedule();
        assertThat(atTheBound.status()).as(atTheBound.toString()).isEqualTo(201);
    }

    @Test
    void aCapacityGivenAsTextOrFractionIsNotCoerced() {
        UUID course = curriculum.publishedCourse(UUID.randomUUID());
        Api.Response text = curriculum.cohort(course).with("capacity", "7").schedule();
        assertThat(text.status()).as(text.toString()).isEqualTo(400);
        assertThat(text.body().get("errors").get(0).get("field").asString()).isEqualTo("capacity");
        Api.Response fraction = curriculum.cohort(course).with("capacity", 5.9).schedule();
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);
        assertThat(fraction.raw()).contains("'5.9' is not a whole number");
    }

    private long cohorts() {
        return jdbc.sql("select count(*) from cohort").query(Long.class).single();
    }

    private static void assertRefused(Api.Response response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().get("type").asString()).isEqualTo("https://skillalliance.org/problems/validation");
        assertThat(response.body().get("errors").get(0).get("field").asString())
                .as(response.toString())
                .isEqualTo(field);
        assertThat(response.body().get("errors").get(0).get("reason").asString())
                .as(response.toString())
                .isEqualTo(reason);
    }
}
