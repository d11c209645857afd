package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** How a browser-like visit reads Keycloak's email and pages (the pages themselves: member-service's InvitationApiIT). */
class KeycloakEmailLinkTest {

    @Test
    void theActionLinkIsFoundInTheEmailsTextOrHtml() {
        String text = "Someone has created a Skill Alliance account with this email address.\n\n"
                + "http://localhost:8180/realms/skill-alliance/login-actions/action-token?key=eyJ.eyJ.sig&client_id=skill-alliance-web\n\n"
                + "This link will expire within 3 days.";
        assertThat(KeycloakEmailLink.findIn(text))
                .contains(URI.create("http://localhost:8180/realms/skill-alliance/"
                        + "login-actions/action-token?key=eyJ.eyJ.sig&client_id=skill-alliance-web"));
        String html = "<p><a href=\"http://localhost:8180/realms/skill-alliance/login-actions/action-token?key=k&amp;"
                + "client_id=c\" rel=\"nofollow\">Link to account update</a></p>";
        assertThat(KeycloakEmailLink.findIn(html))
                .contains(URI.create("http://localhost:8180/realms/skill-alliance/"
                        + "login-actions/action-token?key=k&client_id=c"));
        assertThat(KeycloakEmailLink.findIn("no link")).isEmpty();
    }

    @Test
    void theProceedLinkOfKeycloaksRequiredActionsPageIsTheOneAPersonClicks() {
        String page = "<a href=\"http://localhost:8180/realms/skill-alliance/account/\">Back</a>"
                + "<p>Perform the following action(s): Update Password, Verify Email</p>"
                + "<p><a href=\"http://localhost:8180/realms/skill-alliance/login-actions/action-token?key=k&amp;"
                + "execution=UPDATE_PASSWORD\">&raquo; Click here to proceed</a></p>";
        assertThat(KeycloakEmailLink.proceedLink(page))
                .contains("http://localhost:8180/realms/skill-alliance/"
                        + "login-actions/action-token?key=k&execution=UPDATE_PASSWORD");
        assertThat(KeycloakEmailLink.proceedLink("<p>Your account has been updated.</p>"))
                .isEmpty();
    }
}
