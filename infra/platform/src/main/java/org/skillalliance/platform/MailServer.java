package org.skillalliance.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.JavaCommand;
import org.skillalliance.launcher.MavenRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local platform's mail server: GreenMail's standalone jar (from the local Maven repository), a real SMTP server
 * on port 3025 that accepts every message for every address without authentication and keeps it in memory. Keycloak
 * sends its email there (the invitation's set-password link), and so does member-service. What was sent can be read
 * on GreenMail's web page and REST API (port 8025) or with {@code ./alliance mail}.
 */
public final class MailServer {

    /** The demo realm's sender address (the realm's {@code smtpServer.from}). */
    static final String FROM = "no-reply@skill-alliance.localhost";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MailServer() {}

    /**
     * GreenMail's own logging at WARN: at INFO it writes every recipient's address into mail.log ("Created user login
     * ... for address ..."), and addresses are personal data that no log of the platform holds (OperabilityIT).
     */
    private static final String QUIET_LOGGING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Configuration>
                <Appenders>
                    <Console name="CONSOLE" target="SYSTEM_OUT">
                        <PatternLayout pattern="%d %-5.5p %25.25c{2}| %m%n"/>
                    </Console>
                </Appenders>
                <Loggers>
                    <Root level="warn">
                        <AppenderRef ref="CONSOLE"/>
                    </Root>
                </Loggers>
            </Configuration>
            """;

    static ChildProcess launch(PlatformSettings settings) {
        Path logging = settings.workFolder().resolve("mail-log4j2.xml");
        try {
            Files.createDirectories(logging.getParent());
            Files.writeString(logging, QUIET_LOGGING, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlatformStartException("could not write " + logging + ": " + e.getMessage());
        }
        List<String> command = List.of(
                JavaCommand.java(),
                PlatformProcesses.marker(settings.workFolder()),
                "-Xms32m",
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + logging,
                "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + settings.port(PortSetting.MAIL),
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + settings.port(PortSetting.MAIL_API),
                "-Dgreenmail.auth.disabled",
                "-jar",
                jar().toString());
        return ChildProcess.launch(
                "mail",
                command,
                Map.of(),
                settings.logs().resolve("mail.log"),
                HealthCheck.http(apiUrl(settings) + "/api/service/readiness"),
                Duration.ofSeconds(10),
                false);
    }

    /** GreenMail's web page and REST API. */
    public static String apiUrl(PlatformSettings settings) {
        return "http://localhost:" + settings.port(PortSetting.MAIL_API);
    }

    /** What Keycloak's realm import fills its {@code smtpServer} placeholders with: this server, no TLS, no login. */
    static Map<String, String> keycloakVariables(PlatformSettings settings) {
        return Map.of(
                "SMTP_HOST",
                "localhost",
                "SMTP_PORT",
                Integer.toString(settings.port(PortSetting.MAIL)),
                "SMTP_FROM",
                FROM,
                "SMTP_STARTTLS",
                "false",
                "SMTP_AUTH",
                "false");
    }

    /** One message as GreenMail's API gives it: the recipient, the subject and the raw message (MIME). */
    public record Mail(String to, String subject, String mimeMessage) {

        /** The message's text with quoted-printable soft line breaks and escapes undone (enough to find links). */
        public String text() {
            return decodeQuotedPrintable(mimeMessage);
        }

        /** The first link to Keycloak's action token (the invitation's set-password link), if the message holds one. */
        public Optional<String> actionLink() {
            Matcher link = ACTION_LINK.matcher(text());
            return link.find() ? Optional.of(link.group().replace("&amp;", "&")) : Optional.empty();
        }
    }

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    /** Every message received for every address, as GreenMail's REST API lists them (per address, oldest first). */
    public static List<Mail> received(String apiUrl) {
        List<Mail> all = new ArrayList<>();
        for (JsonNode user : get(apiUrl + "/api/user")) {
            String address = user.path("email").asString();
            for (JsonNode message : get(
                    apiUrl + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")) {
                all.add(new Mail(
                        address,
                        message.path("subject").asString(),
                        message.path("mimeMessage").asString()));
            }
        }
        return all;
    }

    static String decodeQuotedPrintable(String text) {
        String joined = text.replace("=\r\n", "").replace("=\n", "");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static JsonNode get(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the mail server does not answer at " + url + " (is the platform up?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path jar() {
        String version = Versions.greenmail();
        Path jar = MavenRepository.local()
                .resolve("com/icegreen/greenmail-standalone/" + version + "/greenmail-standalone-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new PlatformStartException(jar + " is missing; the launcher's build fetches it from Maven Central:"
                    + " ./mvnw -DskipTests package -pl infra/platform -am");
        }
        return jar;
    }
}
