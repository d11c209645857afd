package org.skillalliance.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.CohortSpec;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.Enrolment;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser journeys start from, prepared through the public API as the people concerned would, on top of the
 * demo: the logins of each role and the ids of the objects each journey opens.
 * <ul>
 * <li>member-admin (Feinwerk's HR lead): a new open cohort of a published course with exactly two seats, and another
 * employer's staff member (to open by URL and be told "not found");</li>
 * <li>coordinator: an employer that applied to the alliance and waits to be admitted; a published course to schedule
 * a cohort of;</li>
 * <li>provider: a running cohort of its own course holding two of Feinwerk's staff, the demo learner among them, whose
 * outcomes it records (Feinwerk's award covers the seats, so the outcomes give the funder a claim to decide);</li>
 * <li>learner: the other person's enrolment in that cohort, which the learner must not see.</li>
 * </ul>
 *
 * @param users  realm role to its demo login (username and password)
 * @param values named ids and texts the journeys read ({@code data(...)})
 */
record JourneyData(Map<String, Map<String, String>> users, Map<String, String> values) {

    /** The demo's HR lead of its first employer (Feinwerk), whose staff and seats the journeys use. */
    static final String MEMBER_ADMIN = "hr-feinwerk";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JourneyData prepare(AllianceApi api, DemoSummary demo) {
        Map<String, Map<String, String>> users = new LinkedHashMap<>();
        Map<String, Session> sessions = new LinkedHashMap<>();
        for (DemoSummary.DemoUser user : demo.users()) {
            boolean wanted = user.role().equals("member-admin")
                    ? user.username().equals(MEMBER_ADMIN)
                    : !users.containsKey(user.role());
            if (wanted) {
                users.put(user.role(), Map.of("username", user.username(), "password", user.password()));
                sessions.put(user.role(), api.login(user.username(), user.password()));
            }
        }
        assertThat(users)
                .as("the demo's logins")
                .containsKeys("member-admin", "coordinator", "provider", "funder", "learner", "alliance-admin");
        Session admin = sessions.get("alliance-admin");
        Session coordinator = sessions.get("coordinator");
        Session hr = sessions.get("member-admin");
        Session provider = sessions.get("provider");

        Map<String, String> values = new LinkedHashMap<>();
        // what a journey creates carries this run's mark (emails, names), so that the journeys may run again
        String run = UUID.randomUUID().toString().substring(0, 6);
        values.put("run", run);
        UUID allianceId = admin.findAlliance(demo.allianceName()).orElseThrow();
        UUID employerId = claim(hr, "org_id");
        UUID providerId = claim(provider, "org_id");
        UUID associationId = claim(coordinator, "org_id");
        UUID learnerStaffId = claim(sessions.get("learner"), "staff_id");
        values.put("allianceId", allianceId.toString());
        values.put("allianceName", demo.allianceName());
        values.put("programmeId", demo.programmeId().toString());
        values.put("programmeName", demo.programmeName());
        values.put("employerId", employerId.toString());

        LocalDate today = LocalDate.now();
        CohortSpec.Cost perSeat = new CohortSpec.Cost("PER_SEAT", 45_000, "EUR");

        // member-admin: a new open cohort of a published course with exactly two seats
        JsonNode anyCourse = coordinator
                .all("/api/courses?allianceId=" + allianceId + "&status=PUBLISHED")
                .getFirst();
        UUID twoSeats = coordinator.scheduleCohort(CohortSpec.of(
                uuid(anyCourse, "id"),
                associationId,
                today.plusDays(40),
                today.plusDays(42),
                today,
                today.plusDays(30),
                2,
                1,
                null,
                perSeat));
        coordinator.openCohort(twoSeats);
        values.put("twoSeatCohortId", twoSeats.toString());
        values.put("twoSeatCourseId", uuid(anyCourse, "id").toString());
        values.put("twoSeatCourseTitle", anyCourse.path("title").asString());
        JsonNode otherStaff = admin.all("/api/staff").stream()
                .filter(staff -> !employerId.equals(uuid(staff, "employerId")))
                .findFirst()
                .orElseThrow();
        values.put("otherTenantStaffId", uuid(otherStaff, "id").toString());

        // coordinator: an employer waiting to be admitted, a course to schedule a cohort of
        String applicant = "Bergstrasse Fraeswerk " + run + " GmbH";
        UUID applicantId =
                admin.registerOrganisation(OrganisationSpec.employer(applicant, "HRB 77-" + run, "DE71", "C25.62", 27));
        admin.applyForMembership(allianceId, applicantId, "MEMBER_EMPLOYER");
        values.put("applicantName", applicant);
        values.put("applicantId", applicantId.toString());
        values.put("courseToScheduleTitle", anyCourse.path("title").asString());

        // provider: a running cohort of its own course with the learner's seat and a colleague's
        JsonNode ownCourse = provider.all("/api/courses?providerId=" + providerId + "&status=PUBLISHED")
                .getFirst();
        UUID running = coordinator.scheduleCohort(CohortSpec.of(
                uuid(ownCourse, "id"), associationId, today, today.plusDays(2), today, today, 4, 1, null, perSeat));
        coordinator.openCohort(running);
        UUID colleague = hr.all("/api/staff?employerId=" + employerId + "&status=ACTIVE").stream()
                .map(staff -> uuid(staff, "id"))
                .filter(id -> !id.equals(learnerStaffId))
                .findFirst()
                .orElseThrow();
        Enrolment learnersSeat = hr.enrol(running, employerId, learnerStaffId);
        Enrolment colleaguesSeat = hr.enrol(running, employerId, colleague);
        assertThat(List.of(learnersSeat.status(), colleaguesSeat.status())).containsOnly("CONFIRMED");
        coordinator.startCohort(running);
        values.put("runningCohortId", running.toString());
        values.put("runningCourseTitle", ownCourse.path("title").asString());
        values.put("learnerEnrolmentId", learnersSeat.id().toString());
        values.put("colleagueEnrolmentId", colleaguesSeat.id().toString());
        return new JourneyData(users, values);
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asString());
    }

    /** A claim of the person's access token (the gateway and services read the same). */
    private static UUID claim(Session session, String name) {
        String payload = session.accessToken().split("\\.")[1];
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        assertThat(claims.path(name).isString())
                .as("%s's token has a %s claim", session.username(), name)
                .isTrue();
        return UUID.fromString(claims.path(name).asString());
    }
}
