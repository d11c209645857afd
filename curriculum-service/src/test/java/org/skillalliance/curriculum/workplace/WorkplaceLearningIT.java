package org.skillalliance.curriculum.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.curriculum.support.Problems.assertProblem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.Callers;
import tools.jackson.databind.JsonNode;

/**
 * Learning at work through the HTTP API with real tokens, as HR (the employer's member-admin), the mentor and the
 * learner (learners linked to their staff records): plans, sessions, sign-off and its effects (skill record, gap,
 * objective, the event in the outbox and on the topic), workshops, refusals that write nothing, and tenancy.
 */
class WorkplaceLearningIT extends ServiceIT {

    static final LocalDate TODAY = LocalDate.now();

    UUID alliance, otherAlliance, skill, learner, mentor, bystander;
    MemberEvents.Employer employer, otherEmployer;
    UUID otherStaff;
    Api hr, otherHr, asMentor, asLearner, asBystander, provider;

    @BeforeAll
    void world() {
        wire();
        alliance = members.alliance("Workplace alliance");
        otherAlliance = members.alliance("Another alliance");
        employer = members.activeEmployer(alliance);
        otherEmployer = members.activeEmployer(alliance);
        learner = members.staff(employer);
        mentor = members.staff(employer);
        bystander = members.staff(employer);
        otherStaff = members.staff(otherEmployer);
        members.awaitConsumed();
        skill = curriculum.skill();
        hr = api.as(Callers.person("member-admin", employer.id()));
        otherHr = api.as(Callers.person("member-admin", otherEmployer.id()));
        asMentor = api.as(Callers.learner(employer.id(), mentor));
        asLearner = api.as(Callers.learner(employer.id(), learner));
        asBystander = api.as(Callers.learner(employer.id(), bystander));
        provider = api.as(Callers.person("provider", UUID.randomUUID()));
    }

    @Test
    void aSignOffByTheMentorRaisesTheRecordClosesTheGapMovesTheObjectiveAndAnnouncesItOnce() {
        Api.Response profile = api.post(
                "/api/skills/profiles",
                Map.of(
                        "allianceId",
                        alliance,
                        "jobRoleIsco",
                        "7223",
                        "skills",
                        List.of(Map.of("skillId", skill, "targetLevel", 3))));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(201);
        Api.Response objective = api.post(
                "/api/skills/objectives",
                Map.of(
                        "allianceId",
                        alliance,
                        "kind",
                        "STAFF_AT_LEVEL",
                        "skillId",
                        skill,
                        "minimumLevel",
                        3,
                        "targetCount",
                        10,
                        "targetDate",
                        TODAY.plusDays(90).toString()));
        assertThat(objective.status()).as(objective.toString()).isEqualTo(201);
        int atLevelBefore = progress(objective.id());
        assertThat(gap(learner)).isEqualTo(3);

        Api.Response planned = hr.post("/api/workplace-learning", plan(learner, mentor));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        UUID id = planned.id();
        assertThat(planned.text("status")).isEqualTo("PLANNED");
        assertThat(planned.text("skillName")).startsWith("Skill ");
        assertThat(planned.body().get("credentialAvailable").asBoolean()).isFalse();
        assertThat(planned.body().get("levelReached").isNull()).isTrue();

        // HR and the mentor log four sessions; the learner reads but may not log
        assertThat(session(hr, id, TODAY.minusDays(20), "2.5").status()).isEqualTo(201);
        Api.Response byMentor = session(asMentor, id, TODAY.minusDays(25), "3.25");
        assertThat(byMentor.status()).as(byMentor.toString()).isEqualTo(201);
        assertThat(byMentor.text("loggedBy")).isEqualTo("MENTOR");
        assertThat(session(asMentor, id, TODAY.minusDays(2), "1.75").status()).isEqualTo(201);
        assertThat(session(hr, id, TODAY, "4").status()).isEqualTo(201);
        Api.Response byLearner = session(asLearner, id, TODAY, "1");
        assertProblem(byLearner, 403, null, "the learner reads it");
        assertThat(hr.get("/api/workplace-learning/" + id).text("status")).isEqualTo("IN_PROGRESS");
        JsonNode sessions =
                asLearner.get("/api/workplace-learning/" + id + "/sessions").body();
        assertThat(sessions).hasSize(4);
        assertThat(sessions.get(0).get("date").asString())
                .isEqualTo(TODAY.minusDays(25).toString());
        assertThat(sessions.get(0).get("loggedBy").asString()).isEqualTo("MENTOR");
        assertThat(gap(learner)).as("no level before the sign-off").isEqualTo(3);
        assertThat(asLearner
                        .post("/api/workplace-learning/" + id + "/sign-off", signOff(3))
                        .status())
                .isEqualTo(403);

        Api.Response signed = asMentor.post("/api/workplace-learning/" + id + "/sign-off", signOff(3));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.text("status")).isEqualTo("SIGNED_OFF");
        assertThat(signed.text("signedOffBy")).isEqualTo("MENTOR");
        assertThat(signed.text("signedOffOn")).isEqualTo(TODAY.toString());
        assertThat(signed.body().get("levelReached").asInt()).isEqualTo(3);
        assertThat(signed.body().get("loggedHours").decimalValue()).isEqualByComparingTo("11.50");
        assertThat(signed.body().get("sessions").asInt()).isEqualTo(4);
        assertThat(signed.body().get("credentialAvailable").asBoolean()).isTrue();
        assertThat(signed.text("evidence")).isEqualTo("Set up and ran the mill alone");

        // the record (source ON_THE_JOB, counting), the gap closed, the objective moved
        JsonNode records = hr.get("/api/skills/records?source=ON_THE_JOB&staffId=" + learner)
                .body()
                .get("items");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("level").asInt()).isEqualTo(3);
        assertThat(records.get(0).get("assessedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(records.get(0).get("counts").asBoolean()).isTrue();
        assertThat(gap(learner)).isZero();
        assertThat(progress(objective.id())).isEqualTo(atLevelBefore + 1);

        // one event in the outbox, with the exact hours, and on the topic
        assertThat(outboxed(id)).isEqualTo(1);
        EventEnvelope event = awaitEvent(id, EventTypes.WORKPLACE_LEARNING_SIGNED_OFF);
        JsonNode payload = event.payload();
        assertThat(payload.get("kind").asString()).isEqualTo("ON_THE_JOB");
        assertThat(payload.get("staffId").asString()).isEqualTo(learner.toString());
        assertThat(payload.get("employerId").asString()).isEqualTo(employer.id().toString());
        assertThat(payload.get("allianceId").asString()).isEqualTo(alliance.toString());
        assertThat(payload.get("levelReached").asInt()).isEqualTo(3);
        assertThat(payload.get("loggedHours").decimalValue()).isEqualByComparingTo("11.50");
        assertThat(payload.get("loggedHours").decimalValue().scale()).isEqualTo(2);
        assertThat(payload.get("sessions").asInt()).isEqualTo(4);
        assertThat(payload.get("startedOn").asString())
                .isEqualTo(TODAY.minusDays(25).toString());
        assertThat(payload.get("signedOffOn").asString()).isEqualTo(TODAY.toString());
        assertThat(payload.get("category").asString()).isEqualTo("DIGITAL");
        assertThat(payload.toString()).doesNotContain("mill");

        // final: no second sign-off, no more sessions, nothing written
        assertProblem(
                hr.post("/api/workplace-learning/" + id + "/sign-off", signOff(4)),
                409,
                "id",
                "signed off on " + TODAY);
        assertProblem(session(hr, id, TODAY, "1"), 409, "id", "signed off on " + TODAY);
        assertThat(hr.get("/api/workplace-learning/" + id + "/sessions").body()).hasSize(4);
        assertThat(outboxed(id)).isEqualTo(1);
        assertThat(hr.get("/api/workplace-learning/" + id)
                        .body()
                        .get("levelReached")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndWriteNothing() {
        long before = count("workplace_learning");
        assertProblem(
                hr.post("/api/workplace-learning", with(plan(learner, mentor), "kind", "WORKSHOP")),
                400,
                "kind",
                "/api/workshops");
        assertProblem(
                hr.post("/api/workplace-learning", with(plan(learner, mentor), "targetLevel", 6)),
                400,
                "targetLevel",
                "between 1 and 5");
        assertProblem(
                hr.post("/api/workplace-learning", with(plan(learner, mentor), "plannedHours", 2.555)),
                400,
                "plannedHours",
                "2 decimals");
        assertProblem(
                hr.post("/api/workplace-learning", with(plan(learner, mentor), "plannedHours", 2000.01)),
                400,
                "plannedHours",
                "at most 2000");
        assertProblem(
                hr.post(
                        "/api/workplace-learning",
                        with(
                                plan(learner, mentor),
                                "endsOn",
                                TODAY.minusDays(31).toString())),
                400,
                "endsOn",
                "not be before");
        assertProblem(
                hr.post(
                        "/api/workplace-learning",
                        with(plan(learner, mentor), "endsOn", TODAY.plusYears(3).toString())),
                400,
                "endsOn",
                "2 years");
        assertProblem(
                hr.post("/api/workplace-learning", plan(learner, learner)),
                422,
                "mentorStaffId",
                "another staff member");
        assertProblem(
                hr.post("/api/workplace-learning", plan(otherStaff, mentor)),
                422,
                "staffId",
                "is not staff of employer");
        assertProblem(
                hr.post("/api/workplace-learning", plan(learner, otherStaff)),
                422,
                "mentorStaffId",
                "is not staff of employer");
        assertProblem(
                hr.post("/api/workplace-learning", with(plan(learner, mentor), "allianceId", otherAlliance)),
                422,
                "allianceId",
                "not an active member employer");
        assertProblem(
                hr.post("/api/workplace-learning", with(plan(learner, mentor), "skillId", UUID.randomUUID())),
                422,
                "skillId",
                "catalogue");
        assertProblem(
                hr.post("/api/workplace-learning?dryRun=true", plan(learner, mentor)),
                400,
                "dryRun",
                "not a parameter");
        assertThat(provider.post("/api/workplace-learning", plan(learner, mentor))
                        .status())
                .isEqualTo(403);
        assertThat(asMentor.post("/api/workplace-learning", plan(learner, mentor))
                        .status())
                .isEqualTo(403);
        assertThat(count("workplace_learning")).isEqualTo(before);

        UUID id = hr.post("/api/workplace-learning", plan(learner, mentor)).id();
        long sessions = count("workplace_learning_session");
        assertProblem(
                session(hr, id, TODAY.minusDays(31), "1"),
                422,
                "date",
                TODAY.minusDays(30) + " to " + TODAY.plusDays(30));
        assertProblem(session(hr, id, TODAY.plusDays(1), "1"), 422, "date", "after today");
        assertProblem(session(hr, id, TODAY, "12.5"), 400, "hours", "at most 12");
        assertProblem(session(hr, id, TODAY, "0"), 400, "hours", "more than 0");
        assertProblem(session(hr, id, TODAY, "1.005"), 400, "hours", "2 decimals");
        assertProblem(
                hr.post(
                        "/api/workplace-learning/" + id + "/sessions",
                        Map.of("date", TODAY.toString(), "hours", 1, "practised", "   ")),
                400,
                "practised",
                "after trimming");
        assertProblem(hr.post("/api/workplace-learning/" + id + "/sign-off", signOff(3)), 422, "id", "no session");
        assertProblem(
                hr.post("/api/workplace-learning/" + id + "/sign-off", signOff(0)),
                400,
                "levelReached",
                "between 1 and 5");
        assertProblem(
                hr.post(
                        "/api/workplace-learning/" + id + "/sign-off",
                        Map.of("levelReached", 3, "evidence", "x".repeat(2001))),
                400,
                "evidence",
                "1 to 2000");
        assertThat(count("workplace_learning_session")).isEqualTo(sessions);
        assertThat(hr.get("/api/workplace-learning/" + id).text("status")).isEqualTo("PLANNED");
        assertThat(outboxed(id)).isZero();
    }

    @Test
    void eachCallerSeesOnlyThePlansItMayAndAnotherEmployersAnswerAsUnknown() {
        UUID mentoring = hr.post("/api/workplace-learning", with(plan(learner, mentor), "kind", "MENTORING"))
                .id();
        UUID other =
                api.post("/api/workplace-learning", plan(bystander, learner)).id();
        Api.Response byOtherHr = otherHr.get("/api/workplace-learning/" + mentoring);
        Api.Response unknown = otherHr.get("/api/workplace-learning/" + UUID.randomUUID());
        assertThat(byOtherHr.status()).isEqualTo(404);
        assertThat(byOtherHr.raw().replaceAll("[0-9a-f-]{36}", "<id>"))
                .isEqualTo(unknown.raw().replaceAll("[0-9a-f-]{36}", "<id>"));
        assertThat(ids(otherHr.get("/api/workplace-learning?size=100"))).doesNotContain(mentoring.toString());
        assertThat(otherHr.post("/api/workplace-learning/" + mentoring + "/sessions", sessionBody(TODAY, "1"))
                        .status())
                .isEqualTo(404);
        assertThat(provider.get("/api/workplace-learning/" + mentoring).status())
                .isEqualTo(403);
        assertThat(provider.get("/api/workplace-learning").status()).isEqualTo(403);

        // the bystander neither learns nor mentors in it: it does not exist for them
        assertThat(asBystander.get("/api/workplace-learning/" + mentoring).status())
                .isEqualTo(404);
        assertThat(asBystander
                        .post("/api/workplace-learning/" + mentoring + "/sessions", sessionBody(TODAY, "1"))
                        .status())
                .isEqualTo(404);
        // the learner sees the plans they learn in and those they mentor
        List<String> learners = ids(asLearner.get("/api/workplace-learning?kind=MENTORING&size=100"));
        assertThat(learners).contains(mentoring.toString()).doesNotContain(other.toString());
        assertThat(ids(asLearner.get("/api/workplace-learning?size=100")))
                .contains(mentoring.toString(), other.toString());
        assertThat(ids(asBystander.get("/api/workplace-learning?size=100")))
                .contains(other.toString())
                .doesNotContain(mentoring.toString());
        // filters: by staff and status, ordered by startsOn descending
        assertThat(ids(hr.get("/api/workplace-learning?staffId=" + bystander + "&status=PLANNED&size=100")))
                .containsExactly(other.toString());
        assertProblem(hr.get("/api/workplace-learning?state=PLANNED"), 400, "state", "not a parameter");
        // the learner of a plan (not its mentor) may log for the plan they mentor
        Api.Response mentorsOwn = session(asLearner, other, TODAY, "1.5");
        assertThat(mentorsOwn.status()).as(mentorsOwn.toString()).isEqualTo(201);
        assertThat(mentorsOwn.text("loggedBy")).isEqualTo("MENTOR");
        assertThat(session(asBystander, other, TODAY, "1").status()).isEqualTo(403);
    }

    @Test
    void aWorkshopsCompletedParticipantIsSignedOffOnceAndTheOthersAreNot() {
        Map<String, Object> body = workshop(TODAY.minusDays(1), List.of(bystander, mentor, learner));
        Api.Response created = hr.post("/api/workshops", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = created.id();
        assertThat(created.body().get("participants")).hasSize(3);
        assertThat(created.body().get("participants").get(0).get("outcome").isNull())
                .isTrue();
        String outcome = "/api/workshops/" + id + "/participants/";

        assertProblem(
                hr.put(outcome + bystander + "/outcome", Map.of("outcome", "COMPLETED", "attendedHours", 3.5)),
                400,
                "levelReached",
                "between 1 and 5");
        assertProblem(
                hr.put(
                        outcome + bystander + "/outcome",
                        Map.of("outcome", "COMPLETED", "attendedHours", 7.75, "levelReached", 2)),
                400,
                "attendedHours",
                "at most 7.50");
        assertProblem(
                hr.put(outcome + mentor + "/outcome", Map.of("outcome", "NO_SHOW", "attendedHours", 1)),
                400,
                "attendedHours",
                "0 for NO_SHOW");
        assertProblem(
                hr.put(
                        outcome + mentor + "/outcome",
                        Map.of("outcome", "NOT_COMPLETED", "attendedHours", 1, "levelReached", 2)),
                400,
                "levelReached",
                "COMPLETED only");
        assertThat(otherHr.put(outcome + bystander + "/outcome", completed()).status())
                .isEqualTo(404);
        assertThat(hr.put(outcome + otherStaff + "/outcome", completed()).status())
                .isEqualTo(404);
        assertThat(outboxed(id)).isZero();

        Api.Response recorded = hr.put(outcome + bystander + "/outcome", completed());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonNode first = recorded.body().get("participants").get(0);
        assertThat(first.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("attendedHours").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(first.get("levelReached").asInt()).isEqualTo(2);
        assertThat(first.get("recordedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(hr.put(outcome + mentor + "/outcome", Map.of("outcome", "NO_SHOW"))
                        .status())
                .isEqualTo(200);
        assertProblem(hr.put(outcome + bystander + "/outcome", completed()), 409, "staffId", "recorded on " + TODAY);

        JsonNode records = hr.get("/api/skills/records?source=ON_THE_JOB&staffId=" + bystander + "&skillId=" + skill)
                .body()
                .get("items");
        assertThat(records).anySatisfy(r -> assertThat(r.get("level").asInt()).isEqualTo(2));
        assertThat(hr.get("/api/skills/records?source=ON_THE_JOB&staffId=" + mentor)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(outboxed(id)).isEqualTo(1);
        JsonNode payload =
                awaitEvent(id, EventTypes.WORKPLACE_LEARNING_SIGNED_OFF).payload();
        assertThat(payload.get("kind").asString()).isEqualTo("WORKSHOP");
        assertThat(payload.get("learningId").asString()).isEqualTo(id.toString());
        assertThat(payload.get("loggedHours").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(payload.get("sessions").asInt()).isEqualTo(1);
        assertThat(payload.get("startedOn").asString())
                .isEqualTo(TODAY.minusDays(1).toString());
        assertThat(payload.get("signedOffOn").asString()).isEqualTo(TODAY.toString());

        // a workshop still to come takes no outcome; bad workshops are refused, nothing written
        UUID coming = hr.post("/api/workshops", workshop(TODAY.plusDays(3), List.of(bystander)))
                .id();
        assertProblem(
                hr.put("/api/workshops/" + coming + "/participants/" + bystander + "/outcome", completed()),
                422,
                "heldOn",
                "held on " + TODAY.plusDays(3));
        long before = count("workshop");
        assertProblem(
                hr.post("/api/workshops", workshop(TODAY, List.of(bystander, bystander))),
                400,
                "participants[1]",
                "listed twice");
        assertProblem(
                hr.post("/api/workshops", workshop(TODAY, List.of(bystander, otherStaff))),
                422,
                "participants[1]",
                "is not staff of employer");
        assertProblem(
                hr.post("/api/workshops", with(workshop(TODAY, List.of(bystander)), "hours", 40.5)),
                400,
                "hours",
                "at most 40");
        assertProblem(
                hr.post("/api/workshops", with(workshop(TODAY, List.of(bystander)), "title", " ")),
                400,
                "title",
                "after trimming");
        assertProblem(hr.post("/api/workshops", workshop(TODAY, List.of())), 400, "participants", "1 to 200");
        assertThat(asLearner
                        .post("/api/workshops", workshop(TODAY, List.of(bystander)))
                        .status())
                .isEqualTo(403);
        assertThat(count("workshop")).isEqualTo(before);

        // tenancy: the employer's own list and item; another employer's HR: 404 and not listed; learners: 403
        assertThat(ids(hr.get("/api/workshops?size=100"))).contains(id.toString(), coming.toString());
        assertThat(ids(otherHr.get("/api/workshops?size=100"))).doesNotContain(id.toString());
        assertThat(otherHr.get("/api/workshops/" + id).status()).isEqualTo(404);
        assertThat(asLearner.get("/api/workshops/" + id).status()).isEqualTo(403);
        assertThat(hr.get("/api/workshops/" + id)
                        .body()
                        .get("participants")
                        .get(1)
                        .get("outcome")
                        .asString())
                .isEqualTo("NO_SHOW");
    }

    @Test
    void anErasedStaffMemberIsNotSignedOffAndNothingIsWritten() {
        UUID leaver = members.staff(employer);
        members.awaitConsumed();
        UUID id = hr.post("/api/workplace-learning", plan(leaver, mentor)).id();
        assertThat(session(hr, id, TODAY, "2").status()).isEqualTo(201);
        members.erased(leaver, employer);
        members.awaitConsumed();

        assertProblem(
                asMentor.post("/api/workplace-learning/" + id + "/sign-off", signOff(3)), 422, "staffId", "was erased");
        assertThat(hr.get("/api/workplace-learning/" + id).text("status")).isEqualTo("IN_PROGRESS");
        assertThat(api.get("/api/skills/records?staffId=" + leaver)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(outboxed(id)).isZero();
    }

    @Test
    void skillRecordsRefuseOnTheJobAsAManualSource() {
        assertProblem(
                hr.post(
                        "/api/skills/records",
                        Map.of("staffId", learner, "skillId", skill, "level", 2, "source", "ON_THE_JOB")),
                400,
                "source",
                "signed-off learning at work");
    }

    private Map<String, Object> plan(UUID staff, UUID mentorStaff) {
        return Curriculum.workplacePlan(alliance, staff, skill, mentorStaff);
    }

    private Map<String, Object> workshop(LocalDate heldOn, List<UUID> participants) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", alliance);
        body.put("title", "Lockout-tagout on line 2");
        body.put("skillId", skill);
        body.put("targetLevel", 2);
        body.put("heldOn", heldOn.toString());
        body.put("hours", 7.5);
        body.put("participants", participants);
        return body;
    }

    private static Map<String, Object> completed() {
        return Map.of("outcome", "COMPLETED", "attendedHours", 6.25, "levelReached", 2);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> signOff(int level) {
        return Map.of("levelReached", level, "evidence", "  Set up and ran the mill alone ");
    }

    private static Map<String, Object> sessionBody(LocalDate date, String hours) {
        return Map.of("date", date.toString(), "hours", new java.math.BigDecimal(hours), "practised", "Tool change");
    }

    private static Api.Response session(Api caller, UUID id, LocalDate date, String hours) {
        return caller.post("/api/workplace-learning/" + id + "/sessions", sessionBody(date, hours));
    }

    private int gap(UUID staff) {
        Api.Response gaps = api.get("/api/skills/gaps/staff/" + staff + "?allianceId=" + alliance);
        assertThat(gaps.status()).as(gaps.toString()).isEqualTo(200);
        return gaps.body().get("totalGap").asInt();
    }

    private int progress(UUID objective) {
        return api.get("/api/skills/objectives/" + objective)
                .body()
                .get("progress")
                .get("current")
                .asInt();
    }

    private long outboxed(UUID learningId) {
        return jdbc.sql("select count(*) from outbox_event where event_type = :type and aggregate_id = :id")
                .param("type", EventTypes.WORKPLACE_LEARNING_SIGNED_OFF)
                .param("id", learningId.toString())
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        response.body().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
