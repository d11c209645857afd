package org.skillalliance.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.ServiceIT;

/**
 * Strict requests: a query parameter an endpoint does not take, or a filter value no object can have, is a 400
 * problem+json naming it, never silently ignored (a misspelt {@code staus=DRAFT} used to list every course, a
 * lower-case {@code tag=digital} to find nothing, as if there were no such courses). Checked before anything else,
 * so the ids in the paths need not exist.
 */
class StrictQueryIT extends ServiceIT {

    @Test
    void everyGetWithQueryParametersRefusesOneItDoesNotTake() {
        UUID id = UUID.randomUUID();
        List<String> gets = List.of(
                "/api/skills?q=weld",
                "/api/courses?status=PUBLISHED",
                "/api/cohorts?status=OPEN",
                "/api/enrolments?status=CONFIRMED",
                "/api/skills/profiles?scope=STANDARD",
                "/api/skills/records?staffId=" + id,
                "/api/skills/objectives?allianceId=" + id,
                "/api/skills/gaps/staff/" + id + "?allianceId=" + id,
                "/api/skills/gaps/employers/" + id + "?allianceId=" + id,
                "/api/skills/recommendations/staff/" + id + "?allianceId=" + id + "&limit=3",
                "/api/skills/recommendations/employers/" + id + "?allianceId=" + id + "&limit=3",
                "/api/cohorts/" + id + "/quote?employerId=" + id,
                "/api/follow-ups?status=DUE");
        for (String get : gets) {
            assertUnknownParameter(api.get(get + "&staus=DRAFT"), "staus");
        }
        // one that takes no query parameters at all
        Api.Response none = api.get("/api/courses/" + id + "?expand=skills");
        assertUnknownParameter(none, "expand");
        assertThat(none.raw()).contains("which takes none");
        // several unknown ones are all named
        Api.Response two = api.get("/api/courses?k=5&sort=title");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body().get("errors"))
                .extracting(error -> error.get("field").asString())
                .containsExactly("k", "sort");
    }

    @Test
    void theParametersAnEndpointTakesStillWork() {
        assertThat(api.get("/api/courses?status=PUBLISHED&page=0&size=5").status())
                .isEqualTo(200);
        assertThat(api.get("/api/skills?q=weld&category=DIGITAL").status()).isEqualTo(200);
        assertThat(api.get("/api/skills/profiles?jobRoleIsco=7223&scope=STANDARD")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/courses?tag=DIGITAL").status()).isEqualTo(200);
    }

    @Test
    void aFilterValueNoObjectCanHaveIsRefused() {
        Api.Response tag = api.get("/api/courses?tag=digital");
        assertThat(tag.status()).as(tag.toString()).isEqualTo(400);
        assertThat(tag.body().get("errors").get(0).get("field").asString()).isEqualTo("tag");
        assertThat(tag.raw()).contains("upper-case tag");
        Api.Response isco = api.get("/api/skills/profiles?jobRoleIsco=7299");
        assertThat(isco.status()).as(isco.toString()).isEqualTo(400);
        assertThat(isco.body().get("errors").get(0).get("field").asString()).isEqualTo("jobRoleIsco");
        assertThat(isco.raw()).contains("'7299' is not an ISCO-08 group");
        Api.Response status = api.get("/api/enrolments?status=BOOKED");
        assertThat(status.status()).as(status.toString()).isEqualTo(400);
        assertThat(status.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    private static void assertUnknownParameter(Api.Response response, String name) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().get("errors")).as(response.toString()).hasSize(1);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(name);
        assertThat(response.body().get("errors").get(0).get("reason").asString())
                .startsWith("is not a parameter of this request");
    }
}
