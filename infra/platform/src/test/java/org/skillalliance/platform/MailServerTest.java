package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code ./alliance mail} reads from a message of Keycloak's as GreenMail's REST API hands it over (raw MIME). */
class MailServerTest {

    /** The shape of Keycloak's execute-actions email: quoted-printable, long lines broken with soft line breaks. */
    static final String KEYCLOAK_MESSAGE = """
            Subject: Update Your Account
            Content-Type: multipart/alternative; boundary="b"

            --b
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            Your administrator has just requested that you update your Skill Alliance a=
            ccount by performing the following action(s): Update Password, Verify Emai=
            l. Click on the link below to start this process.

            http://localhost:8180/realms/skill-alliance/login-actions/action-token?key=
            =3DeyJhbGciOi.eyJleHAiOjE3.OW-bBTY5&client_id=3Dskill-alliance-web

            This link will expire within 3 days.
            --b--
            """;

    @Test
    void the_set_password_link_is_found_in_a_quoted_printable_message() {
        MailServer.Mail mail = new MailServer.Mail("hanna@example.org", "Update Your Account", KEYCLOAK_MESSAGE);
        assertThat(mail.text()).contains("update your Skill Alliance account", "Update Password, Verify Email.");
        assertThat(mail.actionLink())
                .contains("http://localhost:8180/realms/skill-alliance/login-actions/action-token"
                        + "?key=eyJhbGciOi.eyJleHAiOjE3.OW-bBTY5&client_id=skill-alliance-web");
    }

    @Test
    void a_message_without_a_link_has_none() {
        assertThat(new MailServer.Mail("a@example.org", "Hello", "Subject: Hello\n\nNo link here.").actionLink())
                .isEmpty();
    }
}
