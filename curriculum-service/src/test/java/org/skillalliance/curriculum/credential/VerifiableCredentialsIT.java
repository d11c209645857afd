package org.skillalliance.curriculum.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credentials as a holder and a verifier meet them: the document and the VC-JWT of a completed enrolment (and of
 * learning at work signed off) conform to the official Open Badges 3.0 schema; an independent verifier (jose4j, see
 * {@link IndependentVerifier}) checks the signature with the key set fetched over HTTP and reads the status bit
 * itself; one changed byte fails both that verifier and ours; a revoked credential verifies as revoked in both; the
 * public endpoints answer without a token.
 */
class VerifiableCredentialsIT extends ServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CredentialIssuing issuing;

    @Autowired
    CredentialsProperties properties;

    private UUID allianceId;
    private MemberEvents.Employer employer;
    private UUID staff;
    private UUID mentor;

    @BeforeAll
    void memberFacts() {
        wire();
        allianceId = members.alliance("Timber frame alliance");
        employer = members.activeEmployer(allianceId);
        staff = members.staff(employer);
        mentor = members.staff(employer);
        members.awaitConsumed();
    }

    @Test
    void issuedCredentialsConformToTheOpenBadgesSchemaAsDocumentAndAsVcJwt() {
        UUID enrolment = completedWithCredential(members.staff(employer));
        members.awaitConsumed();

        JsonNode document =
                api.get("/api/enrolments/" + enrolment + "/credential").body();
        assertThat(OpenBadgesSchema.violations(document)).isEmpty();
        assertThat(document.get("credentialStatus").get("type").asString()).isEqualTo("BitstringStatusListEntry");
        assertThat(document.get("credentialStatus").get("statusListCredential").asString())
                .startsWith("http://localhost:8080/api/credentials/status-lists/");

        ApiClient.Response signed = ApiClient.onPort(port)
                .withToken(Callers.adminToken())
                .getAccepting("/api/enrolments/" + enrolment + "/credential", "application/vc+jwt");
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        assertThat(signed.header("Content-Type")).isEqualTo("application/vc+jwt");
        JsonNode payload = payloadOf(signed.text());
        assertThat(OpenBadgesSchema.violations(payload)).isEmpty();
        assertThat(payload.get("id")).isEqualTo(document.get("id"));
        assertThat(payload.get("credentialStatus")).isEqualTo(document.get("credentialStatus"));
        // the same credential id and status bit however often it is asked for
        assertThat(api.get("/api/enrolments/" + enrolment + "/credential")
                        .body()
                        .get("credentialStatus"))
                .isEqualTo(document.get("credentialStatus"));

        SignedCredential atWork = workplaceCredential(UUID.randomUUID());
        JsonNode workDocument = JSON.valueToTree(atWork.document());
        assertThat(OpenBadgesSchema.violations(workDocument)).isEmpty();
        assertThat(OpenBadgesSchema.violations(payloadOf(atWork.compactJws()))).isEmpty();
        assertThat(workDocument.at("/credentialSubject/achievement/creator/id").asString())
                .isEqualTo("urn:uuid:" + employer.id());
        assertThat(workDocument.at("/issuer/id").asString()).isEqualTo("urn:uuid:" + allianceId);
    }

    /** The schema is really applied: a document without validFrom, or with a subject of no type, is refused. */
    @Test
    void theSchemaRefusesADocumentMissingWhatItRequires() {
        JsonNode document =
                JSON.valueToTree(workplaceCredential(UUID.randomUUID()).document());
        tools.jackson.databind.node.ObjectNode withoutValidFrom =
                (tools.jackson.databind.node.ObjectNode) document.deepCopy();
        withoutValidFrom.remove("validFrom");
        tools.jackson.databind.node.ObjectNode untypedSubject =
                (tools.jackson.databind.node.ObjectNode) document.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) untypedSubject.get("credentialSubject")).remove("type");

        assertThat(OpenBadgesSchema.violations(withoutValidFrom)).anyMatch(v -> v.contains("validFrom"));
        assertThat(OpenBadgesSchema.violations(untypedSubject)).anyMatch(v -> v.contains("type"));
    }

    @Test
    void anIndependentVerifierChecksTheSignatureWithThePublishedKeysAndReadsTheStatusBit() {
        UUID enrolment = completedWithCredential(members.staff(employer));
        String jws = signedCredential(enrolment);

        IndependentVerifier.Outcome outcome = verifier().verify(jws);

        assertThat(outcome.signatureValid()).isTrue();
        assertThat(outcome.revoked()).isFalse();
        Map<String, Object> payload = outcome.payload();
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) payload.get("issuer");
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) payload.get("credentialSubject");
        assertThat(payload.get("iss")).isEqualTo(issuer.get("id"));
        assertThat(payload.get("jti")).isEqualTo(payload.get("id"));
        assertThat(payload.get("sub")).isEqualTo(subject.get("id"));
        assertThat(((Number) payload.get("nbf")).longValue())
                .isEqualTo(Instant.parse((String) payload.get("validFrom")).getEpochSecond());
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jws.substring(0, jws.indexOf('.'))));
        assertThat(header.propertyNames()).containsExactlyInAnyOrder("alg", "kid", "typ");
        assertThat(header.get("typ").asString()).isEqualTo("JWT");
        JsonNode keys = anonymous().get("/api/credentials/issuer/jwks.json").json();
        assertThat(keys.get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get("keys").get(0).has("d"))
                .as("no private part is published")
                .isFalse();
        assertThat(new BigDecimal(new java.math.BigInteger(
                                1,
                                Base64.getUrlDecoder()
                                        .decode(keys.get("keys").get(0).get("n").asString()))
                        .bitLength()))
                .isEqualByComparingTo("2048");

        JsonNode ours = verify(jws);
        assertThat(ours.get("verified").asBoolean()).as(ours.toString()).isTrue();
        assertThat(ours.get("revoked").asBoolean()).isFalse();
        assertThat(ours.get("checks").findValuesAsString("check"))
                .containsExactly("signature", "issuer", "validity", "status");
        assertThat(ours.get("checks").findValues("passed")).allMatch(JsonNode::asBoolean);
        assertThat(ours.at("/credential/id").asString()).isEqualTo((String) payload.get("id"));
    }

    @Test
    void oneChangedByteFailsBothVerifiers() {
        String jws = signedCredential(completedWithCredential(members.staff(employer)));
        int firstDot = jws.indexOf('.');
        int secondDot = jws.indexOf('.', firstDot + 1);
        String inPayload = changeOneCharacter(jws, (firstDot + secondDot) / 2);
        String inSignature = changeOneCharacter(jws, (secondDot + jws.length()) / 2);

        for (String altered : new String[] {inPayload, inSignature}) {
            assertThat(verifier().verify(altered).signatureValid()).isFalse();
            JsonNode ours = verify(altered);
            assertThat(ours.get("verified").asBoolean()).isFalse();
            assertThat(ours.get("checks").get(0).get("check").asString()).isEqualTo("signature");
            assertThat(ours.get("checks").get(0).get("passed").asBoolean()).isFalse();
            assertThat(ours.get("credential").isNull()).isTrue();
        }
        assertThat(verify(jws).get("verified").asBoolean()).isTrue();
    }

    @Test
    void aRevokedCredentialVerifiesAsRevokedForBothVerifiers() {
        UUID enrolment = completedWithCredential(members.staff(employer));
        String jws = signedCredential(enrolment);
        assertThat(verifier().verify(jws).revoked()).isFalse();

        Api.Response revoked =
                api.post("/api/credentials/revocations", Map.of("enrolmentId", enrolment, "reason", "issued in error"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);

        IndependentVerifier.Outcome independent = verifier().verify(jws);
        assertThat(independent.signatureValid()).isTrue();
        assertThat(independent.revoked()).isTrue();
        JsonNode ours = verify(jws);
        assertThat(ours.get("verified").asBoolean()).isFalse();
        assertThat(ours.get("revoked").asBoolean()).isTrue();
        assertThat(ours.get("checks").get(3).get("check").asString()).isEqualTo("status");
        assertThat(ours.get("checks").get(3).get("passed").asBoolean()).isFalse();
        assertThat(ours.get("checks").get(0).get("passed").asBoolean()).isTrue();

        Api.Response again =
                api.post("/api/credentials/revocations", Map.of("enrolmentId", enrolment, "reason", "issued in error"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.raw()).contains("enrolmentId", "already revoked");
    }

    /**
     * A plan signed off by its mentor, as its learner downloads it: the VC-JWT conforms to the schema, names the
     * skill at the level reached, the hours logged and the employer as creator, and verifies for both verifiers; only
     * the employer's HR (or an admin) revokes it, and then it verifies as revoked.
     */
    @Test
    void learningAtWorkIsIssuedAndRevokedByTheSameMeans() {
        Api hr = api.as(Callers.person("member-admin", employer.id()));
        Api asLearner = api.as(Callers.learner(employer.id(), staff));
        UUID skill = curriculum.skill();
        UUID learning = hr.post("/api/workplace-learning", Curriculum.workplacePlan(allianceId, staff, skill, mentor))
                .id();
        Api.Response logged = api.as(Callers.learner(employer.id(), mentor))
                .post(
                        "/api/workplace-learning/" + learning + "/sessions",
                        Map.of("date", LocalDate.now().toString(), "hours", 6.25, "practised", "Set up the CNC mill"));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(asLearner
                        .get("/api/workplace-learning/" + learning + "/credential")
                        .status())
                .as("no credential before the sign-off, as for an enrolment whose credential was not awarded")
                .isEqualTo(404);
        Api.Response signedOff = api.as(Callers.learner(employer.id(), mentor))
                .post(
                        "/api/workplace-learning/" + learning + "/sign-off",
                        Map.of("levelReached", 4, "evidence", "Ran the mill alone for a week"));
        assertThat(signedOff.status()).as(signedOff.toString()).isEqualTo(200);

        ApiClient.Response download = ApiClient.onPort(port)
                .withToken(Callers.learner(employer.id(), staff).get())
                .getAccepting("/api/workplace-learning/" + learning + "/credential", "application/vc+jwt");
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/vc+jwt");
        String jws = download.text();
        JsonNode payload = payloadOf(jws);
        assertThat(OpenBadgesSchema.violations(payload)).isEmpty();
        JsonNode document = asLearner
                .get("/api/workplace-learning/" + learning + "/credential")
                .body();
        assertThat(OpenBadgesSchema.violations(document)).isEmpty();
        assertThat(payload.get("id")).isEqualTo(document.get("id"));
        assertThat(payload.at("/credentialSubject/id").asString()).isEqualTo("urn:uuid:" + staff);
        assertThat(payload.at("/credentialSubject/creditsEarned").decimalValue())
                .isEqualByComparingTo("6.25");
        assertThat(payload.at("/credentialSubject/achievement/name").asString()).endsWith("(level 4 of 5)");
        assertThat(payload.at("/credentialSubject/achievement/achievementType").asString())
                .isEqualTo("Competency");
        assertThat(payload.at("/credentialSubject/achievement/alignment/0/targetUrl")
                        .asString())
                .isEqualTo(api.get("/api/skills/" + skill).text("escoUri"));
        assertThat(payload.at("/credentialSubject/achievement/creator/id").asString())
                .isEqualTo("urn:uuid:" + employer.id());
        assertThat(payload.at("/issuer/id").asString()).isEqualTo("urn:uuid:" + allianceId);

        IndependentVerifier.Outcome independent = verifier().verify(jws);
        assertThat(independent.signatureValid()).isTrue();
        assertThat(independent.revoked()).isFalse();
        assertThat(verify(jws).get("verified").asBoolean()).isTrue();

        Api.Response otherEmployer = api.as(Callers.person("member-admin", UUID.randomUUID()))
                .post("/api/credentials/revocations", Map.of("workplaceLearningId", learning, "reason", "wrong"));
        assertThat(otherEmployer.status()).isEqualTo(404);
        Api.Response provider = api.as(Callers.person("provider", employer.id()))
                .post("/api/credentials/revocations", Map.of("workplaceLearningId", learning, "reason", "wrong"));
        assertThat(provider.status()).isEqualTo(403);
        Api.Response byTheLearner =
                asLearner.post("/api/credentials/revocations", Map.of("workplaceLearningId", learning, "reason", "x"));
        assertThat(byTheLearner.status()).isEqualTo(403);
        assertField(
                hr.post(
                        "/api/credentials/revocations",
                        Map.of("workplaceLearningId", learning, "staffId", mentor, "reason", "wrong")),
                404,
                null);
        assertThat(verify(jws).get("revoked").asBoolean()).isFalse();

        Api.Response revoked = hr.post(
                "/api/credentials/revocations",
                Map.of("workplaceLearningId", learning, "reason", "signed off by mistake"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        IndependentVerifier.Outcome afterwards = verifier().verify(jws);
        assertThat(afterwards.signatureValid()).isTrue();
        assertThat(afterwards.revoked()).isTrue();
        JsonNode ours = verify(jws);
        assertThat(ours.get("verified").asBoolean()).isFalse();
        assertThat(ours.get("revoked").asBoolean()).isTrue();
        // downloaded again, it is the same credential, still revoked
        assertThat(verify(signedWorkplaceCredential(Callers.adminToken(), "/api/workplace-learning/" + learning))
                        .get("revoked")
                        .asBoolean())
                .isTrue();
        Api.Response again = hr.post(
                "/api/credentials/revocations",
                Map.of("workplaceLearningId", learning, "staffId", staff, "reason", "signed off by mistake"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.raw()).contains("workplaceLearningId", "already revoked");
    }

    /**
     * Each workshop participant who completed has a credential of their own: revoking one names the workshop and the
     * participant (the workshop's id alone is refused naming staffId), and the other participant's stays valid. A
     * participant reads their own credential only; one not completed has none.
     */
    @Test
    void aWorkshopParticipantsCredentialIsTheirsAndIsRevokedAlone() {
        Api hr = api.as(Callers.person("member-admin", employer.id()));
        UUID colleague = mentor;
        UUID absent = members.staff(employer);
        members.awaitConsumed();
        Api.Response created = hr.post(
                "/api/workshops",
                Map.of(
                        "allianceId",
                        allianceId,
                        "title",
                        "Five-axis set-up",
                        "skillId",
                        curriculum.skill(),
                        "targetLevel",
                        3,
                        "heldOn",
                        LocalDate.now().toString(),
                        "hours",
                        6,
                        "participants",
                        java.util.List.of(staff, colleague, absent)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID workshop = created.id();
        String participants = "/api/workshops/" + workshop + "/participants/";
        for (UUID completed : new UUID[] {staff, colleague}) {
            Api.Response recorded = hr.put(
                    participants + completed + "/outcome",
                    Map.of("outcome", "COMPLETED", "attendedHours", 5.5, "levelReached", 3));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        assertThat(hr.put(participants + absent + "/outcome", Map.of("outcome", "NO_SHOW"))
                        .status())
                .isEqualTo(200);

        String mine =
                signedWorkplaceCredential(Callers.learner(employer.id(), staff).get(), participants + staff);
        String theirs = signedWorkplaceCredential(Callers.adminToken(), participants + colleague);
        assertThat(OpenBadgesSchema.violations(payloadOf(mine))).isEmpty();
        assertThat(payloadOf(mine).at("/credentialSubject/id").asString()).isEqualTo("urn:uuid:" + staff);
        assertThat(payloadOf(mine).at("/credentialSubject/creditsEarned").decimalValue())
                .isEqualByComparingTo("5.5");
        assertThat(payloadOf(mine).get("id")).isNotEqualTo(payloadOf(theirs).get("id"));
        Api asLearner = api.as(Callers.learner(employer.id(), staff));
        assertThat(asLearner.get(participants + colleague + "/credential").status())
                .isEqualTo(404);
        assertThat(hr.get(participants + absent + "/credential").status()).isEqualTo(404);
        assertThat(api.as(Callers.person("member-admin", UUID.randomUUID()))
                        .get(participants + staff + "/credential")
                        .status())
                .isEqualTo(404);

        assertField(
                hr.post("/api/credentials/revocations", Map.of("workplaceLearningId", workshop, "reason", "wrong")),
                400,
                "staffId");
        assertField(
                hr.post(
                        "/api/credentials/revocations",
                        Map.of("workplaceLearningId", workshop, "staffId", absent, "reason", "wrong")),
                404,
                null);
        assertThat(verify(mine).get("revoked").asBoolean()).isFalse();
        assertThat(verify(theirs).get("revoked").asBoolean()).isFalse();

        Api.Response revoked = hr.post(
                "/api/credentials/revocations",
                Map.of("workplaceLearningId", workshop, "staffId", colleague, "reason", "left before the end"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertThat(verifier().verify(theirs).revoked()).isTrue();
        assertThat(verifier().verify(mine).revoked()).isFalse();
        assertThat(verify(mine).get("verified").asBoolean()).isTrue();
    }

    @Test
    void revocationsAreRefusedWithTheFieldToBlameAndNothingWritten() {
        UUID enrolment = completedWithCredential(members.staff(employer));
        String jws = signedCredential(enrolment);

        assertField(api.post("/api/credentials/revocations", Map.of("reason", "x")), 400, "enrolmentId");
        assertField(
                api.post(
                        "/api/credentials/revocations",
                        Map.of("enrolmentId", enrolment, "workplaceLearningId", UUID.randomUUID(), "reason", "x")),
                400,
                "workplaceLearningId");
        assertField(
                api.post("/api/credentials/revocations", Map.of("enrolmentId", enrolment, "reason", "  ")),
                400,
                "reason");
        assertField(
                api.post("/api/credentials/revocations", Map.of("enrolmentId", enrolment, "reason", "r".repeat(501))),
                400,
                "reason");
        assertThat(api.post(
                                "/api/credentials/revocations",
                                Map.of("workplaceLearningId", UUID.randomUUID(), "reason", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(verify(jws).get("revoked").asBoolean()).isFalse();
    }

    @Test
    void thePublicEndpointsAnswerWithoutATokenAndRevokingNeedsOne() {
        String jws = signedCredential(completedWithCredential(members.staff(employer)));
        String list =
                payloadOf(jws).at("/credentialStatus/statusListCredential").asString();

        ApiClient anonymous = anonymous();
        assertThat(anonymous.get("/api/credentials/issuer/jwks.json").status()).isEqualTo(200);
        ApiClient.Response statusList =
                anonymous.getAccepting(list.substring(properties.publicBaseUrl().length()), "application/vc+jwt");
        assertThat(statusList.status()).isEqualTo(200);
        assertThat(statusList.header("Content-Type")).isEqualTo("application/vc+jwt");
        for (String type : new String[] {"text/plain", "application/vc+jwt"}) {
            ApiClient.Response verified = anonymous.post("/api/credentials/verify", type, jws);
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.json().get("verified").asBoolean()).isTrue();
        }
        ApiClient.Response asJson = anonymous.post("/api/credentials/verify", Map.of("credential", jws));
        assertThat(asJson.json().get("verified").asBoolean()).isTrue();

        ApiClient.Response malformed = anonymous.post("/api/credentials/verify", "text/plain", "not a credential");
        assertThat(malformed.status()).isEqualTo(200);
        JsonNode result = malformed.json();
        assertThat(result.get("verified").asBoolean()).isFalse();
        assertThat(result.at("/checks/0/check").asString()).isEqualTo("signature");
        assertThat(result.at("/checks/0/passed").asBoolean()).isFalse();
        ApiClient.Response empty = anonymous.post("/api/credentials/verify", "text/plain", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("credential");

        assertThat(anonymous
                        .getAccepting("/api/credentials/status-lists/999999", "application/vc+jwt")
                        .status())
                .isEqualTo(404);
        assertThat(new Api(port)
                        .post(
                                "/api/credentials/revocations",
                                Map.of("workplaceLearningId", UUID.randomUUID(), "reason", "x"))
                        .status())
                .isEqualTo(401);
    }

    private SignedCredential workplaceCredential(UUID learning) {
        return LearningAtWorkCredentials.signedOffNow(
                issuing,
                learning,
                allianceId,
                employer.id(),
                staff,
                new CredentialIssuing.SkillReached(
                        UUID.randomUUID(),
                        "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                        "operate CNC machine",
                        3),
                "42.50");
    }

    /** The VC-JWT of learning at work ({@code path} is the plan's or the participant's), as the token's holder gets it. */
    private String signedWorkplaceCredential(String token, String path) {
        return LearningAtWorkCredentials.downloaded(port, token, path);
    }

    private UUID completedWithCredential(UUID learner) {
        members.awaitConsumed();
        UUID course = curriculum.course(allianceId).with("hours", 7.5).published();
        UUID providerId = UUID.fromString(api.get("/api/courses/" + course).text("providerId"));
        UUID cohort = curriculum.cohort(course).today().open();
        UUID enrolment = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), learner))
                .id();
        assertThat(api.post("/api/cohorts/" + cohort + "/start").status()).isEqualTo(200);
        Api.Response recorded = api.post(
                "/api/enrolments/" + enrolment + "/outcome",
                Map.of(
                        "providerId",
                        providerId,
                        "outcome",
                        "COMPLETED",
                        "attendedHours",
                        7.5,
                        "preScore",
                        40,
                        "postScore",
                        85,
                        "credentialAwarded",
                        true));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        return enrolment;
    }

    private String signedCredential(UUID enrolment) {
        ApiClient.Response signed = ApiClient.onPort(port)
                .withToken(Callers.adminToken())
                .getAccepting("/api/enrolments/" + enrolment + "/credential", "application/vc+jwt");
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        return signed.text();
    }

    private JsonNode verify(String jws) {
        return LearningAtWorkCredentials.verified(port, jws);
    }

    private IndependentVerifier verifier() {
        return new IndependentVerifier("http://localhost:" + port, properties.publicBaseUrl());
    }

    private static JsonNode payloadOf(String jws) {
        String payload = jws.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** The JWS with the base64url character at the position replaced by another one (one changed byte). */
    private static String changeOneCharacter(String jws, int at) {
        char original = jws.charAt(at);
        char other = original == 'A' ? 'B' : 'A';
        return jws.substring(0, at) + other + jws.substring(at + 1);
    }

    /** A problem+json of the status naming the field (or any problem, for a null field). */
    private static void assertField(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.raw()).contains("\"" + field + "\"");
        }
    }

    private ApiClient anonymous() {
        return ApiClient.onPort(port);
    }
}
