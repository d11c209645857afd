package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.MailServer;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.ApiCallFailed;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.testsupport.KeycloakEmailLink;

/**
 * What the system tests do the way people do it: accept an invitation from the mail Keycloak sent, and wait for what
 * another service learns from events.
 */
final class PlatformPeople {

    /** How long a test waits for events to travel between services. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private PlatformPeople() {}

    /**
     * The invited person reads Keycloak's email on the platform's mail server, sets the password through its link as
     * a browser would, and logs in.
     */
    static Session acceptInvitation(
            LocalPlatform platform, AllianceApi api, String username, String address, String password) {
        MailServer.Mail mail = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> MailServer.received(MailServer.apiUrl(platform.settings())).stream()
                                .filter(received -> received.to().equalsIgnoreCase(address))
                                .toList(),
                        received -> !received.isEmpty())
                .getFirst();
        URI link = URI.create(mail.actionLink().orElseThrow(() -> new AssertionError("no link in " + mail.text())));
        KeycloakEmailLink.Page done = new KeycloakEmailLink().setPassword(link, password);
        assertThat(done.text()).as(done.text()).containsIgnoringCase("account has been updated");
        return api.login(username, password);
    }

    /**
     * Sends a call again while another service's events have not arrived (a refusal writes nothing, so this is safe),
     * and on giving up shows the last refusal.
     */
    static <T> T eventually(Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<ApiCallFailed> last = new AtomicReference<>();
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
                try {
                    result.set(call.get());
                    return true;
                } catch (ApiCallFailed refused) {
                    last.set(refused);
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "still refused after " + PATIENCE.toSeconds() + " s: "
                            + last.get().getMessage(),
                    e);
        }
        return result.get();
    }

    /** Reads until the answer satisfies {@code done}, and on giving up shows the last answer. */
    static <T> T readUntil(Supplier<T> read, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> {
                                T answer = read.get();
                                last.set(answer);
                                return answer;
                            },
                            done);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not there after " + PATIENCE.toSeconds() + " s; last answer: " + last.get(), e);
        }
    }
}
