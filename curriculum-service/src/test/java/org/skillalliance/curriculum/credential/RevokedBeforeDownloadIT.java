package org.skillalliance.curriculum.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Learning at work signed off whose credential no one has downloaded yet can be revoked (by its employer's HR): the
 * revocation is kept for the source, and the credential issued afterwards is born revoked; another employer's HR gets
 * 404, a second revocation 409, and learning not signed off has no credential to revoke (404).
 */
class RevokedBeforeDownloadIT extends ServiceIT {

    @Autowired
    CredentialIssuing issuing;

    @Autowired
    CredentialsProperties properties;

    private UUID alliance;
    private MemberEvents.Employer employer;
    private UUID participant;
    private UUID skill;
    private Api hr;

    @BeforeAll
    void employerWithStaff() {
        wire();
        alliance = members.alliance("Revocation alliance");
        employer = members.activeEmployer(alliance);
        participant = members.staff(employer);
        members.awaitConsumed();
        skill = curriculum.skill();
        hr = api.as(Callers.person("member-admin", employer.id()));
    }

    @Test
    void aCredentialIssuedAfterItsSourceWasRevokedIsBornRevoked() {
        UUID workshop = workshop();
        Api.Response notYetCompleted =
                hr.post("/api/credentials/revocations", Map.of("workplaceLearningId", workshop, "reason", "too early"));
        assertThat(notYetCompleted.status()).as(notYetCompleted.toString()).isEqualTo(404);
        Api.Response outcome = hr.put(
                "/api/workshops/" + workshop + "/participants/" + participant + "/outcome",
                Map.of("outcome", "COMPLETED", "attendedHours", 6.5, "levelReached", 2));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);

        Api.Response otherEmployer = api.as(Callers.person("member-admin", UUID.randomUUID()))
                .post("/api/credentials/revocations", Map.of("workplaceLearningId", workshop, "reason", "wrong"));
        assertThat(otherEmployer.status()).isEqualTo(404);
        Api.Response revoked = hr.post(
                "/api/credentials/revocations",
                Map.of("workplaceLearningId", workshop, "reason", "attendance list was forged"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        Api.Response again =
                hr.post("/api/credentials/revocations", Map.of("workplaceLearningId", workshop, "reason", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.raw()).contains("workplaceLearningId", "already revoked");

        // the participant downloads the credential only now
        SignedCredential downloaded = LearningAtWorkCredentials.signedOffNow(
                issuing,
                workshop,
                alliance,
                employer.id(),
                participant,
                new CredentialIssuing.SkillReached(skill, "SKILL-" + skill, "Lockout-tagout", 2),
                "6.50");

        JsonNode result = ApiClient.onPort(port)
                .post("/api/credentials/verify", "application/vc+jwt", downloaded.compactJws())
                .json();
        assertThat(result.get("revoked").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("verified").asBoolean()).isFalse();
        assertThat(result.at("/checks/0/passed").asBoolean()).isTrue();
        assertThat(new IndependentVerifier("http://localhost:" + port, properties.publicBaseUrl())
                        .verify(downloaded.compactJws())
                        .revoked())
                .isTrue();
    }

    private UUID workshop() {
        Api.Response created = hr.post(
                "/api/workshops",
                Map.of(
                        "allianceId",
                        alliance,
                        "title",
                        "Lockout-tagout on line 3",
                        "skillId",
                        skill,
                        "targetLevel",
                        2,
                        "heldOn",
                        LocalDate.now().toString(),
                        "hours",
                        7.5,
                        "participants",
                        List.of(participant)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }
}
