package org.skillalliance.member.invitation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.KeycloakEmailLink;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TestMail;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.member.MemberFixtures.invitation;
import static org.skillalliance.member.MemberFixtures.uniqueUsername;

/**
 * The invitation expires: with a lifespan of a few seconds ({@code skillalliance.invitations.lifespan}), the answer says
 * when, the emailed link opens Keycloak's password form before then and is refused after, and no password can be set
 * through it any more.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "skillalliance.invitations.lifespan=5s")
class InvitationLinkExpiryIT {

    @LocalServerPort int port;

    @Test
    void theEmailedLinkIsRefusedAfterTheLifespan() {
        ApiClient admin = MemberFixtures.asAdmin(port);
        UUID employer = new MemberFixtures(admin).registerEmployer(12);
        String username = uniqueUsername("late");
        Instant before = Instant.now();
        ApiClient.Response invited = admin.post("/api/organisations/" + employer + "/invitations",
                invitation(username, "member-admin"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        Instant expiresAt = Instant.parse(invited.json().path("expiresAt").asString());
        assertThat(expiresAt).isBetween(before.plusSeconds(5), Instant.now().plusSeconds(5));

        List<TestMail.Mail> mails = TestMail.instance().awaitFor(username + "@invited.example", 1);
        URI link = KeycloakEmailLink.findIn(mails.getFirst().body()).orElseThrow();
        KeycloakEmailLink.Page early = new KeycloakEmailLink().open(link);
        assertThat(early.hasPasswordForm()).as("good before it expires: %s %s", early.address(), early.html()).isTrue();

        // a fresh browser each time, as a person who opens the email again later
        KeycloakEmailLink.Page refused = await("the link refused").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> new KeycloakEmailLink().open(link), page -> !page.hasPasswordForm());
        assertThat(Instant.now()).as("refused only after the lifespan").isAfter(expiresAt.minusSeconds(1));
        assertThat(refused.text()).as(refused.text()).containsIgnoringCase("expired");

        String userId = TestKeycloak.instance().findUser(username).orElseThrow().path("id").asString();
        assertThat(TestKeycloak.instance().credentialsOf(userId)).as("no password was set").isEmpty();
    }
}
