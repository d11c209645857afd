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
import org.skillalliance.testsupport.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A workshop participant's credential that no one has downloaded yet can be revoked by the employer's HR (naming the
 * participant): the revocation registers it, so when the participant downloads it afterwards it verifies as revoked,
 * for this service and for an independent verifier, while another participant's credential stays valid. Another
 * employer's HR gets 404, a second revocation 409, and a participant without a COMPLETED outcome has no credential to
 * revoke (404).
 */
class RevokedBeforeDownloadIT extends ServiceIT {

    private static final String REVOCATIONS = "/api/credentials/revocations";

    @Autowired
    CredentialsProperties properties;

    private MemberEvents.Employer employer;
    private UUID alliance;
    private UUID participant;
    private UUID colleague;
    private Api hr;

    @BeforeAll
    void employerWithStaff() {
        wire();
        alliance = members.alliance("Revocation alliance");
        employer = members.activeEmployer(alliance);
        participant = members.staff(employer);
        colleague = members.staff(employer);
        members.awaitConsumed();
        hr = api.as(Callers.person("member-admin", employer.id()));
    }

    @Test
    void aParticipantsCredentialRevokedBeforeItsDownloadIsDownloadedRevokedAndTheOthersStaysValid() {
        UUID workshop = workshopOf(participant, colleague);
        String participants = "/api/workshops/" + workshop + "/participants/";
        Map<String, Object> revocation =
                Map.of("workplaceLearningId", workshop, "staffId", participant, "reason", "attendance list was forged");
        Api.Response notYetCompleted = hr.post(REVOCATIONS, revocation);
        assertThat(notYetCompleted.status()).as(notYetCompleted.toString()).isEqualTo(404);
        for (UUID completed : List.of(participant, colleague)) {
            Api.Response outcome = hr.put(
                    participants + completed + "/outcome",
                    Map.of("outcome", "COMPLETED", "attendedHours", 6.5, "levelReached", 2));
            assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
        }

        Api.Response otherEmployer =
                api.as(Callers.person("member-admin", UUID.randomUUID())).post(REVOCATIONS, revocation);
        assertThat(otherEmployer.status()).as(otherEmployer.toString()).isEqualTo(404);
        Api.Response revoked = hr.post(REVOCATIONS, revocation);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        Api.Response again = hr.post(REVOCATIONS, revocation);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.raw()).contains("workplaceLearningId", "already revoked");

        // the participant downloads the credential only now
        String downloaded = download(Callers.learner(employer.id(), participant).get(), participants + participant);
        JsonNode result = verify(downloaded);
        assertThat(result.get("revoked").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("verified").asBoolean()).isFalse();
        assertThat(result.at("/checks/0/check").asString()).isEqualTo("signature");
        assertThat(result.at("/checks/0/passed").asBoolean()).isTrue();
        IndependentVerifier independent =
                new IndependentVerifier("http://localhost:" + port, properties.publicBaseUrl());
        assertThat(independent.verify(downloaded).revoked()).isTrue();

        String colleagues = download(Callers.learner(employer.id(), colleague).get(), participants + colleague);
        JsonNode valid = verify(colleagues);
        assertThat(valid.get("verified").asBoolean()).as(valid.toString()).isTrue();
        assertThat(valid.get("revoked").asBoolean()).isFalse();
        assertThat(independent.verify(colleagues).revoked()).isFalse();
    }

    private UUID workshopOf(UUID... staff) {
        Api.Response created = hr.post(
                "/api/workshops",
                Map.of(
                        "allianceId",
                        alliance,
                        "title",
                        "Lockout-tagout on line 3",
                        "skillId",
                        curriculum.skill(),
                        "targetLevel",
                        2,
                        "heldOn",
                        LocalDate.now().toString(),
                        "hours",
                        7.5,
                        "participants",
                        List.of(staff)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private String download(String token, String path) {
        return LearningAtWorkCredentials.downloaded(port, token, path);
    }

    private JsonNode verify(String jws) {
        return LearningAtWorkCredentials.verified(port, jws);
    }
}
