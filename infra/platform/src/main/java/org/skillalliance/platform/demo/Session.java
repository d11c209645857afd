package org.skillalliance.platform.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One person's use of the public API through the gateway, with their own tokens (see {@link AllianceApi#login}).
 *
 * <p>The raw calls ({@link #get}, {@link #post}, ...) return whatever came back; the typed calls check the status the
 * API documents for success and throw {@link ApiCallFailed} with the problem+json body otherwise.
 */
public final class Session {

    private final AllianceApi api;
    private final AllianceApi.Tokens tokens;

    Session(AllianceApi api, AllianceApi.Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    public String username() {
        return tokens.username();
    }

    /** The current access token (renewed when it is about to expire). */
    public String accessToken() {
        return tokens.accessToken();
    }

    // ---------------------------------------------------------------------------------------------------- raw calls

    public ApiResponse get(String path) {
        return api.send("GET", path, tokens.accessToken(), null, null);
    }

    /** GET with further request headers, such as {@code If-None-Match} or {@code Accept}. */
    public ApiResponse get(String path, Map<String, String> headers) {
        return api.send("GET", path, tokens.accessToken(), null, null, headers);
    }

    public ApiResponse post(String path, Object body) {
        return api.send("POST", path, tokens.accessToken(), "application/json", AllianceApi.json(body));
    }

    public ApiResponse post(String path) {
        return api.send("POST", path, tokens.accessToken(), null, null);
    }

    public ApiResponse put(String path, Object body) {
        return api.send("PUT", path, tokens.accessToken(), "application/json", AllianceApi.json(body));
    }

    public ApiResponse delete(String path) {
        return api.send("DELETE", path, tokens.accessToken(), null, null);
    }

    /** Uploads a CSV file as the multipart field {@code file}. */
    public ApiResponse upload(String path, String filename, String csv) {
        String boundary = AllianceApi.newBoundary();
        return api.send(
                "POST",
                path,
                tokens.accessToken(),
                "multipart/form-data; boundary=" + boundary,
                AllianceApi.multipart(boundary, "file", filename, csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** The response if its status is one of {@code expected}, else {@link ApiCallFailed}. */
    public static ApiResponse expect(ApiResponse response, int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == response.status())) {
            throw new ApiCallFailed(response, expected);
        }
        return response;
    }

    /** Every item of a paged list, page by page (200 a page). */
    public List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = expect(get(path + separator + "page=" + page + "&size=200"), 200)
                    .json();
            answer.path("items").forEach(items::add);
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return items;
            }
        }
    }

    /** How many items a paged list holds ({@code totalItems} of its first page). */
    public long count(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return expect(get(path + separator + "page=0&size=1"), 200)
                .json()
                .path("totalItems")
                .asLong();
    }

    // -------------------------------------------------------------------------------------------------- members

    public UUID registerOrganisation(OrganisationSpec organisation) {
        return id(expect(post("/api/organisations", organisation), 201));
    }

    public JsonNode organisation(UUID id) {
        return expect(get("/api/organisations/" + id), 200).json();
    }

    public UUID createAlliance(AllianceSpec alliance) {
        return id(expect(post("/api/alliances", alliance), 201));
    }

    /** The alliance of that name, if there is one. */
    public Optional<UUID> findAlliance(String name) {
        return all("/api/alliances").stream()
                .filter(a -> name.equals(a.path("name").asString()))
                .map(a -> uuid(a, "id"))
                .findFirst();
    }

    /** An organisation applies to an alliance in a role (MEMBER_EMPLOYER, PROVIDER, COORDINATOR, FUNDER). */
    public UUID applyForMembership(UUID allianceId, UUID organisationId, String role) {
        return id(expect(
                post(
                        "/api/memberships",
                        Map.of("allianceId", allianceId, "organisationId", organisationId, "role", role)),
                201));
    }

    public JsonNode activateMembership(UUID membershipId) {
        return expect(post("/api/memberships/" + membershipId + "/activate"), 200)
                .json();
    }

    public Invitation invite(UUID organisationId, InvitationSpec person) {
        return Invitation.of(expect(post("/api/organisations/" + organisationId + "/invitations", person), 201)
                .json());
    }

    /** HR's staff export, imported for the employer ({@code POST /api/staff/import}). */
    public CsvReport importStaff(UUID employerId, String csv) {
        return CsvReport.of(expect(upload("/api/staff/import?employerId=" + employerId, "staff.csv", csv), 200)
                .json());
    }

    public UUID registerStaff(StaffSpec staffMember) {
        return id(expect(post("/api/staff", staffMember), 201));
    }

    public JsonNode staffMember(UUID staffId) {
        return expect(get("/api/staff/" + staffId), 200).json();
    }

    // ----------------------------------------------------------------------------------------------- curriculum

    public UUID addSkill(String code, String name, String category, String escoUri) {
        Map<String, Object> body =
                new java.util.LinkedHashMap<>(Map.of("code", code, "name", name, "category", category));
        if (escoUri != null) {
            body.put("escoUri", escoUri);
        }
        return id(expect(post("/api/skills", body), 201));
    }

    public UUID draftCourse(CourseSpec course) {
        return id(expect(post("/api/courses", course), 201));
    }

    public JsonNode publishCourse(UUID courseId) {
        return expect(post("/api/courses/" + courseId + "/publish"), 200).json();
    }

    public UUID scheduleCohort(CohortSpec cohort) {
        return id(expect(post("/api/cohorts", cohort), 201));
    }

    public JsonNode openCohort(UUID cohortId) {
        return expect(post("/api/cohorts/" + cohortId + "/open"), 200).json();
    }

    public JsonNode startCohort(UUID cohortId) {
        return expect(post("/api/cohorts/" + cohortId + "/start"), 200).json();
    }

    public JsonNode completeCohort(UUID cohortId) {
        return expect(post("/api/cohorts/" + cohortId + "/complete"), 200).json();
    }

    public JsonNode cohort(UUID cohortId) {
        return expect(get("/api/cohorts/" + cohortId), 200).json();
    }

    /** Enrols a staff member: 201 for a new enrolment (confirmed or waitlisted), 200 for the existing one. */
    public Enrolment enrol(UUID cohortId, UUID employerId, UUID staffId) {
        return Enrolment.of(expect(
                        post(
                                "/api/enrolments",
                                Map.of("cohortId", cohortId, "employerId", employerId, "staffId", staffId)),
                        201,
                        200)
                .json());
    }

    /** Bulk enrolment: a CSV with the columns employer, staff_id, cohort; file order is waitlist order. */
    public CsvReport importEnrolments(String csv) {
        return CsvReport.of(expect(upload("/api/enrolments/imports", "enrolments.csv", csv), 200)
                .json());
    }

    public Enrolment withdraw(UUID enrolmentId, UUID employerId) {
        return Enrolment.of(
                expect(post("/api/enrolments/" + enrolmentId + "/withdraw", Map.of("employerId", employerId)), 200)
                        .json());
    }

    public Enrolment recordOutcome(UUID enrolmentId, OutcomeSpec outcome) {
        return Enrolment.of(expect(post("/api/enrolments/" + enrolmentId + "/outcome", outcome), 200)
                .json());
    }

    public Enrolment enrolment(UUID enrolmentId) {
        return Enrolment.of(expect(get("/api/enrolments/" + enrolmentId), 200).json());
    }

    /** The enrolments of a cohort the caller may see. */
    public List<Enrolment> enrolmentsOfCohort(UUID cohortId) {
        return all("/api/enrolments?cohortId=" + cohortId).stream()
                .map(Enrolment::of)
                .toList();
    }

    /** The Open Badges 3.0 credential of a completed enrolment. */
    public JsonNode credential(UUID enrolmentId) {
        return expect(get("/api/enrolments/" + enrolmentId + "/credential"), 200)
                .json();
    }

    // ------------------------------------------------------------------------------------------------ skills needs

    /** Publishes a job-role skill profile (a standard, or an employer's); its answer, with the ISCO-08 title. */
    public JsonNode publishProfile(ProfileSpec profile) {
        return expect(post("/api/skills/profiles", profile), 201).json();
    }

    /** A member-admin records a staff member's level in a skill: source MANAGER or SELF, assessed on the day. */
    public JsonNode recordSkillLevel(UUID staffId, UUID skillId, int level, String source, LocalDate assessedOn) {
        return expect(
                        post(
                                "/api/skills/records",
                                Map.of(
                                        "staffId",
                                        staffId,
                                        "skillId",
                                        skillId,
                                        "level",
                                        level,
                                        "source",
                                        source,
                                        "assessedOn",
                                        assessedOn.toString())),
                        201)
                .json();
    }

    /** Skill records the caller may see, filtered by a query such as {@code staffId=...&source=COURSE}. */
    public List<JsonNode> skillRecords(String query) {
        return all("/api/skills/records" + (query.isEmpty() ? "" : "?" + query));
    }

    /** A staff member's gaps in an alliance (the employer's member-admin). */
    public JsonNode staffGaps(UUID staffId, UUID allianceId) {
        return expect(get("/api/skills/gaps/staff/" + staffId + "?allianceId=" + allianceId), 200)
                .json();
    }

    /** An employer's ranked gaps in an alliance (its member-admin). */
    public JsonNode employerGaps(UUID employerId, UUID allianceId) {
        return expect(get("/api/skills/gaps/employers/" + employerId + "?allianceId=" + allianceId), 200)
                .json();
    }

    /** The alliance's anonymised gap map (its coordinator). */
    public JsonNode gapMap(UUID allianceId) {
        return expect(get("/api/skills/gaps/alliances/" + allianceId), 200).json();
    }

    /** Courses for a staff member, with the net cost after grants. */
    public JsonNode staffRecommendations(UUID staffId, UUID allianceId, int limit) {
        return expect(
                        get("/api/skills/recommendations/staff/" + staffId + "?allianceId=" + allianceId + "&limit="
                                + limit),
                        200)
                .json();
    }

    /** Courses for an employer's team, with the net cost of their seats. */
    public JsonNode teamRecommendations(UUID employerId, UUID allianceId, int limit) {
        return expect(
                        get("/api/skills/recommendations/employers/" + employerId + "?allianceId=" + allianceId
                                + "&limit=" + limit),
                        200)
                .json();
    }

    /** Sets an alliance objective; its answer, with the progress on the creation day. */
    public JsonNode setObjective(ObjectiveSpec objective) {
        return expect(post("/api/skills/objectives", objective), 201).json();
    }

    public JsonNode objective(UUID objectiveId) {
        return expect(get("/api/skills/objectives/" + objectiveId), 200).json();
    }

    /** The alliance's objectives with their progress, by target date. */
    public List<JsonNode> objectives(UUID allianceId) {
        return all("/api/skills/objectives?allianceId=" + allianceId);
    }

    // -------------------------------------------------------------------------------------------------- funding

    /** The coordinator picks how a cohort's cost is shared: EQUAL, PER_SEAT, PER_HEADCOUNT, BASE_PLUS_PER_SEAT. */
    public JsonNode chooseCostSharing(UUID cohortId, UUID coordinatorId, String rule, Long baseFeeMinor) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("coordinatorId", coordinatorId, "rule", rule));
        if (baseFeeMinor != null) {
            body.put("baseFeeMinor", baseFeeMinor);
        }
        return expect(put("/api/cost-shares/" + cohortId + "/rule", body), 200).json();
    }

    public JsonNode costShares(UUID cohortId) {
        return expect(get("/api/cost-shares/" + cohortId), 200).json();
    }

    public UUID draftProgramme(ProgrammeSpec programme) {
        return id(expect(post("/api/programmes", programme), 201));
    }

    public JsonNode openProgramme(UUID programmeId, UUID funderId) {
        return expect(post("/api/programmes/" + programmeId + "/open", Map.of("funderId", funderId)), 200)
                .json();
    }

    public JsonNode programme(UUID programmeId) {
        return expect(get("/api/programmes/" + programmeId), 200).json();
    }

    /** The programmes of a funder the caller may see. */
    public List<JsonNode> programmesOf(UUID funderId) {
        return all("/api/programmes?funderId=" + funderId);
    }

    public UUID applyForGrant(ApplicationSpec application) {
        return id(expect(post("/api/applications", application), 201));
    }

    public JsonNode reviewApplication(UUID applicationId, UUID funderId) {
        return expect(post("/api/applications/" + applicationId + "/review", Map.of("actorId", funderId)), 200)
                .json();
    }

    public UUID award(UUID applicationId, UUID funderId, long amountMinor, String currency) {
        return id(expect(
                post(
                        "/api/awards",
                        Map.of(
                                "applicationId",
                                applicationId,
                                "funderId",
                                funderId,
                                "amountMinor",
                                amountMinor,
                                "currency",
                                currency)),
                201));
    }

    public JsonNode awardDetails(UUID awardId) {
        return expect(get("/api/awards/" + awardId), 200).json();
    }

    public List<JsonNode> claims(UUID programmeId) {
        return all("/api/claims?programmeId=" + programmeId);
    }

    public JsonNode approveClaim(UUID claimId, UUID funderId) {
        return expect(post("/api/claims/" + claimId + "/approve", Map.of("funderId", funderId)), 200)
                .json();
    }

    public JsonNode rejectClaim(UUID claimId, UUID funderId, String note) {
        return expect(post("/api/claims/" + claimId + "/reject", Map.of("funderId", funderId, "note", note)), 200)
                .json();
    }

    public JsonNode payClaim(UUID claimId, UUID funderId) {
        return expect(post("/api/claims/" + claimId + "/pay", Map.of("funderId", funderId)), 200)
                .json();
    }

    public List<JsonNode> ledger(UUID programmeId) {
        return all("/api/ledger?programmeId=" + programmeId);
    }

    public JsonNode statement(UUID employerId, LocalDate from, LocalDate to) {
        return expect(get("/api/statements?employerId=" + employerId + "&from=" + from + "&to=" + to), 200)
                .json();
    }

    // ------------------------------------------------------------------------------------------------ reporting

    /** The programme's impact report over its whole period. */
    public JsonNode impactReport(UUID programmeId) {
        return expect(get("/api/reports/programmes/" + programmeId + "/impact"), 200)
                .json();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static UUID id(ApiResponse response) {
        return uuid(response.json(), "id");
    }

    static UUID uuid(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isString() ? UUID.fromString(value.asString()) : null;
    }

    @Override
    public String toString() {
        return "Session[" + username() + "]";
    }
}
