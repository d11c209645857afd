package org.skillalliance.curriculum.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    @BeforeAll
    void memberFacts() {
        wire();
        allianceId = members.alliance("Timber frame alliance");
        employer = members.activeEmployer(allianceId);
        staff = members.staff(employer);
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

    @Test
    void learningAtWorkIsIssuedAndRevokedByTheSameMeans() {
        UUID learning = UUID.randomUUID();
        String jws = workplaceCredential(learning).compactJws();
        assertThat(verify(jws).get("verified").asBoolean()).isTrue();

        Api.Response otherEmployer = api.as(Callers.person("member-admin", UUID.randomUUID()))
                .post("/api/credentials/revocations", Map.of("workplaceLearningId", learning, "reason", "wrong"));
        assertThat(otherEmployer.status()).isEqualTo(404);
        Api.Response provider = api.as(Callers.person("provider", employer.id()))
                .post("/api/credentials/revocations", Map.of("workplaceLearningId", learning, "reason", "wrong"));
        assertThat(provider.status()).isEqualTo(403);
        assertThat(verify(jws).get("revoked").asBoolean()).isFalse();

        Api.Response revoked = api.as(Callers.person("member-admin", employer.id()))
                .post(
                        "/api/credentials/revocations",
                        Map.of("workplaceLearningId", learning, "reason", "signed off by mistake"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertThat(verifier().verify(jws).revoked()).isTrue();
        assertThat(verify(jws).get("revoked").asBoolean()).isTrue();
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
        return issuing.issueForWorkplaceLearning(
                learning,
                allianceId,
                employer.id(),
                new CredentialIssuing.SkillReached(
                        UUID.randomUUID(),
                        "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                        "operate CNC machine",
                        3),
                staff,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                LocalDate.now(),
                new BigDecimal("42.50"));
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
        ApiClient.Response response = anonymous().post("/api/credentials/verify", "application/vc+jwt", jws);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
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

    private static void assertField(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.raw()).contains("\"" + field + "\"");
    }

    private ApiClient anonymous() {
        return ApiClient.onPort(port);
    }
}
