package org.skillalliance.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.KeycloakDistribution;

/**
 * The platform's Keycloak ({@link KeycloakDistribution}), importing the demo realm ({@link RealmOverlay}) on every
 * start. Its home is {@code <data>/keycloak}, so a demo and a test Keycloak never read each other's realm.
 *
 * <p>The bootstrap administrator of the {@code master} realm is {@code admin}/{@code admin} (local use only).
 */
final class KeycloakServer {

    static final String REALM = "skill-alliance";
    static final String ADMIN_PASSWORD = "admin";

    /**
     * {@link KeycloakDistribution#jvmOptions} with kc.sh's own 512 MB of heap. A {@code JAVA_OPTS} in the launcher's
     * environment is kc.sh's own way to choose other options, and wins.
     */
    static final List<String> JVM_OPTIONS = KeycloakDistribution.jvmOptions("512m");

    private KeycloakServer() {}

    /**
     * Launches Keycloak on the settings' ports with {@code realmJson} to import.
     *
     * @param environment variables the realm's placeholders may name (e.g. {@code MEMBER_SERVICE_CLIENT_SECRET})
     */
    static ChildProcess launch(
            PlatformSettings settings, String realmJson, Map<String, String> environment, PrintStream progress) {
        Path distribution = KeycloakDistribution.unpacked(Versions.keycloak(), progress);
        Path home = KeycloakDistribution.prepareHome(
                settings.data().resolve("keycloak"),
                distribution,
                settings.realmExport().resolveSibling("password-blacklists"));
        try {
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.writeString(imports.resolve(REALM + "-realm.json"), realmJson);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the realm to import into " + home, e);
        }
        int port = settings.port(PortSetting.KEYCLOAK);
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(KeycloakDistribution.environment(ADMIN_PASSWORD, JVM_OPTIONS));
        if (System.getenv("JAVA_OPTS") != null) {
            variables.remove("JAVA_OPTS");
        }
        return ChildProcess.launch(
                "keycloak",
                KeycloakDistribution.devServer(
                        distribution,
                        home,
                        port,
                        settings.port(PortSetting.KEYCLOAK_MANAGEMENT),
                        List.of("--import-realm", KeycloakDistribution.FEATURES)),
                variables,
                settings.logs().resolve("keycloak.log"),
                HealthCheck.http(baseUrl(port) + "/realms/" + REALM + "/.well-known/openid-configuration"),
                Duration.ofSeconds(30),
                false);
    }

    static String baseUrl(int port) {
        return "http://localhost:" + port;
    }
}
