package org.skillalliance.member.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.member.MemberFixtures.invitation;
import static org.skillalliance.member.MemberFixtures.uniqueUsername;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.KeycloakEmailLink;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TestMail;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The invitation expires, and is renewed by inviting the same person again: with a lifespan of a few seconds ({@code skillalliance.invitations.lifespan}), the answer says
 * when, the emailed link opens Keycloak's password form before then and is refused after, and no password can be set
 * through it any more.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "skillalliance.invitations.lifespan=5s")
class InvitationLinkExpiryIT {

    @LocalServerPort
    int port;

    @Test
    void theEmailedLinkIsRefusedAfterTheLifespan() {
        ApiClient admin = Callers.asAdmin(port);
        UUID employer = new MemberFixtures(admin).registerEmployer(12);
        String username = uniqueUsername("late");
        Instant before = Instant.now();
        ApiClient.Response invited =
                admin.post("/api/organisations/" + employer + "/invitations", invitation(username, "member-admin"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        Instant expiresAt = Instant.parse(invited.json().path("expiresAt").asString());
        assertThat(expiresAt).isBetween(before.plusSeconds(5), Instant.now().plusSeconds(5));

        List<TestMail.Mail> mails = TestMail.instance().awaitFor(username + "@invited.example", 1);
        URI link = KeycloakEmailLink.findIn(mails.getFirst().body()).orElseThrow();
        KeycloakEmailLink.Page early = new KeycloakEmailLink().open(link);
        assertThat(early.hasPasswordForm())
                .as("good before it expires: %s %s", early.address(), early.html())
                .isTrue();

        // a fresh browser each time, as a person who opens the email again later
        KeycloakEmailLink.Page refused = await("the link refused")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> new KeycloakEmailLink().open(link), page -> !page.hasPasswordForm());
        assertThat(Instant.now()).as("refused only after the lifespan").isAfter(expiresAt.minusSeconds(1));
        assertThat(refused.text()).as(refused.text()).containsIgnoringCase("expired");

        String userId = TestKeycloak.instance()
                .findUser(username)
                .orElseThrow()
                .path("id")
                .asString();
        assertThat(TestKeycloak.instance().credentialsOf(userId))
                .as("no password was set")
                .isEmpty();

        // renewed: the same invitation again (the inviter's "invite again") sends a fresh link to the same person
        ApiClient.Response renewed =
                admin.post("/api/organisations/" + employer + "/invitations", invitation(username, "member-admin"));
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(201);
        assertThat(Instant.parse(renewed.json().path("expiresAt").asString())).isAfter(expiresAt);
        assertThat(TestKeycloak.instance()
                        .findUser(username)
                        .orElseThrow()
                        .path("id")
                        .asString())
                .as("the same login, not a second one")
                .isEqualTo(userId);
        List<TestMail.Mail> both = TestMail.instance().awaitFor(username + "@invited.example", 2);
        URI freshLink = KeycloakEmailLink.findIn(both.get(1).body()).orElseThrow();
        KeycloakEmailLink.Page done =
                new KeycloakEmailLink().setPassword(freshLink, "a long passphrase of " + UUID.randomUUID());
        assertThat(done.text()).as(done.text()).containsIgnoringCase("account has been updated");
        assertThat(TestKeycloak.instance().credentialsOf(userId))
                .as("the password set through the fresh link")
                .isNotEmpty();

        // accepted: inviting the person again is a conflict, and sends nothing
        ApiClient.Response accepted =
                admin.post("/api/organisations/" + employer + "/invitations", invitation(username, "member-admin"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(409);
        assertThat(accepted.fieldErrors()).containsOnlyKeys("username");
        assertThat(accepted.fieldErrors().get("username")).contains("accepted");
        assertThat(TestMail.instance().receivedFor(username + "@invited.example"))
                .hasSize(2);
    }
}
