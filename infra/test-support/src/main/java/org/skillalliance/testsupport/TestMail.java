package org.skillalliance.testsupport;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.skillalliance.launcher.FreePorts;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port of 127.0.0.1 and shared by every test
 * class: the test realm's Keycloak sends its email here ({@link TestKeycloak} points the realm's {@code smtpServer} at
 * it), and so may a service under test ({@code spring.mail.host}/{@code port} = {@link #host()}/{@link #port()}).
 * It accepts every message for every address, without authentication; tests read what arrived for one address.
 */
public final class TestMail {

    private static volatile TestMail instance;

    private final GreenMail greenMail;
    private final int port;

    private TestMail(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static TestMail instance() {
        TestMail mail = instance;
        if (mail == null) {
            synchronized (TestMail.class) {
                if (instance == null) {
                    instance = start();
                }
                mail = instance;
            }
        }
        return mail;
    }

    private static TestMail start() {
        int port = FreePorts.take();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "test-mail-stop"));
        return new TestMail(greenMail, port);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** One received message, as a test reads it: sender, recipients, subject and the whole text (every part). */
    public record Mail(String from, List<String> to, String subject, String body) {}

    /** Every message received so far for the address (compared without case), oldest first. */
    public List<Mail> receivedFor(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(TestMail::read)
                .filter(mail -> mail.to().contains(wanted))
                .toList();
    }

    /** Waits (up to a minute, Keycloak sends asynchronously on a busy machine) until {@code count} messages arrived. */
    public List<Mail> awaitFor(String address, int count) {
        return await("%d message(s) for %s".formatted(count, address))
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> receivedFor(address), messages -> messages.size() >= count);
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return new Mail(
                    from == null || from.length == 0 ? null : from[0].toString(),
                    to == null
                            ? List.of()
                            : Arrays.stream(to)
                                    .map(address -> address instanceof jakarta.mail.internet.InternetAddress internet
                                            ? internet.getAddress()
                                            : address.toString())
                                    .map(text -> text.toLowerCase(Locale.ROOT))
                                    .toList(),
                    message.getSubject(),
                    text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read a received message", e);
        }
    }

    /** The decoded text of every text part (plain and HTML), one after the other. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
